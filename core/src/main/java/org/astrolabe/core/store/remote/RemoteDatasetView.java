package org.astrolabe.core.store.remote;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.TxnType;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.sparql.core.DatasetGraphBaseFind;
import org.apache.jena.sparql.core.GraphView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Transactional;
import org.apache.jena.sparql.core.TransactionalNull;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * A read-only dataset whose every lookup is a SPARQL query to the remote server: nothing is copied
 * locally, so ARQ can evaluate queries over it (pattern by pattern, which is slow for large joins; send
 * whole queries to the server where speed matters). Its default graph is the union of the named graphs,
 * computed by the queries themselves, whatever the server's own default graph is.
 *
 * <p>Each lookup sees the server's state at that moment: there is no snapshot isolation across lookups.
 * Transactions on this view are accepted and do nothing. Changes throw {@link UnsupportedOperationException}.
 */
final class RemoteDatasetView extends DatasetGraphBaseFind {
    private final Supplier<RDFLink> links;
    private final Transactional noTransactions = TransactionalNull.create();

    RemoteDatasetView(Supplier<RDFLink> links) {
        this.links = links;
    }

    @Override
    protected Iterator<Quad> findInDftGraph(Node s, Node p, Node o) {
        String query = "SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { " + pattern(s, p, o) + " } }";
        return select(query, b -> Quad.create(Quad.defaultGraphIRI, value(b, "s", s), value(b, "p", p), value(b, "o", o)));
    }

    @Override
    protected Iterator<Quad> findInSpecificNamedGraph(Node g, Node s, Node p, Node o) {
        String query = "SELECT ?s ?p ?o WHERE { GRAPH " + NodeFmtLib.strNT(g) + " { " + pattern(s, p, o) + " } }";
        return select(query, b -> Quad.create(g, value(b, "s", s), value(b, "p", p), value(b, "o", o)));
    }

    @Override
    protected Iterator<Quad> findInAnyNamedGraphs(Node s, Node p, Node o) {
        String query = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { " + pattern(s, p, o) + " } }";
        return select(query, b -> Quad.create(b.get("g"), value(b, "s", s), value(b, "p", p), value(b, "o", o)));
    }

    /**
     * All stored quads: those of the named graphs. The union default graph is a view of them, not more
     * quads, so it is left out here as it is in the embedded store.
     */
    @Override
    protected Iterator<Quad> findAny(Node s, Node p, Node o) {
        return findInAnyNamedGraphs(s, p, o);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        return select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }", b -> b.get("g"));
    }

    @Override
    public Graph getDefaultGraph() {
        return GraphView.createDefaultGraph(this);
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return GraphView.createNamedGraph(this, graphNode);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        throw readOnly();
    }

    @Override
    public void removeGraph(Node graphName) {
        throw readOnly();
    }

    @Override
    public void add(Quad quad) {
        throw readOnly();
    }

    @Override
    public void delete(Quad quad) {
        throw readOnly();
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        throw readOnly();
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        throw readOnly();
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        throw readOnly();
    }

    @Override
    public PrefixMap prefixes() {
        return PrefixMapFactory.emptyPrefixMap();
    }

    @Override
    public boolean supportsTransactions() {
        return true;
    }

    @Override
    public boolean supportsTransactionAbort() {
        return false;
    }

    @Override
    public void begin(TxnType type) {
        noTransactions.begin(type);
    }

    @Override
    public void begin(ReadWrite readWrite) {
        noTransactions.begin(readWrite);
    }

    @Override
    public boolean promote(Promote mode) {
        return noTransactions.promote(mode);
    }

    @Override
    public void commit() {
        noTransactions.commit();
    }

    @Override
    public void abort() {
        noTransactions.abort();
    }

    @Override
    public void end() {
        noTransactions.end();
    }

    @Override
    public ReadWrite transactionMode() {
        return noTransactions.transactionMode();
    }

    @Override
    public TxnType transactionType() {
        return noTransactions.transactionType();
    }

    @Override
    public boolean isInTransaction() {
        return noTransactions.isInTransaction();
    }

    private <T> Iterator<T> select(String query, java.util.function.Function<Binding, T> row) {
        List<T> rows = new ArrayList<>();
        try (RDFLink link = links.get(); QueryExec exec = link.query(query)) {
            RowSet results = exec.select();
            results.forEachRemaining(b -> rows.add(row.apply(b)));
        }
        return rows.iterator();
    }

    private static String pattern(Node s, Node p, Node o) {
        return term(s, "?s") + " " + term(p, "?p") + " " + term(o, "?o");
    }

    private static String term(Node node, String variable) {
        return node == null || Node.ANY.equals(node) ? variable : NodeFmtLib.strNT(node);
    }

    private static Node value(Binding binding, String variable, Node given) {
        return given == null || Node.ANY.equals(given) ? binding.get(variable) : given;
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException(
                "The remote store's dataset is read-only; change it with GraphStore.put/delete/write or SPARQL Update");
    }
}
