package org.astrolabe.core.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;

/**
 * A dataset whose default graph is the union of its named graphs, for ARQ over datasets that (unlike TDB2)
 * have no union-default-graph setting. It is marked as a view so that ARQ queries it rather than unwrapping it
 * to the dataset underneath. Transactions, named graphs and updates go to the wrapped dataset; the
 * union default graph itself is read-only.
 */
final class UnionDefaultGraphView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    UnionDefaultGraphView(DatasetGraph named) {
        super(named);
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }
}
