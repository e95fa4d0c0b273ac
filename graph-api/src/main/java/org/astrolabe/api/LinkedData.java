package org.astrolabe.api;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.ontology.KG;
import org.astrolabe.ontology.Ontology;

import io.javalin.http.Context;

/**
 * Dereferences resource IRIs: {@code GET /resource/{id}} describes the resource whose IRI is the base plus
 * {@code id} (the entity's label, types and sameAs, and the relations it takes part in) as Turtle, JSON-LD
 * or, for browsers, a small HTML page.
 */
final class LinkedData {

    private final GraphStore store;
    private final Ids ids;
    private final GraphReader reader;

    LinkedData(GraphStore store, Ids ids, GraphReader reader) {
        this.store = store;
        this.ids = ids;
        this.reader = reader;
    }

    void get(Context ctx) {
        String iri = ids.entityIri(ctx.pathParam("id"));
        var survivor = store.curatedView().survivor(NodeFactory.createURI(iri));
        if (survivor.isPresent()) {
            // a merged entity: its IRI now leads to the survivor's description
            String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
            ctx.status(301).header("Location", "/resource/" + ids.entityId(survivor.get().getURI()) + query);
            return;
        }
        String accept = ctx.header("Accept");
        boolean html = ContentNegotiation.FORMAT_PARAMETERS.stream().allMatch(p -> ctx.queryParam(p) == null) && accept != null && accept.contains("text/html")
                && (accept.indexOf("text/html") < indexOrMax(accept, "turtle") && accept.indexOf("text/html") < indexOrMax(accept, "ld+json"));
        if (html) {
            var view = store.read(ds -> reader.entity(ds.asDatasetGraph(), iri)).orElseThrow(() -> ApiException.notFound("No resource " + iri));
            ctx.html(EntityPage.render(view));
            return;
        }
        ContentNegotiation.Choice choice = ContentNegotiation.GRAPHS.choose(ctx);
        var view = store.curatedView();
        Graph description = store.read(ds -> describe(ds.asDatasetGraph(), NodeFactory.createURI(iri), view));
        if (description.isEmpty()) {
            throw ApiException.notFound("No resource " + iri);
        }
        byte[] body = GraphSerialiser.write(description, choice.lang());
        ctx.header("Vary", "Accept");
        ctx.contentType(choice.contentTypeHeader());
        ctx.result(body);
    }

    private static int indexOrMax(String text, String part) {
        int i = text.indexOf(part);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /**
     * Every triple with the resource as subject, and the vocabulary relations pointing at it, as the curated
     * view shows them.
     */
    private static Graph describe(DatasetGraph dsg, Node resource, org.astrolabe.core.curation.CuratedView view) {
        Graph g = GraphFactory.createDefaultGraph();
        g.getPrefixMapping().setNsPrefixes(Ontology.PREFIXES);
        dsg.find(Node.ANY, resource, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!view.hides(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                g.add(q.asTriple());
            }
        });
        dsg.find(Node.ANY, Node.ANY, Node.ANY, resource).forEachRemaining(q -> {
            if (q.getPredicate().getURI().startsWith(KG.NS) && !q.getPredicate().equals(KG.refersTo.asNode())
                    && !view.hides(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                g.add(q.asTriple());
            }
        });
        return g;
    }
}
