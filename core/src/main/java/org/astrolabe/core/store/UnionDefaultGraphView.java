package org.astrolabe.core.store;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.astrolabe.core.curation.CuratedView;

/**
 * A dataset whose default graph is the union of its named graphs, for ARQ over datasets that (unlike TDB2)
 * have no union-default-graph setting. It is marked as a view so that ARQ queries it rather than unwrapping it
 * to the dataset underneath. Transactions, named graphs and updates go to the wrapped dataset; the
 * union default graph itself is read-only.
 *
 * <p>While reviews hide something ({@link #curate}), reads leave out the quads the {@link CuratedView} hides:
 * the union and the named graphs are then views over this dataset's filtered {@code find}. Without reviews
 * every read goes straight to the wrapped dataset, as before.
 */
final class UnionDefaultGraphView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    private volatile CuratedView view = CuratedView.NONE;

    UnionDefaultGraphView(DatasetGraph named) {
        super(named);
    }

    /** Reads from now on leave out what {@code curated} hides. */
    void curate(CuratedView curated) {
        this.view = curated;
    }

    @Override
    public Graph getDefaultGraph() {
        return view.isEmpty() ? getUnionGraph() : GraphView.createUnionGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return view.isEmpty() ? super.getGraph(graphNode) : GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g != null && Quad.isUnionGraph(g) && !view.isEmpty()) {
            // The union's quads do not name their graph, which the view needs: read the named graphs' quads.
            return Iter.map(visible(super.findNG(Node.ANY, s, p, o)), q -> Quad.create(g, q.asTriple()));
        }
        return visible(super.find(g, s, p, o));
    }

    @Override
    public Iterator<Quad> find(Quad quad) {
        return find(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return visible(super.findNG(g, s, p, o));
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        if (view.isEmpty()) {
            return super.contains(g, s, p, o);
        }
        Iterator<Quad> found = find(g, s, p, o);
        try {
            return found.hasNext();
        } finally {
            Iter.close(found);
        }
    }

    private Iterator<Quad> visible(Iterator<Quad> quads) {
        CuratedView current = view;
        if (current.isEmpty()) {
            return quads;
        }
        return Iter.filter(quads, q -> !current.hides(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
    }
}
