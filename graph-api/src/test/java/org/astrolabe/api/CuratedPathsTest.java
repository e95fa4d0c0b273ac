package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.astrolabe.core.curation.FactKey;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.Evidence;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Fact;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.model.Mention;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.InMemoryGraphStore;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A rejected statement is gone from every way SPARQL and the Graph Store Protocol read the graph, not only from
 * basic graph patterns: property paths of every kind (sequence, alternative, inverse, one-or-more, zero-or-more)
 * must not traverse it, in the default graph, in {@code GRAPH ?g}, in the union graph, with {@code FROM} and
 * {@code FROM NAMED}, in {@code DESCRIBE} and {@code CONSTRUCT}; an undone rejection brings it back everywhere.
 * The export keeps the raw extraction and the reviews. Run on both stores, on a real server.
 */
class CuratedPathsTest {
    private static final Iris IRIS = Iris.defaults();
    private static final String SITE = IRIS.entity("Wenchang Space Launch Site");
    private static final String WENCHANG = IRIS.entity("Wenchang");
    private static final String HAINAN = IRIS.entity("Hainan");
    private static final String CHINA = IRIS.entity("China");
    private static final String PREFIXES = "PREFIX kg: <" + KG.NS + ">\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n"
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n";

    @TempDir
    Path temp;

    /** The launch site is in Wenchang, which is in Hainan, which is in China: a chain of three locatedIn facts. */
    static ExtractionResult placesArticle() {
        String text = "The Wenchang Space Launch Site lies near Wenchang, a city on Hainan island in southern China.";
        Article article = new Article("test-places.txt", "https://news.example.org/wenchang", "Where China launches from",
                LocalDate.of(2025, 5, 1), text);
        List<ExtractedEntity> entities = List.of(
                new ExtractedEntity(SITE, KG.Place.getURI(), "Wenchang Space Launch Site", Set.of("Wenchang Space Launch Site", "WSLS"), Set.of()),
                new ExtractedEntity(WENCHANG, KG.City.getURI(), "Wenchang", Set.of("Wenchang"), Set.of()),
                new ExtractedEntity(HAINAN, KG.Place.getURI(), "Hainan", Set.of("Hainan"), Set.of()),
                new ExtractedEntity(CHINA, KG.Country.getURI(), "China", Set.of("China"), Set.of()));
        List<Mention> mentions = List.of(
                new Mention(SITE, 4, 30, "Wenchang Space Launch Site"),
                new Mention(WENCHANG, text.indexOf("Wenchang,"), text.indexOf("Wenchang,") + 8, "Wenchang"),
                new Mention(HAINAN, text.indexOf("Hainan"), text.indexOf("Hainan") + 6, "Hainan"),
                new Mention(CHINA, text.indexOf("China."), text.indexOf("China.") + 5, "China"));
        Evidence evidence = new Evidence(text, 0, text.length(), 0.8, "rule:located-in");
        List<Fact> facts = List.of(
                new Fact(SITE, KG.locatedIn.getURI(), NodeFactory.createURI(WENCHANG), evidence),
                new Fact(WENCHANG, KG.locatedIn.getURI(), NodeFactory.createURI(HAINAN), evidence),
                new Fact(HAINAN, KG.locatedIn.getURI(), NodeFactory.createURI(CHINA), evidence));
        return new ExtractionResult(article, entities, mentions, facts, "test-1");
    }

    private static final String DOCUMENT = IRIS.document(placesArticle().article());
    /** The fact reviewers reject: Wenchang lies in Hainan, the middle link of the chain. */
    private static final String REJECTED = FactKey.id(NodeFactory.createURI(DOCUMENT), NodeFactory.createURI(WENCHANG),
            KG.locatedIn.asNode(), NodeFactory.createURI(HAINAN));

    private GraphStore open(String kind) {
        GraphStore store = kind.equals("tdb2") ? Tdb2GraphStore.open(temp.resolve("store")) : InMemoryGraphStore.create();
        store.put(SampleArticles.agreementArticle());
        store.put(placesArticle());
        return store;
    }

