package org.astrolabe.core.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Quad;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reviews on a real TDB2 store: what SPARQL sees, across re-ingestion, re-extraction, restart and compaction. */
class CurationTest {
    private static final String PREFIXES = "PREFIX kg: <" + KG.NS + "> PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    private static final String WRONG = "ASK { <" + CurationArticles.SUPARCO + "> kg:country <" + CurationArticles.CHINA + "> }";
    private static final String WRONG_IN_GRAPH = "ASK { GRAPH ?g { <" + CurationArticles.SUPARCO + "> kg:country <" + CurationArticles.CHINA + "> } }";
    private static final String WRONG_EVIDENCE = "ASK { ?f rdf:subject <" + CurationArticles.SUPARCO + "> ; rdf:object <" + CurationArticles.CHINA + "> }";
    private static final String RIGHT = "ASK { <" + CurationArticles.SUPARCO + "> kg:country <" + CurationArticles.PAKISTAN + "> }";

    @TempDir
    Path temp;

    private static boolean ask(GraphStore store, String query) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.create().query(PREFIXES + query).dataset(ds).build()) {
                return qe.execAsk();
            }
        });
    }

    private static long count(GraphStore store, String select) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.create().query(PREFIXES + select).dataset(ds).build()) {
                var rows = qe.execSelect();
                long n = 0;
                while (rows.hasNext()) {
                    rows.next();
                    n++;
                }
                return n;
            }
        });
    }

    private static String rawExport(GraphStore store, String graphIri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, RDFFormat.NTRIPLES, graphIri);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static FactKey wrongFact(GraphStore store) {
        String doc = CurationArticles.IRIS.document(CurationArticles.first("v1").article());
        return new FactKey(NodeFactory.createURI(doc), NodeFactory.createURI(CurationArticles.SUPARCO), KG.country.asNode(),
                NodeFactory.createURI(CurationArticles.CHINA));
    }

    @Test
    void aRejectedFactIsGoneFromQueriesAndStaysGoneAcrossReingestionReextractionRestartAndCompaction() {
        Path folder = temp.resolve("store");
        String reviewId;
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            store.put(CurationArticles.first("v1"));
            assertThat(ask(store, WRONG)).isTrue();
            FactKey key = wrongFact(store);
            assertThat(store.curation().findFact(key.id())).contains(key);

            Review review = store.curation().reviewFact(key, Verdict.REJECTED, "alice", "China is the partner, not the country");
            reviewId = review.id();
            assertThat(review.reviewer()).isEqualTo("alice");
            assertThat(review.fact()).isEqualTo(key);
            assertThat(ask(store, WRONG)).isFalse();
            assertThat(ask(store, WRONG_IN_GRAPH)).isFalse();
            assertThat(ask(store, WRONG_EVIDENCE)).isFalse();
            assertThat(ask(store, RIGHT)).isTrue();
            // the raw extraction is still in the article graph: the export writes it, reads do not see it
            assertThat(rawExport(store, key.document().getURI())).contains(NodeFmtLib.str(Triple.create(key.subject(), key.property(), key.object())));
            assertThat((boolean) store.read(ds -> ds.asDatasetGraph().contains(key.document(), key.subject(), key.property(), key.object()))).isFalse();
            // the review itself is queryable
            assertThat(ask(store, "ASK { ?r a kg:FactReview ; kg:verdict kg:Rejected ; kg:reviewer \"alice\" }")).isTrue();

            // re-extraction by another extractor version: new evidence nodes, same statement
            store.put(CurationArticles.first("v2"));
            assertThat(ask(store, WRONG)).isFalse();
            assertThat(ask(store, WRONG_EVIDENCE)).isFalse();
            store.compact();
            assertThat(ask(store, WRONG)).isFalse();
            assertThat(ask(store, RIGHT)).isTrue();
        }
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            assertThat(ask(store, WRONG)).isFalse();
            assertThat(ask(store, WRONG_EVIDENCE)).isFalse();
            assertThat(store.curation().withdraw(reviewId, "bob")).get().satisfies(r -> {
                assertThat(r.active()).isFalse();
                assertThat(r.withdrawnBy()).isEqualTo("bob");
            });
            assertThat(ask(store, WRONG)).isTrue();
            assertThat(ask(store, WRONG_EVIDENCE)).isTrue();
        }
    }

    @Test
    void theInMemoryStoreHidesARejectedFactFromQueriesToo() {
        try (GraphStore store = org.astrolabe.core.store.InMemoryGraphStore.create()) {
            store.put(CurationArticles.first("v1"));
            Review review = store.curation().reviewFact(wrongFact(store), Verdict.REJECTED, "alice", null);
            assertThat(ask(store, WRONG)).isFalse();
            assertThat(ask(store, WRONG_IN_GRAPH)).isFalse();
            assertThat(ask(store, WRONG_EVIDENCE)).isFalse();
            assertThat(ask(store, RIGHT)).isTrue();
            store.curation().withdraw(review.id(), "alice");
            assertThat(ask(store, WRONG)).isTrue();
            assertThat(ask(store, WRONG_IN_GRAPH)).isTrue();
        }
    }

    @Test
    void deletingAnArticleKeepsItsReviewsAndReaddingItKeepsThemInForce() {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(temp.resolve("store"))) {
            store.put(CurationArticles.first("v1"));
            FactKey key = wrongFact(store);
            store.curation().reviewFact(key, Verdict.REJECTED, "alice", null);
            assertThat(store.delete(key.document().getURI())).isTrue();
            assertThat(store.curation().reviews()).hasSize(1);
            store.put(CurationArticles.first("v1"));
            assertThat(ask(store, WRONG)).isFalse();
            assertThat(ask(store, RIGHT)).isTrue();
        }
    }

    @Test
    void aConfirmedFactStaysVisibleAndCarriesItsVerdict() {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(temp.resolve("store"))) {
            store.put(CurationArticles.first("v1"));
            String doc = CurationArticles.IRIS.document(CurationArticles.first("v1").article());
            FactKey right = new FactKey(NodeFactory.createURI(doc), NodeFactory.createURI(CurationArticles.SUPARCO),
                    KG.country.asNode(), NodeFactory.createURI(CurationArticles.PAKISTAN));
            store.curation().reviewFact(right, Verdict.CONFIRMED, "alice", "");
            assertThat(ask(store, RIGHT)).isTrue();
            assertThat(store.curatedView().verdict(right.id())).contains(Verdict.CONFIRMED);
            assertThat(store.curatedView().verdict(wrongFact(store).id())).isEmpty();
        }
    }

    @Test
    void aMergeMovesEveryFactMentionAndNameAndHoldsForLaterIngestionsOfBothArticles() {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(temp.resolve("store"))) {
            store.put(CurationArticles.first("v1"));
            store.put(CurationArticles.second("v1"));
            Node duplicate = NodeFactory.createURI(CurationArticles.LONG_NAME);
            Node survivor = NodeFactory.createURI(CurationArticles.SUPARCO);
            store.curation().merge(duplicate, survivor, "alice", "same agency");
            assertMerged(store);
            store.put(CurationArticles.second("v2"));
            store.put(CurationArticles.first("v2"));
            assertMerged(store);
            assertThat(store.curatedView().survivor(duplicate)).contains(survivor);
        }
    }

    private static void assertMerged(GraphStore store) {
        String dup = "<" + CurationArticles.LONG_NAME + ">";
        String sup = "<" + CurationArticles.SUPARCO + ">";
        assertThat(count(store, "SELECT * { GRAPH ?g { " + dup + " ?p ?o } FILTER(?g != <" + CurationArticles.IRIS.curationGraph() + ">) }")).isZero();
        assertThat(count(store, "SELECT * { GRAPH ?g { ?m kg:refersTo " + dup + " } }")).isZero();
        assertThat(count(store, "SELECT * { ?m kg:refersTo " + sup + " }")).isEqualTo(3);
        assertThat(ask(store, "ASK { " + sup + " skos:altLabel \"Space and Upper Atmosphere Research Commission\"@en }")).isTrue();
        assertThat(count(store, "SELECT DISTINCT ?g { GRAPH ?g { " + sup + " kg:country ?c } }")).isEqualTo(2);
        assertThat(count(store, "SELECT * { " + sup + " rdfs:label ?l }")).isEqualTo(1);
        assertThat(ask(store, "ASK { " + dup + " <http://www.w3.org/2002/07/owl#sameAs> " + sup + " }")).isTrue();
    }

    @Test
    void editsRenameReclassifyAndChangeNamesAndWithdrawingRestores() {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(temp.resolve("store"))) {
            store.put(CurationArticles.first("v1"));
            Node esa = NodeFactory.createURI(CurationArticles.ESA);
            Review edit = store.curation().edit(esa, new EntityEdit("ESA (European Space Agency)", KG.GovernmentBody.getURI(),
                    List.of("Agence spatiale européenne"), List.of("ESA"), List.of("http://www.wikidata.org/entity/Q42262")), "alice", null);
            String e = "<" + CurationArticles.ESA + ">";
            assertThat(ask(store, "ASK { " + e + " rdfs:label \"ESA (European Space Agency)\"@en }")).isTrue();
            assertThat(count(store, "SELECT * { " + e + " rdfs:label ?l }")).isEqualTo(1);
            assertThat(ask(store, "ASK { " + e + " a kg:GovernmentBody }")).isTrue();
            assertThat(ask(store, "ASK { " + e + " a kg:SpaceAgency }")).isFalse();
            assertThat(ask(store, "ASK { " + e + " skos:altLabel \"ESA\"@en }")).isFalse();
            assertThat(ask(store, "ASK { " + e + " skos:altLabel \"Agence spatiale européenne\"@en }")).isTrue();
            assertThat(ask(store, "ASK { " + e + " <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q42262> }")).isTrue();
            // the entity's description is written again when its only article is: the edit holds
            store.delete(CurationArticles.IRIS.document(CurationArticles.first("v1").article()));
            store.put(CurationArticles.first("v1"));
            assertThat(ask(store, "ASK { " + e + " rdfs:label \"ESA (European Space Agency)\"@en }")).isTrue();
            assertThat(ask(store, "ASK { " + e + " a kg:SpaceAgency }")).isFalse();

            store.curation().withdraw(edit.id(), "alice");
            assertThat(ask(store, "ASK { " + e + " rdfs:label \"European Space Agency\"@en }")).isTrue();
            assertThat(ask(store, "ASK { " + e + " a kg:SpaceAgency }")).isTrue();
            assertThat(ask(store, "ASK { " + e + " skos:altLabel \"ESA\"@en }")).isTrue();
            assertThat(ask(store, "ASK { " + e + " skos:altLabel \"Agence spatiale européenne\"@en }")).isFalse();
        }
    }

    @Test
    void aFactAddedByHandCarriesItsEvidenceAndSurvivesReingestion() {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(temp.resolve("store"))) {
            store.put(CurationArticles.first("v1"));
            String doc = CurationArticles.IRIS.document(CurationArticles.first("v1").article());
            FactKey added = new FactKey(NodeFactory.createURI(doc), NodeFactory.createURI(CurationArticles.ESA),
                    KG.cooperatesWith.asNode(), NodeFactory.createURI(CurationArticles.SUPARCO));
            Review review = store.curation().addFact(added, "SUPARCO met the European Space Agency.", "alice", "symmetric");
            String evidence = "ASK { ?f a kg:Fact ; rdf:subject <" + CurationArticles.ESA + "> ; rdf:predicate kg:cooperatesWith ; "
                    + "rdf:object <" + CurationArticles.SUPARCO + "> ; kg:document <" + doc + "> ; kg:extractor \"curator\" ; "
                    + "kg:sentence \"SUPARCO met the European Space Agency.\" ; <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#beginIndex> ?b FILTER(?b = 38) }";
            assertThat(ask(store, evidence)).isTrue();
            store.put(CurationArticles.first("v2"));
            assertThat(ask(store, evidence)).isTrue();
            assertThat(store.curation().findFact(added.id())).contains(added);
            store.curation().withdraw(review.id(), "alice");
            assertThat(ask(store, evidence)).isFalse();
            assertThat(ask(store, "ASK { <" + CurationArticles.ESA + "> kg:cooperatesWith <" + CurationArticles.SUPARCO + "> }")).isFalse();
        }
    }

    @Test
    void withoutReviewsNoQueryFilterIsInstalled() {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(temp.resolve("store"))) {
            store.put(CurationArticles.first("v1"));
            assertThat(store.curatedView().isEmpty()).isTrue();
            assertThat((boolean) store.read(ds -> ds.asDatasetGraph().getContext().isDefined(org.apache.jena.tdb2.sys.SystemTDB.symTupleFilter))).isFalse();
            assertThat(store.curatedView().hides(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY)).isFalse();
        }
    }
}
