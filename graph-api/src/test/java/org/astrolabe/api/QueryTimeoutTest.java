package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

class QueryTimeoutTest {
    static final String CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }";

    @Test
    void runawayQueryEndsAtTheTimeoutWhileOtherQueriesKeepAnswering() throws Exception {
        try (ServerFixture fx = new ServerFixture(c -> c.withQueryTimeout(Duration.ofSeconds(2)), ExtractorLoader.none())) {
            String ask = "/sparql?format=csv&query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
            assertThat(fx.get(ask).statusCode()).isEqualTo(200);
            assertThat(fx.get("/api/entities?q=suparco").statusCode()).isEqualTo(200);
            long start = System.nanoTime();
            CompletableFuture<HttpResponse<String>> runaway = CompletableFuture.supplyAsync(() ->
                    fx.get("/sparql?query=" + URLEncoder.encode(CARTESIAN, StandardCharsets.UTF_8)));
            Thread.sleep(300);
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                HttpResponse<String> normal = fx.get(ask);
                assertThat(normal.statusCode()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - t)).isLessThan(Duration.ofSeconds(1));
                assertThat(fx.get("/api/entities?q=suparco").statusCode()).isEqualTo(200);
            }
            assertThat(runaway).as("the runaway query is still running").isNotDone();
            HttpResponse<String> stopped = runaway.get();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(stopped.statusCode()).isEqualTo(503);
            assertThat(ServerFixture.json(stopped).get("error").asText()).isEqualTo("query timeout");
            assertThat(ServerFixture.json(stopped).get("detail").asText()).contains("2000 ms");
            assertThat(took).isBetween(Duration.ofMillis(1900), Duration.ofSeconds(10));
            assertThat(fx.get("/health").statusCode()).isEqualTo(200);
        }
    }
}
