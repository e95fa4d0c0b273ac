package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The server answers before it does its heavy start-up work: model loading handed to
 * {@link AstrolabeServer#afterFirstAnswer} starts only once the first request is answered, and queries that
 * need the models say so while they load.
 */
class ServerStartupOrderTest {

    @Test
    void modelLoadingStartsOnlyAfterTheFirstAnswer() throws Exception {
        CompletableFuture<Void> loadingStarted = new CompletableFuture<>();
        CompletableFuture<Void> finishLoading = new CompletableFuture<>();
        ExtractorLoader loader = ExtractorLoader.later(() -> {
            loadingStarted.complete(null);
            finishLoading.join();
            throw new IllegalStateException("no models in this test");
        });
        try (ServerFixture fx = new ServerFixture(c -> c, loader)) {
            fx.server.afterFirstAnswer("test-model-start", loader::start);

            Thread.sleep(500); // well within the grace period: nothing asked yet, nothing loads
            assertThat(loadingStarted).isNotDone();

            HttpResponse<String> sparql = fx.get("/sparql?query=" + ServerFixture.enc("ASK { ?s ?p ?o }"));
            assertThat(sparql.statusCode()).isEqualTo(200);
            assertThat(sparql.body()).contains("true");

            loadingStarted.get(10, TimeUnit.SECONDS);
            HttpResponse<String> ready = fx.get("/ready");
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.headers().firstValue("Retry-After")).isPresent();
            assertThat(fx.get("/sparql?query=" + ServerFixture.enc("SELECT * { ?s ?p ?o } LIMIT 1")).statusCode()).isEqualTo(200);
        } finally {
            finishLoading.complete(null);
        }
    }
}
