package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.core.store.bulk.NQuadsBulkLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The curation endpoints on a real server over a real TDB2 store: what SPARQL and REST show after reviews, merges,
 * edits and additions, across re-ingestion, restarts, deletes, backups and restores, and that nothing changes
 * without the token.
 */
class CurationApiTest {
    private static final String CMSA_COUNTRY = "ASK { <" + SampleArticles.CMSA + "> <https://w3id.org/astrolabe/ontology#country> <"
            + SampleArticles.CHINA + "> }";

    @TempDir
    Path temp;

    private ServerFixture serve(Path folder) {
        return new ServerFixture(Tdb2GraphStore.open(folder), c -> c, ExtractorLoader.none());
    }

    private ServerFixture filled(Path folder) {
        ServerFixture fx = serve(folder);
        fx.store.put(SampleArticles.agreementArticle());
        fx.store.put(SampleArticles.cooperationArticle());
        fx.server.documentStored(documentIri(SampleArticles.agreementArticle()));
        fx.server.documentStored(documentIri(SampleArticles.cooperationArticle()));
        return fx;
    }

    private static String documentIri(ExtractionResult result) {
        return Iris.defaults().document(result.article());
    }

    /** The same article from a newer extractor: replaced, with new evidence nodes. */
    private static ExtractionResult reextracted(ExtractionResult result) {
        return new ExtractionResult(result.article(), result.entities(), result.mentions(), result.facts(), "test-2");
    }

    private static boolean ask(ServerFixture fx, String query) {
        HttpResponse<String> response = fx.get("/sparql?query=" + ServerFixture.enc(query), "application/sparql-results+json");
        assertThat(response.statusCode()).isEqualTo(200);
        return ServerFixture.json(response).get("boolean").asBoolean();
    }

    private static HttpResponse<String> write(ServerFixture fx, String method, String path, String json, String token) {
        HttpRequest.Builder request = fx.request(path).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return fx.send(request.build());
    }

    private static HttpResponse<String> write(ServerFixture fx, String method, String path, String json) {
        return write(fx, method, path, json, ServerFixture.TOKEN);
    }

    /** The fact id of {@code entity property ...} as the entity's REST answer gives it. */
    private static String factId(ServerFixture fx, String entityId, String propertyName, String objectLabel) {
        JsonNode entity = ServerFixture.json(fx.get("/api/entities/" + entityId));
        for (JsonNode fact : entity.get("facts")) {
            if (fact.get("propertyName").asText().equals(propertyName) && fact.get("object").get("entity") != null
                    && !fact.get("object").get("entity").isNull()
                    && fact.get("object").get("entity").get("label").asText().equals(objectLabel)) {
                return fact.get("evidence").get(0).get("factId").asText();
            }
        }
        return null;
    }

    private static List<String> facts(ServerFixture fx, String entityId) {
        List<String> out = new ArrayList<>();
        for (JsonNode fact : ServerFixture.json(fx.get("/api/entities/" + entityId)).get("facts")) {
            JsonNode object = fact.get("object");
            out.add(fact.get("subject").get("id").asText() + " " + fact.get("propertyName").asText() + " "
                    + (object.get("entity").isNull() ? object.get("value").asText() : object.get("entity").get("id").asText()));
        }
        return out;
    }

