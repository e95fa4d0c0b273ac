package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.astrolabe.core.store.InMemoryGraphStore;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/** Cached entity search answers are the answers the index gives now: every change of the index is seen at once. */
class EntitySearchAnswersTest {

    private static ServerFixture withAgreementOnly() {
        InMemoryGraphStore store = InMemoryGraphStore.create();
        store.put(SampleArticles.agreementArticle());
        return new ServerFixture(store, c -> c, ExtractorLoader.none());
    }

    private static JsonNode search(ServerFixture fx, String query) {
        HttpResponse<String> response = fx.get("/api/entities?" + query);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return ServerFixture.json(response);
    }

    @Test
    void aRepeatedSearchAnswersAlikeAndEveryParameterCounts() {
        try (ServerFixture fx = withAgreementOnly()) {
            JsonNode first = search(fx, "q=agency&limit=1");
            assertThat(search(fx, "q=agency&limit=1")).isEqualTo(first);
            assertThat(search(fx, "q=Agency&limit=1").get("q").asText()).as("the text as sent is echoed").isEqualTo("Agency");
            assertThat(search(fx, "q=agency&limit=2").get("limit").asInt()).isEqualTo(2);
            assertThat(search(fx, "q=agency&limit=1&offset=1").get("offset").asInt()).isEqualTo(1);
            assertThat(search(fx, "q=agency&limit=1&type=Country").get("results")).isEmpty();
            assertThat(search(fx, "q=agency&limit=1").get("results").get(0).get("match").asText()).isEqualTo(first.get("results").get(0).get("match").asText());
        }
    }

    @Test
    void storingDeletingAndRawWritesChangeTheNextAnswer() {
        try (ServerFixture fx = withAgreementOnly()) {
            assertThat(search(fx, "q=esa").get("total").asInt()).isZero();
            assertThat(search(fx, "q=suparco").get("results").get(0).get("articles").asLong()).isEqualTo(1);

            String document = fx.store.put(SampleArticles.cooperationArticle()).documentIri();
            fx.server.documentStored(document);
            assertThat(search(fx, "q=esa").get("total").asInt()).isEqualTo(1);
            assertThat(search(fx, "q=suparco").get("results").get(0).get("articles").asLong()).isEqualTo(2);

            String docId = new Ids(SampleArticles.IRIS.base()).documentId(document);
            assertThat(fx.send(fx.request("/api/documents/" + docId).header("Authorization", "Bearer " + ServerFixture.TOKEN)
                    .DELETE().build()).statusCode()).isEqualTo(204);
            assertThat(search(fx, "q=esa").get("total").asInt()).isZero();
            assertThat(search(fx, "q=suparco").get("results").get(0).get("articles").asLong()).isEqualTo(1);

            String update = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> INSERT DATA { GRAPH <" + SampleArticles.IRIS.entitiesGraph()
                    + "> { <" + SampleArticles.IRIS.entity("Zvezda Works") + "> rdfs:label \"Zvezda Works\" } }";
            HttpResponse<String> updated = fx.send(fx.request("/update").header("Authorization", "Bearer " + ServerFixture.TOKEN)
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(update)).build());
            assertThat(updated.statusCode()).isEqualTo(200);
            assertThat(search(fx, "q=zvezda").get("results").get(0).get("label").asText()).isEqualTo("Zvezda Works");
        }
    }
}
