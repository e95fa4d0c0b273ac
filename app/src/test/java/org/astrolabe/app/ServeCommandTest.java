package org.astrolabe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Mention;
import org.astrolabe.core.store.InMemoryGraphStore;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code astrolabe serve} in-process on a free loopback port: it answers at once, prints its URLs, fills an
 * empty store with the seed articles once the extractor is ready, and makes their entities searchable. The
 * extractor is a stand-in that knows two agency names; CoreNLP is exercised by the extractor's own tests.
 */
class ServeCommandTest {

    static final class KnownNames implements ArticleExtractor {
        @Override
        public ExtractionResult extract(Article article) {
            Map<String, ExtractedEntity> entities = new LinkedHashMap<>();
            List<Mention> mentions = new ArrayList<>();
            for (String name : List.of("SUPARCO", "CMSA")) {
                Matcher m = Pattern.compile(Pattern.quote(name)).matcher(article.text());
                while (m.find()) {
                    String iri = "https://w3id.org/astrolabe/resource/" + name.toLowerCase();
                    entities.putIfAbsent(iri, new ExtractedEntity(iri, KG.SpaceAgency.getURI(), name, Set.of(name), Set.of()));
                    mentions.add(new Mention(iri, m.start(), m.end(), name));
                }
            }
            return new ExtractionResult(article, List.copyOf(entities.values()), mentions, List.of(), version());
        }

        @Override
        public String version() {
            return "known-names";
        }
    }

    @Test
    void servesAndIngestsTheSeedsIntoAnEmptyStore(@TempDir Path folder) throws Exception {
        List<Article> seeds = List.of(
                new Article("a.txt", null, "First", LocalDate.of(2025, 1, 1), "SUPARCO and CMSA signed an agreement."),
                new Article("b.txt", null, "Second", LocalDate.of(2025, 1, 2), "SUPARCO launched a satellite."));
        CompletableFuture<Void> modelsLoaded = new CompletableFuture<>();
        ServeCommand command = new ServeCommand((dir, iris) -> InMemoryGraphStore.create(),
                () -> {
                    modelsLoaded.join();
                    return new KnownNames();
                }, () -> seeds);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        Thread running = new Thread(() -> cli.execute("--store", folder.toString(), "--port", Integer.toString(port)));
        running.start();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        try {
            HttpResponse<String> health = poll(http, base + "/health", body -> true);
            assertThat(health.statusCode()).isEqualTo(200);
            // The port opens before the URLs are printed: the first answer may come first.
            awaitOutput(out, base + "/sparql");
            assertThat(out.toString()).contains("writes       disabled");
            assertThat(poll(http, base + "/api/stats", body -> true).body()).contains("\"articles\":0");

            modelsLoaded.complete(null);
            poll(http, base + "/api/stats", body -> body.contains("\"articles\":2"));
            HttpResponse<String> search = poll(http, base + "/api/entities?q=suparco", body -> body.contains("\"articles\":2"));
            assertThat(search.body()).contains("\"id\":\"suparco\"");
            assertThat(out.toString()).contains("ingesting 2 bundled seed articles");
        } finally {
            command.stop();
            running.join(10_000);
        }
        assertThat(running.isAlive()).isFalse();
    }