    @Test
    void aRejectedFactIsGoneFromSparqlAndRestAndStaysGoneAfterReingestionAndRestartUntilUndone() {
        Path folder = temp.resolve("store");
        String reviewId;
        try (ServerFixture fx = filled(folder)) {
            String id = factId(fx, "cmsa", "country", "China");
            assertThat(id).matches("[0-9a-f]{24}");
            HttpResponse<String> rejected = write(fx, "POST", "/api/facts/" + id + "/review",
                    "{\"verdict\": \"reject\", \"note\": \"the text does not say so\"}");
            assertThat(rejected.statusCode()).isEqualTo(201);
            JsonNode review = ServerFixture.json(rejected);
            reviewId = review.get("id").asText();
            assertThat(review.get("reviewer").asText()).isEqualTo(WriteAccess.UNNAMED);
            assertThat(review.get("verdict").asText()).isEqualTo("rejected");
            assertThat(review.get("fact").get("id").asText()).isEqualTo(id);

            assertThat(ask(fx, CMSA_COUNTRY)).isFalse();
            assertThat(facts(fx, "cmsa")).doesNotContain("cmsa country china");
            assertThat(facts(fx, "china")).doesNotContain("cmsa country china");
            String docId = documentIri(SampleArticles.agreementArticle()).substring(Iris.defaults().base().length() + 4);
            assertThat(fx.get("/api/documents/" + docId).body()).doesNotContain(id);
            assertThat(ask(fx, "ASK { ?r a <https://w3id.org/astrolabe/ontology#FactReview> ; "
                    + "<https://w3id.org/astrolabe/ontology#note> \"the text does not say so\" }")).isTrue();

            fx.store.put(reextracted(SampleArticles.agreementArticle()));
            assertThat(ask(fx, CMSA_COUNTRY)).isFalse();
            assertThat(facts(fx, "cmsa")).doesNotContain("cmsa country china");
        }
        try (ServerFixture fx = serve(folder)) {
            assertThat(ask(fx, CMSA_COUNTRY)).isFalse();
            assertThat(facts(fx, "cmsa")).doesNotContain("cmsa country china").isNotEmpty();
            HttpResponse<String> undone = write(fx, "DELETE", "/api/reviews/" + reviewId, null);
            assertThat(undone.statusCode()).isEqualTo(200);
            assertThat(ServerFixture.json(undone).get("active").asBoolean()).isFalse();
            assertThat(ask(fx, CMSA_COUNTRY)).isTrue();
            assertThat(facts(fx, "cmsa")).contains("cmsa country china");
            JsonNode listed = ServerFixture.json(fx.get("/api/reviews"));
            assertThat(listed.get("total").asInt()).isEqualTo(1);
            assertThat(ServerFixture.json(fx.get("/api/reviews?active=true")).get("total").asInt()).isZero();
        }
    }

