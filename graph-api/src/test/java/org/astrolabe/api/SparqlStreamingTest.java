package org.astrolabe.api;

import static org.astrolabe.api.ServerFixture.enc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * How SPARQL answers larger than the held first bytes ({@link AnswerBody#HELD_BYTES}) are sent: streamed when the
 * truncation header is known before the answer ends, held whole (with an exact header) when the result limit may
 * cut them, and cut short (never shortened into something that looks complete) when they fail after they started.
 */
class SparqlStreamingTest {
    /** Every pair of the sample store's triples: hundreds of thousands of rows, about 200 bytes each as CSV. */
    static final String PAIRS = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }";

    @Test
    void aLargeAnswerWithinTheLimitIsStreamedAndSaysItIsWhole() {
        try (ServerFixture fx = new ServerFixture()) {
            HttpResponse<String> response = fx.get("/sparql?format=csv&query=" + enc(PAIRS + " LIMIT 3000"));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body().length()).isGreaterThan(2 * AnswerBody.HELD_BYTES);
            assertThat(response.body().lines().count()).isEqualTo(3001);
            assertThat(response.headers().firstValue(SparqlQueryEndpoint.TRUNCATED_HEADER)).contains("false");
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        }
    }

    @Test
    void aLargeAnswerTheLimitMayCutIsHeldSoTheHeaderIsExact() {
        try (ServerFixture fx = new ServerFixture(c -> c.withResultLimit(2000), ExtractorLoader.none())) {
            HttpResponse<String> cut = fx.get("/sparql?format=csv&query=" + enc(PAIRS));
            assertThat(cut.statusCode()).isEqualTo(200);
            assertThat(cut.body().length()).isGreaterThan(2 * AnswerBody.HELD_BYTES);
            assertThat(cut.body().lines().count()).isEqualTo(2001);
            assertThat(cut.headers().firstValue(SparqlQueryEndpoint.TRUNCATED_HEADER)).contains("true");

            HttpResponse<String> whole = fx.get("/sparql?format=json&query=" + enc("SELECT ?s WHERE { ?s a ?type }"));
            assertThat(whole.headers().firstValue(SparqlQueryEndpoint.TRUNCATED_HEADER)).contains("false");
        }
    }

    @Test
    void aFailureBeforeTheFirstBytesWentOutIsACleanError() {
        // The answer would be large, but the timeout comes before its first row.
        String late = "SELECT * WHERE { { ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?p ?q ?r FILTER(STRLEN(STR(?r)) < 0) } UNION { "
                + PAIRS.substring(PAIRS.indexOf('{')) + " } } LIMIT 5000";
        try (ServerFixture fx = new ServerFixture(c -> c.withQueryTimeout(Duration.ofSeconds(1)), ExtractorLoader.none())) {
            HttpResponse<String> response = fx.get("/sparql?format=csv&query=" + enc(late));
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(ServerFixture.json(response).get("error").asText()).isEqualTo("query timeout");
        }
    }

    @Test
    void aFailureAfterTheAnswerStartedCutsTheResponseShort() throws Exception {
        // Thousands of rows at once, then a search that yields nothing until the timeout stops it.
        String late = "SELECT * WHERE { { SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 2000 } UNION "
                + "{ ?g ?h ?i . ?j ?k ?l . ?m ?n ?o . ?p ?q ?r FILTER(STRLEN(STR(?r)) < 0) } } LIMIT 5000";
        try (ServerFixture fx = new ServerFixture(c -> c.withQueryTimeout(Duration.ofSeconds(1)), ExtractorLoader.none())) {
            HttpResponse<InputStream> response = fx.http.send(fx.request("/sparql?format=csv&query=" + enc(late)).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue(SparqlQueryEndpoint.TRUNCATED_HEADER)).contains("false");
            try (InputStream body = response.body()) {
                byte[] received = new byte[AnswerBody.HELD_BYTES];
                assertThat(body.readNBytes(received, 0, received.length)).isEqualTo(received.length);
                assertThat(new String(received, java.nio.charset.StandardCharsets.UTF_8)).startsWith("a,b,c,d,e,f");
                assertThatThrownBy(body::readAllBytes).isInstanceOf(IOException.class);
            }
            assertThat(fx.get("/health").statusCode()).isEqualTo(200);
        }
    }
}