    private static HttpResponse<String> write(ServerFixture fx, String method, String path, String json) {
        HttpRequest.Builder request = fx.request(path).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + ServerFixture.TOKEN)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return fx.send(request.build());
    }

    private static boolean ask(ServerFixture fx, String where) {
        HttpResponse<String> response = fx.get("/sparql?query=" + ServerFixture.enc(PREFIXES + "ASK " + where), "application/sparql-results+json");
        assertThat(response.statusCode()).as(where).isEqualTo(200);
        return ServerFixture.json(response).get("boolean").asBoolean();
    }

    private static List<String> select(ServerFixture fx, String query) {
        HttpResponse<String> response = fx.get("/sparql?query=" + ServerFixture.enc(PREFIXES + query), "application/sparql-results+json");
        assertThat(response.statusCode()).as(query).isEqualTo(200);
        List<String> values = new ArrayList<>();
        for (JsonNode row : ServerFixture.json(response).get("results").get("bindings")) {
            values.add(row.get("x").get("value").asText());
        }
        return values;
    }

    /** A CONSTRUCT or DESCRIBE answer (or a Graph Store Protocol GET) as N-Triples. */
    private static String ntriples(ServerFixture fx, String path) {
        HttpResponse<String> response = fx.get(path, "application/n-triples");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    private static String graphQuery(ServerFixture fx, String query) {
        return ntriples(fx, "/sparql?query=" + ServerFixture.enc(PREFIXES + query));
    }

    private static String triple(String s, String p, String o) {
        return "<" + s + "> <" + p + "> <" + o + "> .";
    }

    /** Every route by which a query can reach Wenchang's link to Hainan, true where it is seen. */
    private static List<String> routesThatSeeTheLink(ServerFixture fx) {
        List<String> seen = new ArrayList<>();
        String site = "<" + SITE + ">";
        String wenchang = "<" + WENCHANG + ">";
        String hainan = "<" + HAINAN + ">";
        String china = "<" + CHINA + ">";
        String doc = "<" + DOCUMENT + ">";
        record Probe(String name, boolean seen) {}
        List<Probe> probes = List.of(
                new Probe("pattern", ask(fx, "{ " + wenchang + " kg:locatedIn " + hainan + " }")),
                new Probe("one-or-more", ask(fx, "{ " + site + " kg:locatedIn+ " + china + " }")),
                new Probe("one-or-more, open end", select(fx, "SELECT ?x { " + site + " kg:locatedIn+ ?x }").contains(HAINAN)),
                new Probe("one-or-more, backwards", select(fx, "SELECT ?x { ?x kg:locatedIn+ " + china + " }").contains(SITE)),
                new Probe("zero-or-more", ask(fx, "{ " + site + " kg:locatedIn* " + hainan + " }")),
                new Probe("zero-or-more, open end", select(fx, "SELECT ?x { " + wenchang + " kg:locatedIn* ?x }").contains(HAINAN)),
                new Probe("alternative", ask(fx, "{ " + wenchang + " (kg:locatedIn|kg:country) " + hainan + " }")),
                new Probe("inverse", ask(fx, "{ " + hainan + " ^kg:locatedIn " + wenchang + " }")),
                new Probe("inverse, open end", select(fx, "SELECT ?x { " + hainan + " ^kg:locatedIn ?x }").contains(WENCHANG)),
                new Probe("sequence", ask(fx, "{ " + site + " kg:locatedIn/kg:locatedIn " + hainan + " }")),
                new Probe("negated property set", ask(fx, "{ " + wenchang + " !(kg:country) " + hainan + " }")),
                new Probe("GRAPH ?g path", ask(fx, "{ GRAPH ?g { " + site + " kg:locatedIn+ " + china + " } }")),
                new Probe("GRAPH <doc> path", ask(fx, "{ GRAPH " + doc + " { " + site + " kg:locatedIn+ " + china + " } }")),
                new Probe("GRAPH ?g pattern", ask(fx, "{ GRAPH ?g { " + wenchang + " kg:locatedIn " + hainan + " } }")),
                new Probe("union graph path", ask(fx, "{ GRAPH <urn:x-arq:UnionGraph> { " + site + " kg:locatedIn+ " + china + " } }")),
                new Probe("union graph pattern", ask(fx, "{ GRAPH <urn:x-arq:UnionGraph> { " + wenchang + " kg:locatedIn " + hainan + " } }")),
                new Probe("FROM pattern", ask(fx, "FROM " + doc + " { " + wenchang + " kg:locatedIn " + hainan + " }")),
                new Probe("FROM path", ask(fx, "FROM " + doc + " { " + site + " kg:locatedIn+ " + china + " }")),
                new Probe("FROM NAMED path", ask(fx, "FROM NAMED " + doc + " { GRAPH ?g { " + site + " kg:locatedIn+ " + china + " } }")),
                new Probe("EXISTS path", ask(fx, "{ FILTER EXISTS { " + site + " kg:locatedIn+ " + china + " } }")),
                new Probe("evidence node", ask(fx, "{ ?f a kg:Fact ; rdf:subject " + wenchang + " ; rdf:object " + hainan + " }")),
                new Probe("CONSTRUCT path", graphQuery(fx, "CONSTRUCT { ?s kg:locatedIn ?o } WHERE { ?s kg:locatedIn+ ?o }")
                        .contains(triple(SITE, KG.locatedIn.getURI(), HAINAN))),
                new Probe("DESCRIBE", graphQuery(fx, "DESCRIBE " + wenchang).contains(triple(WENCHANG, KG.locatedIn.getURI(), HAINAN))),
                new Probe("Graph Store GET of the article graph", ntriples(fx, "/data?graph=" + ServerFixture.enc(DOCUMENT))
                        .contains(triple(WENCHANG, KG.locatedIn.getURI(), HAINAN))),
                new Probe("Graph Store GET of the default graph", ntriples(fx, "/data?default")
                        .contains(triple(WENCHANG, KG.locatedIn.getURI(), HAINAN))));
        for (Probe probe : probes) {
            if (probe.seen()) {
                seen.add(probe.name());
            }
        }
        return seen;
    }

    @ParameterizedTest
    @ValueSource(strings = {"tdb2", "memory"})
    void noQueryRouteTraversesARejectedStatementAndUndoingTheRejectionBringsItBack(String kind) {
        try (ServerFixture fx = new ServerFixture(open(kind), c -> c, ExtractorLoader.none())) {
            List<String> everyRoute = routesThatSeeTheLink(fx);
            assertThat(everyRoute).hasSize(25);

            HttpResponse<String> rejected = write(fx, "POST", "/api/facts/" + REJECTED + "/review", "{\"verdict\": \"reject\"}");
            assertThat(rejected.statusCode()).isEqualTo(201);
            assertThat(routesThatSeeTheLink(fx)).isEmpty();
            // The links around the rejected one are still there, by path too.
            assertThat(ask(fx, "{ <" + SITE + "> kg:locatedIn+ <" + WENCHANG + "> }")).isTrue();
            assertThat(ask(fx, "{ <" + HAINAN + "> kg:locatedIn+ <" + CHINA + "> }")).isTrue();
            assertThat(select(fx, "SELECT ?x { <" + SITE + "> kg:locatedIn* ?x }")).containsExactlyInAnyOrder(SITE, WENCHANG);

            HttpResponse<String> undone = write(fx, "DELETE", "/api/reviews/" + ServerFixture.json(rejected).get("id").asText(), null);
            assertThat(undone.statusCode()).isEqualTo(200);
            assertThat(routesThatSeeTheLink(fx)).isEqualTo(everyRoute);
        }
    }

    private static HttpResponse<String> update(ServerFixture fx, String update) {
        return fx.send(fx.request("/update").header("Authorization", "Bearer " + ServerFixture.TOKEN)
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(PREFIXES + update)).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"tdb2", "memory"})
    void anUpdateMatchesTheCuratedViewAndDeleteDataRemovesTheRawStatement(String kind) {
        try (ServerFixture fx = new ServerFixture(open(kind), c -> c, ExtractorLoader.none())) {
            assertThat(write(fx, "POST", "/api/facts/" + REJECTED + "/review", "{\"verdict\": \"reject\"}").statusCode()).isEqualTo(201);
            assertThat(update(fx, "INSERT { GRAPH <https://example.org/reached> { ?s kg:locatedIn ?o } } WHERE { ?s kg:locatedIn+ ?o }")
                    .statusCode()).isBetween(200, 204);
            String reached = ntriples(fx, "/data?graph=" + ServerFixture.enc("https://example.org/reached"));
            assertThat(reached).contains(triple(SITE, KG.locatedIn.getURI(), WENCHANG), triple(HAINAN, KG.locatedIn.getURI(), CHINA))
                    .doesNotContain(triple(SITE, KG.locatedIn.getURI(), HAINAN), triple(WENCHANG, KG.locatedIn.getURI(), HAINAN));

            String quad = "<" + WENCHANG + "> <" + KG.locatedIn.getURI() + "> <" + HAINAN + "> <" + DOCUMENT + "> .";
            assertThat(update(fx, "DELETE WHERE { GRAPH ?g { <" + WENCHANG + "> kg:locatedIn ?o } }").statusCode()).isBetween(200, 204);
            assertThat(fx.get("/api/export?format=nquads").body()).contains(quad);
            assertThat(update(fx, "DELETE DATA { GRAPH <" + DOCUMENT + "> { <" + WENCHANG + "> kg:locatedIn <" + HAINAN + "> } }")
                    .statusCode()).isBetween(200, 204);
            assertThat(fx.get("/api/export?format=nquads").body()).doesNotContain(quad);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tdb2", "memory"})
    void aRemovedNameIsGoneFromAlternativePaths(String kind) {
        try (ServerFixture fx = new ServerFixture(open(kind), c -> c, ExtractorLoader.none())) {
            String names = "SELECT ?x { <" + SITE + "> (rdfs:label|skos:altLabel) ?x }";
            assertThat(select(fx, names)).contains("WSLS");
            HttpResponse<String> edited = write(fx, "PATCH", "/api/entities/wenchang-space-launch-site", "{\"removeAliases\": [\"WSLS\"]}");
            assertThat(edited.statusCode()).isEqualTo(200);
            assertThat(select(fx, names)).doesNotContain("WSLS").contains("Wenchang Space Launch Site");
            assertThat(select(fx, "SELECT ?x { ?x skos:altLabel+ \"WSLS\"@en }")).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"tdb2", "memory"})
    void theExportKeepsTheRawExtractionAndTheReviews(String kind) {
        try (ServerFixture fx = new ServerFixture(open(kind), c -> c, ExtractorLoader.none())) {
            assertThat(write(fx, "POST", "/api/facts/" + REJECTED + "/review", "{\"verdict\": \"reject\"}").statusCode()).isEqualTo(201);
            String quad = "<" + WENCHANG + "> <" + KG.locatedIn.getURI() + "> <" + HAINAN + "> <" + DOCUMENT + "> .";
            assertThat(fx.get("/api/export?format=nquads").body()).contains(quad).contains(KG.Rejected.getURI());
            assertThat(fx.get("/data", "application/n-quads").body()).contains(quad).contains(KG.Rejected.getURI());
        }
    }
}