    @Test
    void aReviewWrittenWithSparqlUpdateAppliesAtOnce() {
        try (ServerFixture fx = filled(temp.resolve("store"))) {
            String doc = documentIri(SampleArticles.agreementArticle());
            String update = "PREFIX kg: <https://w3id.org/astrolabe/ontology#> PREFIX xsd: <http://www.w3.org/2001/XMLSchema#> "
                    + "INSERT DATA { GRAPH <" + Iris.defaults().curationGraph() + "> { <" + Iris.defaults().review("00000000-0000-0000-0000-000000000001")
                    + "> a kg:FactReview, kg:Review ; kg:verdict kg:Rejected ; kg:reviewer \"sparql\" ; "
                    + "kg:reviewedAt \"2026-01-01T00:00:00Z\"^^xsd:dateTime ; kg:reviewedSubject <" + SampleArticles.CMSA + "> ; "
                    + "kg:reviewedProperty kg:country ; kg:reviewedObject <" + SampleArticles.CHINA + "> ; kg:reviewedDocument <" + doc + "> } }";
            HttpResponse<String> response = fx.send(fx.request("/update").header("Authorization", "Bearer " + ServerFixture.TOKEN)
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)).build());
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 204);
            assertThat(ask(fx, CMSA_COUNTRY)).isFalse();
            assertThat(facts(fx, "cmsa")).doesNotContain("cmsa country china");
        }
    }

    @Test
    void aConfirmedFactIsMarkedConfirmed() {
        try (ServerFixture fx = filled(temp.resolve("store"))) {
            String id = factId(fx, "suparco", "country", "Pakistan");
            assertThat(write(fx, "POST", "/api/facts/" + id + "/review", "{\"verdict\": \"confirm\"}").statusCode()).isEqualTo(201);
            JsonNode entity = ServerFixture.json(fx.get("/api/entities/suparco"));
            boolean marked = false;
            for (JsonNode fact : entity.get("facts")) {
                for (JsonNode evidence : fact.get("evidence")) {
                    if (id.equals(evidence.get("factId").asText())) {
                        marked = "confirmed".equals(evidence.get("review").asText());
                    }
                }
            }
            assertThat(marked).isTrue();
            assertThat(write(fx, "POST", "/api/facts/" + "0".repeat(24) + "/review", "{\"verdict\": \"confirm\"}").statusCode()).isEqualTo(404);
            assertThat(write(fx, "POST", "/api/facts/" + id + "/review", "{\"verdict\": \"maybe\"}").statusCode()).isEqualTo(400);
        }
    }

    @Test
    void theReviewQueueListsUnreviewedFactsLowestConfidenceFirst() {
        try (ServerFixture fx = filled(temp.resolve("store"))) {
            JsonNode queue = ServerFixture.json(fx.get("/api/review-queue?limit=3"));
            assertThat(queue.get("results")).hasSize(3);
            JsonNode first = queue.get("results").get(0);
            assertThat(first.get("evidence").get(0).get("confidence").asDouble()).isEqualTo(0.6);
            assertThat(first.get("subject").get("id").asText()).isEqualTo("cmsa");
            String firstId = first.get("factId").asText();
            String secondId = queue.get("results").get(1).get("factId").asText();
            write(fx, "POST", "/api/facts/" + firstId + "/review", "{\"verdict\": \"reject\"}");
            write(fx, "POST", "/api/facts/" + secondId + "/review", "{\"verdict\": \"confirm\"}");
            JsonNode after = ServerFixture.json(fx.get("/api/review-queue"));
            List<String> left = new ArrayList<>();
            after.get("results").forEach(item -> left.add(item.get("factId").asText()));
            assertThat(left).doesNotContain(firstId, secondId).hasSize(4);
        }
    }

    @Test
    void aMergeMovesEveryFactAndMentionRedirectsAndSurvivesReingestionOfBothArticles() {
        try (ServerFixture fx = filled(temp.resolve("store"))) {
            List<String> esaFacts = facts(fx, "european-space-agency");
            assertThat(esaFacts).contains("suparco cooperatesWith european-space-agency");
            HttpResponse<String> merged = write(fx, "POST", "/api/entities/european-space-agency/merge", "{\"into\": \"cmsa\", \"note\": \"test\"}");
            assertThat(merged.statusCode()).isEqualTo(200);
            assertThat(ServerFixture.json(merged).get("survivor").asText()).isEqualTo("cmsa");
            assertMerged(fx);
            fx.store.put(reextracted(SampleArticles.cooperationArticle()));
            fx.store.put(reextracted(SampleArticles.agreementArticle()));
            assertMerged(fx);
            // the duplicate's name is now one of the survivor's, also for search
            JsonNode hits = ServerFixture.json(fx.get("/api/entities?q=" + ServerFixture.enc("European Space Agency")));
            assertThat(hits.get("results").get(0).get("id").asText()).isEqualTo("cmsa");
        }
    }

    private static void assertMerged(ServerFixture fx) {
        String esa = "<" + SampleArticles.ESA + ">";
        String cmsa = "<" + SampleArticles.CMSA + ">";
        assertThat(ask(fx, "ASK { GRAPH ?g { " + esa + " ?p ?o } FILTER(?g != <" + Iris.defaults().curationGraph() + ">) }")).isFalse();
        assertThat(ask(fx, "ASK { GRAPH ?g { ?s ?p " + esa + " } FILTER(?g != <" + Iris.defaults().curationGraph() + ">) }")).isFalse();
        assertThat(ask(fx, "ASK { ?m <https://w3id.org/astrolabe/ontology#refersTo> " + esa + " }")).isFalse();
        assertThat(ask(fx, "ASK { <" + SampleArticles.SUPARCO + "> <https://w3id.org/astrolabe/ontology#cooperatesWith> " + cmsa + " }")).isTrue();
        assertThat(ask(fx, "ASK { " + esa + " <http://www.w3.org/2002/07/owl#sameAs> " + cmsa + " }")).isTrue();
        assertThat(facts(fx, "cmsa")).contains("suparco cooperatesWith cmsa");
        JsonNode cmsaView = ServerFixture.json(fx.get("/api/entities/cmsa"));
        assertThat(cmsaView.get("articles").asInt()).isEqualTo(2);
        assertThat(cmsaView.get("altLabels").toString()).contains("European Space Agency").contains("ESA");
        HttpResponse<String> redirect = fx.send(fx.request("/api/entities/european-space-agency").GET().build());
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).contains("/api/entities/cmsa");
        HttpResponse<String> resource = fx.send(fx.request("/resource/european-space-agency").GET().build());
        assertThat(resource.statusCode()).isEqualTo(301);
    }

    @Test
    void aFactAddedByHandCarriesItsEvidenceAndEditsChangeTheEntity() {
        try (ServerFixture fx = filled(temp.resolve("store"))) {
            String docId = documentIri(SampleArticles.cooperationArticle()).substring(Iris.defaults().base().length() + 4);
            HttpResponse<String> added = write(fx, "POST", "/api/facts", "{\"document\": \"" + docId + "\", \"subject\": \"european-space-agency\","
                    + " \"property\": \"kg:cooperatesWith\", \"object\": {\"entity\": \"suparco\"},"
                    + " \"sentence\": \"SUPARCO and the European Space Agency met in São Paulo to discuss cooperation.\", \"note\": \"symmetric\"}");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
            JsonNode document = ServerFixture.json(fx.get("/api/documents/" + docId));
            JsonNode byHand = null;
            for (JsonNode fact : document.get("facts")) {
                if (fact.get("subject").get("id").asText().equals("european-space-agency")) {
                    byHand = fact.get("evidence").get(0);
                }
            }
            assertThat(byHand).isNotNull();
            assertThat(byHand.get("extractor").asText()).isEqualTo("curator");
            assertThat(byHand.get("sentence").asText()).startsWith("SUPARCO and the European");
            assertThat(byHand.get("begin").asInt()).isZero();
            assertThat(byHand.get("confidence").asDouble()).isEqualTo(1.0);
            fx.store.put(reextracted(SampleArticles.cooperationArticle()));
            assertThat(facts(fx, "european-space-agency")).contains("european-space-agency cooperatesWith suparco");
            assertThat(write(fx, "POST", "/api/facts", "{\"document\": \"" + docId + "\", \"subject\": \"suparco\","
                    + " \"property\": \"kg:country\", \"object\": {\"entity\": \"pakistan\"}, \"sentence\": \"not in the text\"}").statusCode())
                    .isEqualTo(400);

            HttpResponse<String> edited = write(fx, "PATCH", "/api/entities/european-space-agency", "{\"label\": \"ESA\", \"class\": \"GovernmentBody\","
                    + " \"addAliases\": [\"Agence spatiale européenne\"], \"removeAliases\": [\"ESA\"], \"addLinks\": [\"http://www.wikidata.org/entity/Q42262\"]}");
            assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
            JsonNode esa = ServerFixture.json(fx.get("/api/entities/european-space-agency"));
            assertThat(esa.get("label").asText()).isEqualTo("ESA");
            assertThat(esa.get("type").asText()).endsWith("#GovernmentBody");
            assertThat(esa.get("altLabels").toString()).contains("Agence spatiale européenne");
            assertThat(esa.get("sameAs").toString()).doesNotContain("Q42262");
            assertThat(ask(fx, "ASK { <" + SampleArticles.ESA + "> <http://www.w3.org/2002/07/owl#sameAs> <http://www.wikidata.org/entity/Q42262> }")).isTrue();
            assertThat(ask(fx, "ASK { <" + SampleArticles.ESA + "> a <https://w3id.org/astrolabe/ontology#SpaceAgency> }")).isFalse();
            JsonNode hits = ServerFixture.json(fx.get("/api/entities?q=" + ServerFixture.enc("Agence spatiale")));
            assertThat(hits.get("results").get(0).get("id").asText()).isEqualTo("european-space-agency");
        }
    }

    @Test
    void withoutTheTokenEveryCurationWriteIsRefusedAndChangesNothing() {
        try (ServerFixture fx = filled(temp.resolve("store"))) {
            String id = factId(fx, "cmsa", "country", "China");
            String before = fx.get("/api/export?format=nquads").body();
            List<String[]> writes = List.of(
                    new String[] {"POST", "/api/facts/" + id + "/review", "{\"verdict\": \"reject\"}"},
                    new String[] {"POST", "/api/facts", "{\"document\": \"x\", \"subject\": \"suparco\", \"property\": \"country\", \"object\": {\"entity\": \"china\"}, \"sentence\": \"x\"}"},
                    new String[] {"POST", "/api/entities/european-space-agency/merge", "{\"into\": \"cmsa\"}"},
                    new String[] {"PATCH", "/api/entities/cmsa", "{\"label\": \"X\"}"},
                    new String[] {"DELETE", "/api/reviews/00000000-0000-0000-0000-000000000000", null});
            for (String[] w : writes) {
                assertThat(write(fx, w[0], w[1], w[2], null).statusCode()).as(w[0] + " " + w[1]).isEqualTo(401);
                assertThat(write(fx, w[0], w[1], w[2], "wrong-token").statusCode()).as(w[0] + " " + w[1]).isEqualTo(401);
            }
            assertThat(fx.get("/api/export?format=nquads").body()).isEqualTo(before);
            assertThat(fx.store.curation().reviews()).isEmpty();
        }
        try (ServerFixture readOnly = new ServerFixture(Tdb2GraphStore.open(temp.resolve("store")), c -> c.withWriteToken(null), ExtractorLoader.none())) {
            assertThat(write(readOnly, "POST", "/api/entities/european-space-agency/merge", "{\"into\": \"cmsa\"}").statusCode()).isEqualTo(403);
            assertThat(readOnly.store.curation().reviews()).isEmpty();
        }
    }

    @Test
    void exportBackupAndRestoreKeepReviewsAndDeletingAnArticleKeepsThemInForce() throws Exception {
        Path backup;
        try (ServerFixture fx = filled(temp.resolve("store"))) {
            String id = factId(fx, "cmsa", "country", "China");
            write(fx, "POST", "/api/facts/" + id + "/review", "{\"verdict\": \"reject\"}");
            assertThat(fx.get("/api/export?format=nquads").body()).contains("FactReview").contains(Iris.defaults().curationGraph());
            assertThat(fx.get("/api/export?format=nquads&graph=curation").body()).contains("FactReview");

            String docId = documentIri(SampleArticles.agreementArticle()).substring(Iris.defaults().base().length() + 4);
            assertThat(write(fx, "DELETE", "/api/documents/" + docId, null).statusCode()).isEqualTo(204);
            assertThat(ServerFixture.json(fx.get("/api/reviews")).get("total").asInt()).isEqualTo(1);
            fx.store.put(SampleArticles.agreementArticle());
            assertThat(ask(fx, CMSA_COUNTRY)).isFalse();
            backup = fx.store.backup(temp.resolve("backup.nq.gz"));
        }
        Path restored = temp.resolve("restored");
        new NQuadsBulkLoader(restored, Iris.defaults(), line -> { }).load(List.of(backup));
        try (GraphStore store = Tdb2GraphStore.open(restored); ServerFixture fx = new ServerFixture(store, c -> c, ExtractorLoader.none())) {
            assertThat(fx.store.curation().reviews()).hasSize(1);
            assertThat(ask(fx, CMSA_COUNTRY)).isFalse();
            assertThat(ask(fx, "ASK { <" + SampleArticles.SUPARCO + "> <https://w3id.org/astrolabe/ontology#country> <" + SampleArticles.PAKISTAN + "> }")).isTrue();
        }
    }
}
