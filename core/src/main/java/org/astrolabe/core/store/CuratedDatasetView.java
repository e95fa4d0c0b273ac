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
 * A dataset that reads like the wrapped one minus what a {@link CuratedView} hides: {@code find},
 * {@code contains} and every {@link Graph} it hands out (named graphs, the default graph, the union graph) leave
 * out the hidden quads. Whatever reads the graph through Jena's node API (ARQ's property paths and property
 * functions, {@code DESCRIBE}, datasets built from {@code FROM}, the Graph Store Protocol, the REST readers)
 * therefore sees the curated view. Transactions and writes go to the wrapped dataset unchanged.
 *
 * <p>It is marked as a view so that ARQ queries it rather than unwrapping it to the dataset underneath. While no
 * review hides anything ({@link CuratedView#isEmpty()}) every read goes straight to the wrapped dataset and its
 * own graphs, so a store without reviews reads exactly as before.
 */
class CuratedDatasetView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    private volatile CuratedView view = CuratedView.NONE;

    CuratedDatasetView(DatasetGraph wrapped) {
        super(wrapped);
    }

    /** Reads from now on leave out what {@code curated} hides. */
    void curate(CuratedView curated) {
        this.view = curated;
    }

    /** The view reads leave out now. */
    CuratedView curatedView() {
        return view;
    }

    /** True when reads leave something out. */
    boolean hidesAnything() {
        return !view.isEmpty();
    }

    @Override
    public Graph getDefaultGraph() {
        return hidesAnything() ? GraphView.createDefaultGraph(this) : super.getDefaultGraph();
    }

    @Override
    public Graph getUnionGraph() {
        return hidesAnything() ? GraphView.createUnionGraph(this) : super.getUnionGraph();
    }

    @Override
    public Graph getGraph(Node graphNode) {
        if (!hidesAnything()) {
            return super.getGraph(graphNode);
        }
        if (Quad.isUnionGraph(graphNode)) {
            return getUnionGraph();
        }
        // The stored default graph, as the wrapped dataset answers for its name (whatever getDefaultGraph means).
        return Quad.isDefaultGraph(graphNode) ? GraphView.createDefaultGraph(this) : GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g != null && Quad.isUnionGraph(g) && hidesAnything()) {
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
    public Iterator<Quad> find() {
        return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        return visible(super.findNG(g, s, p, o));
    }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) {
        if (!hidesAnything()) {
            return super.contains(g, s, p, o);
        }
        Iterator<Quad> found = find(g, s, p, o);
        try {
            return found.hasNext();
        } finally {
            Iter.close(found);
        }
    }

    @Override
    public boolean contains(Quad quad) {
        return contains(quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject());
    }

    private Iterator<Quad> visible(Iterator<Quad> quads) {
        CuratedView current = view;
        if (current.isEmpty()) {
            return quads;
        }
        return Iter.filter(quads, q -> !current.hides(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()));
    }
}
