package org.astrolabe.core.store;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.solver.QueryEngineTDB;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2's query engine for a TDB2 database seen through a {@link CuratedDatasetView}. ARQ would evaluate a
 * wrapped dataset with its general engine on top of {@code find}; this factory hands it to TDB2's engine instead,
 * which matches basic graph patterns on node ids under the store's quad filter ({@link CuratedQueryFilter}).
 * While reviews hide something, the operators TDB2 leaves to ARQ's {@code Graph.find} (property paths,
 * property functions) run over the view's graphs ({@link CuratedOpExecutor}); without reviews the engine is
 * TDB2's own, unchanged.
 */
final class CuratedQueryEngine extends QueryEngineTDB {
    private static final QueryEngineFactory FACTORY = new Factory();

    static {
        QueryEngineRegistry.addFactory(FACTORY);
    }

    /** The view a query runs over, in the query's own context (which the engine has before its fields). */
    private static final Symbol VIEW = Symbol.create("urn:astrolabe:curatedDatasetView");

    private CuratedQueryEngine(Query query, CuratedDatasetView view, Binding input, Context context) {
        super(query, storage(view), input, withView(context, view));
    }

    private CuratedQueryEngine(Op op, CuratedDatasetView view, Binding input, Context context) {
        super(op, storage(view), input, withView(context, view));
    }

    private static Context withView(Context context, CuratedDatasetView view) {
        Context copy = context == null ? new Context() : context.copy();
        copy.set(VIEW, view);
        return copy;
    }

    private CuratedDatasetView view() {
        return (CuratedDatasetView) context.get(VIEW);
    }

    /** Makes sure the factory is registered (it is, once this class is loaded). */
    static void install() {
        // The static initialiser does the work.
    }

    private static DatasetGraphTDB storage(CuratedDatasetView view) {
        return TDBInternal.requireStorage(view.getWrapped());
    }

    /**
     * A query's own {@code FROM} and {@code FROM NAMED} pick their graphs from the view, not from TDB2's
     * storage underneath it: ARQ evaluates such a dataset with {@code Graph.find}.
     */
    @Override
    protected DatasetGraph dynamicDataset(DatasetDescription description, DatasetGraph dataset, boolean unionDefaultGraph) {
        CuratedDatasetView view = view();
        return super.dynamicDataset(description, view.hidesAnything() ? view : dataset, unionDefaultGraph);
    }

    @Override
    public QueryIterator eval(Op op, DatasetGraph dsg, Binding input, Context context) {
        CuratedDatasetView view = view();
        if (view.hidesAnything()) {
            // The context is this query's own copy: the executor applies to this evaluation only.
            QC.setFactory(context, execCxt -> new CuratedOpExecutor(execCxt, view));
        }
        return super.eval(op, dsg, input, context);
    }

    private static final class Factory implements QueryEngineFactory {
        private static boolean handles(DatasetGraph dataset) {
            return dataset instanceof CuratedDatasetView view && TDBInternal.isBackedByTDB(view.getWrapped());
        }

        @Override
        public boolean accept(Query query, DatasetGraph dataset, Context context) {
            return handles(dataset);
        }

        @Override
        public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
            return new CuratedQueryEngine(query, (CuratedDatasetView) dataset, input, context).getPlan();
        }

        @Override
        public boolean accept(Op op, DatasetGraph dataset, Context context) {
            return handles(dataset);
        }

        @Override
        public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
            return new CuratedQueryEngine(op, (CuratedDatasetView) dataset, input, context).getPlan();
        }
    }
}
