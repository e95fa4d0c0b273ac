package org.astrolabe.core.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A dataset whose default graph is the union of its named graphs, for ARQ over datasets that (unlike TDB2)
 * have no union-default-graph setting, with the curated view's reads (see {@link CuratedDatasetView}). Named
 * graphs and updates go to the wrapped dataset; the union default graph itself is read-only.
 */
final class UnionDefaultGraphView extends CuratedDatasetView {
    UnionDefaultGraphView(DatasetGraph named) {
        super(named);
    }

    @Override
    public Graph getDefaultGraph() {
        return getUnionGraph();
    }
}
