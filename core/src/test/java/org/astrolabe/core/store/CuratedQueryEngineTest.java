package org.astrolabe.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.vocabulary.RDF;
import org.astrolabe.core.curation.FactKey;
import org.astrolabe.core.curation.Review;
import org.astrolabe.core.curation.Verdict;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Fact;
import org.astrolabe.core.model.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A TDB2 store's queries stay with TDB2's engine whatever the reviews, and its query dataset passes TDB2's own
 * graphs through while no review hides anything; once one does, a property path no longer reaches the rejected
 * statement, and it does again when the rejection is withdrawn.
 */
class CuratedQueryEngineTest {
    @TempDir
    Path temp;

    private static boolean ask(GraphStore store, String query) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(ds).build()) {
                return qe.execAsk();
            }
        });
    }

    private static boolean plannedByTdb2(GraphStore store, String query) {
        Query parsed = QueryFactory.create(query);
        DatasetGraph dsg = store.dataset().asDatasetGraph();
        return QueryEngineRegistry.findFactory(parsed, dsg, ARQ.getContext()).getClass().getEnclosingClass() == CuratedQueryEngine.class;
    }

    @Test
    void tdb2PlansEveryQueryAndAPathStopsAtARejectedStatementUntilTheRejectionIsWithdrawn() {
        ExtractionResult article = new GeneratedArticles(Iris.defaults(), 50, 4).article(0, 0);
        Fact fact = article.facts().get(0);
        Node document = NodeFactory.createURI(Iris.defaults().document(article.article()));
        String path = "ASK { GRAPH <" + document.getURI() + "> { <" + fact.subjectIri() + "> (<" + fact.propertyIri()
                + ">|<urn:example:none>)+ <" + fact.object().getURI() + "> } }";
        String pattern = "{ <" + fact.subjectIri() + "> <" + fact.propertyIri() + "> <" + fact.object().getURI() + "> }";
        String fromOne = "ASK FROM <" + document.getURI() + "> " + pattern;
        String fromTwo = "ASK FROM <" + document.getURI() + "> FROM <" + Iris.defaults().entitiesGraph() + "> " + pattern;
        try (Tdb2GraphStore store = Tdb2GraphStore.open(temp.resolve("store"))) {
            store.put(article);
            assertThat(ask(store, path)).isTrue();
            assertThat(ask(store, fromOne)).isTrue();
            assertThat(ask(store, fromTwo)).isTrue();
            assertThat(plannedByTdb2(store, path)).isTrue();
            assertThat(store.dataset().asDatasetGraph().getGraph(document).getClass().getName()).startsWith("org.apache.jena.tdb2.");

            Review rejection = store.curation().reviewFact(new FactKey(document, NodeFactory.createURI(fact.subjectIri()),
                    NodeFactory.createURI(fact.propertyIri()), fact.object()), Verdict.REJECTED, "test", null);
            assertThat(ask(store, path)).isFalse();
            assertThat(plannedByTdb2(store, path)).isTrue();
            // a query's own FROM: one graph, and two (read as their union)
            assertThat(ask(store, fromOne)).isFalse();
            assertThat(ask(store, fromTwo)).isFalse();
            assertThat(store.dataset().asDatasetGraph().getGraph(document).getClass().getName()).doesNotStartWith("org.apache.jena.tdb2.");

            store.curation().withdraw(rejection.id(), "test");
            assertThat(ask(store, path)).isTrue();
            assertThat(ask(store, fromTwo)).isTrue();
            assertThat(store.dataset().asDatasetGraph().getGraph(document).getClass().getName()).startsWith("org.apache.jena.tdb2.");
        }
    }

    @Test
    void aPropertyFunctionDoesNotReadARejectedStatement() {
        ExtractionResult article = new GeneratedArticles(Iris.defaults(), 50, 4).article(0, 0);
        Node document = NodeFactory.createURI(Iris.defaults().document(article.article()));
        Node list = NodeFactory.createURI("https://example.org/crew");
        Node member = NodeFactory.createURI(article.facts().get(0).subjectIri());
        Node first = RDF.li(1).asNode();
        // rdfs:member is one of ARQ's property functions: it reads the container's rdf:_n statements with find
        String members = "ASK { GRAPH <" + document.getURI() + "> { <" + list.getURI() + "> <http://www.w3.org/2000/01/rdf-schema#member> <"
                + member.getURI() + "> } }";
        try (Tdb2GraphStore store = Tdb2GraphStore.open(temp.resolve("store"))) {
            store.put(article);
            store.write(ds -> {
                ds.asDatasetGraph().add(document, list, RDF.type.asNode(), RDF.Seq.asNode());
                ds.asDatasetGraph().add(document, list, first, member);
            });
            assertThat(ask(store, members)).isTrue();
            store.curation().reviewFact(new FactKey(document, list, first, member), Verdict.REJECTED, "test", null);
            assertThat(ask(store, members)).isFalse();
        }
    }
}
