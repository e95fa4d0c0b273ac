package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import org.astrolabe.core.model.Iris;
import org.astrolabe.watch.FetchPolicy;
import org.astrolabe.watch.Watcher;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.javalin.Javalin;

/** {@code /api/sources} and the watcher's {@code /metrics} counters, with a news site on loopback. */
class SourcesApiTest {
    private static final FetchPolicy POLICY = FetchPolicy.defaults().withHostLimits(Duration.ofMillis(50), 2)
            .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5));

    @Test
    void sourcesAreListedAddedAndRemovedWithTheTokenAndCounted() throws Exception {
        Javalin site = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/feed.xml", ctx -> ctx.contentType("application/rss+xml").result("<rss version=\"2.0\"><channel><title>t</title>"
                    + "<link>http://x/</link><description>d</description><item><title>ISRO</title><link>/isro</link>"
                    + "<pubDate>Mon, 02 Jun 2025 09:30:00 GMT</pubDate></item></channel></rss>"));
            cfg.routes.get("/isro", ctx -> ctx.html("<html><body><article><h1>ISRO and JAXA</h1><p>ISRO met JAXA in Tokyo to plan "
                    + "a lunar mission together.</p></article></body></html>"));
        }).start("127.0.0.1", 0);
        String feed = "http://127.0.0.1:" + site.port() + "/feed.xml";
        try (ServerFixture fx = new ServerFixture(c -> c, ExtractorLoader.of(new DocumentIngestionTest.KnownAgencies()))) {
            JsonNode none = ServerFixture.json(fx.get("/api/sources"));
            assertThat(none.get("watching").asBoolean()).isFalse();
            assertThat(none.get("sources")).isEmpty();
            String body = "{\"name\": \"site\", \"url\": \"" + feed + "\", \"interval\": \"1h\", \"keywords\": [\"isro\"]}";
            assertThat(post(fx, body, null).statusCode()).isEqualTo(401);
            assertThat(post(fx, body, ServerFixture.TOKEN).statusCode()).isEqualTo(409);

            try (Watcher watcher = new Watcher(fx.store, new DocumentIngestionTest.KnownAgencies(), Iris.defaults(), POLICY, 1,
                    new Watcher.Listener() {
                        @Override
                        public void pollDone(org.astrolabe.watch.PollReport report) {
                        }

                        @Override
                        public void documentStored(String documentIri) {
                            fx.server.documentStored(documentIri);
                        }
                    })) {
                fx.server.watch(watcher);
                HttpResponse<String> created = post(fx, body, ServerFixture.TOKEN);
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                assertThat(ServerFixture.json(created).get("intervalSeconds").asLong()).isEqualTo(3600);

                JsonNode source = null;
                long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
                while (System.nanoTime() < deadline) {
                    source = ServerFixture.json(fx.get("/api/sources")).get("sources").get(0);
                    if (source.get("polls").asLong() == 1) {
                        break;
                    }
                    Thread.sleep(100);
                }
                assertThat(source.get("name").asText()).isEqualTo("site");
                assertThat(source.get("polls").asLong()).isEqualTo(1);
                assertThat(source.get("lastError").isNull()).isTrue();
                assertThat(source.get("items").get("stored").asInt()).isEqualTo(1);
                assertThat(source.get("latest").get(0).get("title").asText()).isEqualTo("ISRO and JAXA");
                String id = source.get("latest").get(0).get("id").asText();
                JsonNode document = ServerFixture.json(fx.get("/api/documents/" + id));
                assertThat(document.get("url").asText()).isEqualTo("http://127.0.0.1:" + site.port() + "/isro");
                assertThat(ServerFixture.json(fx.get("/api/entities?q=jaxa")).get("total").asInt()).isPositive();
                assertThat(fx.get("/metrics").body()).contains("astrolabe_watch_articles_stored_total 1.0", "astrolabe_watch_polls_total 1.0");

                assertThat(post(fx, "{\"url\": \"ftp://example.org/feed\"}", ServerFixture.TOKEN).statusCode()).isEqualTo(400);
                assertThat(delete(fx, "site", null).statusCode()).isEqualTo(401);
                assertThat(delete(fx, "site", ServerFixture.TOKEN).statusCode()).isEqualTo(204);
                assertThat(delete(fx, "site", ServerFixture.TOKEN).statusCode()).isEqualTo(404);
                assertThat(ServerFixture.json(fx.get("/api/sources")).get("sources")).isEmpty();
            }
        } finally {
            site.stop();
        }
    }

    private static HttpResponse<String> post(ServerFixture fx, String body, String token) {
        HttpRequest.Builder request = fx.request("/api/sources").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return fx.send(request.build());
    }

    private static HttpResponse<String> delete(ServerFixture fx, String name, String token) {
        HttpRequest.Builder request = fx.request("/api/sources/" + name).DELETE();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return fx.send(request.build());
    }
}
