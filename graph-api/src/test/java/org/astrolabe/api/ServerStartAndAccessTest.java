package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

class ServerStartAndAccessTest {

    @Test
    void answersQueriesWithinThreeSecondsWhileTheModelsAreStillLoading() {
        CompletableFuture<Void> never = new CompletableFuture<>();
        long start = System.nanoTime();
        try (ServerFixture fx = new ServerFixture(c -> c, ExtractorLoader.inBackground(() -> {
            never.join();
            throw new IllegalStateException("unreachable");
        }))) {
            HttpResponse<String> sparql = fx.get("/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D");
            HttpResponse<String> rest = fx.get("/api/entities?q=suparco");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(sparql.statusCode()).isEqualTo(200);
            assertThat(rest.statusCode()).isEqualTo(200);
            assertThat(took).isLessThan(Duration.ofSeconds(3));
            assertThat(fx.get("/ready").statusCode()).isEqualTo(503);
        } finally {
            never.complete(null);
        }
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertThat(ServerConfig.defaults().host()).isEqualTo("127.0.0.1");
        try (ServerFixture fx = new ServerFixture()) {
            assertThat(fx.server.url()).startsWith("http://127.0.0.1:");
        }
    }

    @Test
    void corsIsOffUnlessConfigured() {
        try (ServerFixture fx = new ServerFixture()) {
            HttpResponse<String> response = fx.send(fx.request("/api/stats").header("Origin", "https://evil.example").GET().build());
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }
        try (ServerFixture fx = new ServerFixture(c -> c.withCorsOrigins(List.of("https://newsroom.example")), ExtractorLoader.none())) {
            HttpResponse<String> allowed = fx.send(fx.request("/api/stats").header("Origin", "https://newsroom.example").GET().build());
            assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).contains("https://newsroom.example");
            HttpResponse<String> other = fx.send(fx.request("/api/stats").header("Origin", "https://evil.example").GET().build());
            assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
            assertThat(other.statusCode()).isEqualTo(400);
            assertThat(ServerFixture.json(other).get("detail").asText()).isEqualTo("Cross-origin requests from https://evil.example are not allowed");
        }
    }

    @Test
    void configurationNeverShowsTheToken() {
        ServerConfig config = ServerConfig.defaults().withWriteToken("very-secret-token");
        assertThat(config.toString()).doesNotContain("very-secret-token").contains("writes=token");
        assertThat(ServerConfig.defaults().withWriteToken("  ").writesEnabled()).isFalse();
    }
}