    @Test
    void watchesTheSourcesOfItsFileOnceTheModelsAreLoaded(@TempDir Path folder) throws Exception {
        io.javalin.Javalin site = io.javalin.Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/feed.xml", ctx -> ctx.contentType("application/rss+xml").result("<rss version=\"2.0\"><channel><title>t</title>"
                    + "<link>http://x/</link><description>d</description><item><title>Deal</title><link>/deal</link></item></channel></rss>"));
            cfg.routes.get("/deal", ctx -> ctx.html("<html><body><article><h1>SUPARCO and CMSA agree</h1>"
                    + "<p>SUPARCO and CMSA signed an agreement on an astronaut mission.</p></article></body></html>"));
        }).start("127.0.0.1", 0);
        Path sources = java.nio.file.Files.writeString(folder.resolve("sources.yaml"),
                "sources:\n  - name: site\n    url: http://127.0.0.1:" + site.port() + "/feed.xml\n");
        CompletableFuture<Void> modelsLoaded = new CompletableFuture<>();
        ServeCommand command = new ServeCommand((dir, iris) -> InMemoryGraphStore.create(),
                () -> {
                    modelsLoaded.join();
                    return new KnownNames();
                }, List::of);
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        Thread running = new Thread(() -> cli.execute("--store", folder.resolve("store").toString(), "--port", Integer.toString(port),
                "--no-seed", "--watch", sources.toString()));
        running.start();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        try {
            assertThat(poll(http, base + "/api/sources", body -> true).body()).contains("\"watching\":false");
            modelsLoaded.complete(null);
            poll(http, base + "/api/sources", body -> body.contains("\"stored\":1") && body.contains("\"polls\":1"));
            assertThat(poll(http, base + "/api/entities?q=suparco", body -> body.contains("\"id\":\"suparco\"")).body())
                    .contains("\"articles\":1");
            assertThat(out.toString()).contains("Watching 1 source", "[watch] site: 1 listed, 0 known, 1 stored");
        } finally {
            command.stop();
            running.join(10_000);
            site.stop();
        }
        assertThat(running.isAlive()).isFalse();
    }

    /**
     * On a TDB2 store that already holds an article, serve answers SPARQL while the models still load and,
     * once they are loaded, does not ingest the seed articles: only an empty store gets them.
     */
    @Test
    void answersWhileTheModelsLoadAndLeavesAStoreWithArticlesWithoutSeeds(@TempDir Path folder) throws Exception {
        Path storeFolder = folder.resolve("store");
        try (var store = org.astrolabe.core.store.Tdb2GraphStore.open(storeFolder)) {
            new org.astrolabe.extractor.ingest.Ingestor(store, new KnownNames())
                    .ingest(new Article("own.txt", null, "Own", LocalDate.of(2025, 2, 1), "CMSA announced a mission."));
        }
        java.util.concurrent.atomic.AtomicInteger seedsRead = new java.util.concurrent.atomic.AtomicInteger();
        CompletableFuture<Void> modelsLoaded = new CompletableFuture<>();
        ServeCommand command = new ServeCommand(org.astrolabe.core.store.Tdb2GraphStore::open,
                () -> {
                    modelsLoaded.join();
                    return new KnownNames();
                }, () -> {
                    seedsRead.incrementAndGet();
                    return List.of(new Article("a.txt", null, "First", LocalDate.of(2025, 1, 1), "SUPARCO launched a satellite."));
                });
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        Thread running = new Thread(() -> cli.execute("--store", storeFolder.toString(), "--port", Integer.toString(port)));
        running.start();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + port;
        try {
            String ask = base + "/sparql?query=" + java.net.URLEncoder.encode("ASK { ?d a <" + KG.Document.getURI() + "> }",
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(poll(http, ask, body -> true).body()).contains("true");
            HttpResponse<String> notReady = http.send(HttpRequest.newBuilder(URI.create(base + "/ready")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(notReady.statusCode()).isEqualTo(503);
            assertThat(notReady.headers().firstValue("Retry-After")).isPresent();

            modelsLoaded.complete(null);
            poll(http, base + "/ready", body -> true);
            poll(http, base + "/api/entities?q=cmsa", body -> body.contains("\"id\":\"cmsa\""));
            Thread.sleep(300); // an ingestion, if one wrongly started, would have read the seeds by now
            assertThat(seedsRead).hasValue(0);
            assertThat(poll(http, base + "/api/stats", body -> true).body()).contains("\"articles\":1");
            assertThat(out.toString()).doesNotContain("ingesting");
        } finally {
            command.stop();
            running.join(10_000);
        }
        assertThat(running.isAlive()).isFalse();
    }

    /**
     * With {@code --sparql-endpoint} the graph lives in the remote store: no local store is opened, and a
     * server that does not answer is a one-line error naming its endpoint. (The remote store itself passes
     * the store contract against a real Fuseki in core's tests.)
     */
    @Test
    void keepsTheGraphInTheRemoteStoreTheOptionNames() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        ServeCommand command = new ServeCommand((dir, iris) -> {
            throw new AssertionError("no local store with --sparql-endpoint");
        }, KnownNames::new, List::of);
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler(new ErrorReporter());
        String endpoint = "http://127.0.0.1:" + closedPort + "/astrolabe";

        int exit = cli.execute("--sparql-endpoint", endpoint, "--port", "0");

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains(endpoint + "/query").doesNotContain("\tat ");
    }

    private static void awaitOutput(StringWriter out, String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!out.toString().contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(out.toString()).contains(text);
    }

    private static HttpResponse<String> poll(HttpClient http, String url, java.util.function.Predicate<String> until) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (last.statusCode() == 200 && until.test(last.body())) {
                    return last;
                }
            } catch (java.io.IOException notYet) {
                // the server is not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Gave up waiting for " + url + "; last answer: " + (last == null ? "none" : last.body()));
    }
}
