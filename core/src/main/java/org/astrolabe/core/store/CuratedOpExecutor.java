package org.astrolabe.core.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.op.OpProcedure;
import org.apache.jena.sparql.algebra.op.OpPropFunc;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.main.QC;
import org.apache.jena.tdb2.solver.OpExecutorTDB2;
import org.apache.jena.tdb2.store.GraphTDB;

/**
 * TDB2's operator executor, except for the operators that read the active graph with {@code Graph.find}
 * rather than through TDB2's pattern matcher: property paths, property functions and procedures. TDB2's
 * quad filter applies only to its pattern matcher, so these run over the same graph as seen through the
 * {@link CuratedDatasetView}, which leaves out what the reviews hide. Basic graph patterns and quad patterns
 * stay with TDB2 (under the quad filter), including the ones a path is rewritten into.
 */
final class CuratedOpExecutor extends OpExecutorTDB2 {
    private final CuratedDatasetView view;

    CuratedOpExecutor(ExecutionContext execCxt, CuratedDatasetView view) {
        super(execCxt);
        this.view = view;
    }

    @Override
    protected QueryIterator execute(OpPath opPath, QueryIterator input) {
        ExecutionContext curated = curated();
        return curated == null ? super.execute(opPath, input) : QC.execute(opPath, input, curated);
    }

    @Override
    protected QueryIterator execute(OpPropFunc opPropFunc, QueryIterator input) {
        ExecutionContext curated = curated();
        return curated == null ? super.execute(opPropFunc, input) : QC.execute(opPropFunc, input, curated);
    }

    @Override
    protected QueryIterator execute(OpProcedure opProc, QueryIterator input) {
        ExecutionContext curated = curated();
        return curated == null ? super.execute(opProc, input) : QC.execute(opProc, input, curated);
    }

    /**
     * This evaluation's context with the active graph swapped for the view's graph of the same name; null
     * when the active graph is not one of TDB2's own (it then came from the view already, e.g. through
     * {@code FROM}).
     */
    private ExecutionContext curated() {
        if (!(execCxt.getActiveGraph() instanceof GraphTDB tdb)) {
            return null;
        }
        Node name = tdb.getGraphName();
        Graph graph = view.getGraph(name == null ? Quad.defaultGraphIRI : name);
        return ExecutionContext.copyChangeActiveGraph(execCxt, graph);
    }
}
