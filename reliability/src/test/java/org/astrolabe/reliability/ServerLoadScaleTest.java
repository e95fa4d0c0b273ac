package org.astrolabe.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.astrolabe.core.model.Iris;
import org.astrolabe.reliability.support.ArticleClient;
import org.astrolabe.reliability.support.ArticleLedger;
import org.astrolabe.reliability.support.CorpusArticles;
import org.astrolabe.reliability.support.HttpProbe;
import org.astrolabe.reliability.support.LatencyRecorder;
import org.astrolabe.reliability.support.Reply;
import org.astrolabe.reliability.support.ServeProcess;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The load run at scale: {@code astrolabe serve} itself (real main class, real CoreNLP extractor) answers 32
 * reader threads (SPARQL count and select, entity search, entity pages, one document, the N-Quads export of
 * one article and of the whole store) while a writer posts articles through {@code POST /api/documents} for
 * extraction, one after the other, for {@code -Dload.seconds=N} (default 180). Every read must answer 200,
 * every upload 201, and every acknowledged article must be readable at once. Prints requests, errors and
 * p50/p99/max latency per kind, and the machine's load average.
 *
 * <p>Not part of {@code ./run-tests} (tag {@code scale}, runs only with {@code -Dscale=true}).
 */
@Tag("scale")
@EnabledIfSystemProperty(named = "scale", matches = "true")
class ServerLoadScaleTest {
    private static final int READERS = 32;
    private static final int FIRST_ARTICLES = 6;
    private static final String TOKEN = "load-run-token";
    private static final String ENTITY_BASE = Iris.defaults().base();
    private static final List<String> KINDS = List.of("sparql-count", "sparql-select", "entity-search", "entity-page",
            "document", "export-article", "export-store");

    @TempDir
    Path work;

    @Test
    void thirtyTwoReadersWhileArticlesAreExtractedSeeNoError() throws Exception {
        Assumptions.assumeTrue(CorpusArticles.present(CorpusArticles.DEFAULT_FOLDER),
                "skipped: the shared corpus (../shared/corpus beside the repository) is not here");
        int seconds = Integer.getInteger("load.seconds", 180);
        CorpusArticles corpus = CorpusArticles.read(CorpusArticles.DEFAULT_FOLDER, "load-" + System.nanoTime());
        Path log = Files.createDirectories(Path.of("target", "scale")).resolve("load.log");
        ArticleLedger ledger = new ArticleLedger();
        try (ServeProcess server = ServeProcess.start(work.resolve("store"), TOKEN, log, "3g", Duration.ofMinutes(3))) {
            ArticleClient client = new ArticleClient(server.http(), TOKEN, ledger);
            server.awaitModels(Duration.ofMinutes(5));
            int next = 0;
            for (; next < FIRST_ARTICLES; next++) {
                client.post(corpus.article(next));
            }
            List<String> documents = new CopyOnWriteArrayList<>(ledger.present().stream().map(ArticleLedger.Present::id).toList());
            List<String[]> entities = entities(server.http());
            assertThat(entities).as("entities extracted from the first articles").isNotEmpty();

            Map<String, LatencyRecorder> latency = new LinkedHashMap<>();
            KINDS.forEach(kind -> latency.put(kind, new LatencyRecorder()));
            LatencyRecorder uploads = new LatencyRecorder();
            List<String> errors = Collections.synchronizedList(new ArrayList<>());
            String loadBefore = loadAverage();
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
            ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
            try {
                int first = next;
                Future<?> writer = pool.submit(() -> write(client, corpus, first, documents, uploads, errors, deadline));
                List<Future<?>> readers = new ArrayList<>();
                for (int r = 0; r < READERS; r++) {
                    Random random = new Random(r);
                    readers.add(pool.submit(() -> read(server.http(), random, entities, documents, latency, errors, deadline)));
                }
                for (Future<?> reader : readers) {
                    reader.get();
                }
                writer.get();
            } finally {
                pool.shutdownNow();
            }
            String loadAfter = loadAverage();

            long reads = latency.values().stream().mapToLong(LatencyRecorder::count).sum();
            System.out.printf("load run: %d s, %d readers, %d reads (%.1f/s), %d uploads extracted and stored during the run, %d errors; "
                    + "load average %s at the start, %s at the end%n", seconds, READERS, reads, reads / (double) seconds,
                    uploads.count(), errors.size(), loadBefore, loadAfter);
            latency.forEach((kind, recorder) -> System.out.printf("  %-15s n=%-6d p50=%7.0f ms  p99=%7.0f ms  max=%7.0f ms%n", kind,
                    recorder.count(), recorder.percentile(50), recorder.percentile(99), recorder.max()));
            System.out.printf("  %-15s n=%-6d p50=%7.0f ms  p99=%7.0f ms  max=%7.0f ms (extraction and commit)%n", "upload",
                    uploads.count(), uploads.percentile(50), uploads.percentile(99), uploads.max());
            errors.stream().limit(20).forEach(e -> System.out.println("  ERROR " + e));
            assertThat(errors).as("failed reads and uploads").isEmpty();
            assertThat(uploads.count()).as("articles uploaded during the run").isGreaterThan(0);
        }
    }

    /** Posts articles one after the other; each acknowledged article must export at once (the client checks). */
    private static void write(ArticleClient client, CorpusArticles corpus, int first, List<String> documents, LatencyRecorder uploads,
                              List<String> errors, long deadline) {
        for (int n = first; System.nanoTime() < deadline; n++) {
            try {
                Reply reply = client.post(corpus.article(n));
                uploads.record(reply.nanos());
                documents.add(ArticleClient.json(reply).path("id").asText());
            } catch (RuntimeException e) {
                errors.add("upload " + n + ": " + e.getMessage());
            }
        }
    }

    private static void read(HttpProbe http, Random random, List<String[]> entities, List<String> documents,
                             Map<String, LatencyRecorder> latency, List<String> errors, long deadline) {
        while (System.nanoTime() < deadline) {
            String[] entity = entities.get(random.nextInt(entities.size()));
            String document = documents.get(random.nextInt(documents.size()));
            String kind = KINDS.get(random.nextInt(KINDS.size()));
            try {
                Reply reply = switch (kind) {
                    case "sparql-count" -> http.sparql("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a <https://w3id.org/astrolabe/ontology#Fact> } }");
                    case "sparql-select" -> http.sparql("SELECT ?s ?p ?o WHERE { ?f a <https://w3id.org/astrolabe/ontology#Fact> ; "
                            + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?s ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ?p ; "
                            + "<http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?o } LIMIT 100");
                    case "entity-search" -> http.get("/api/entities?q=" + HttpProbe.encode(entity[1]) + "&limit=10");
                    case "entity-page" -> http.get("/api/entities/" + entity[0]);
                    case "document" -> http.get("/api/documents/" + document);
                    case "export-article" -> http.get("/api/export?format=nquads&graph=" + document);
                    default -> http.get("/api/export?format=nquads");
                };
                latency.get(kind).record(reply.nanos());
                if (reply.status() != 200) {
                    errors.add(reply.describe());
                }
            } catch (RuntimeException e) {
                errors.add(kind + ": " + e.getMessage());
            }
        }
    }

    /** The entities described so far, as {id, label}, read by SPARQL. */
    private static List<String[]> entities(HttpProbe http) {
        Reply reply = http.sparql("SELECT ?e ?l WHERE { GRAPH <" + Iris.defaults().entitiesGraph() + "> { "
                + "?e <http://www.w3.org/2000/01/rdf-schema#label> ?l } } LIMIT 500");
        List<String[]> entities = new ArrayList<>();
        for (JsonNode row : ArticleClient.json(reply).path("results").path("bindings")) {
            String iri = row.path("e").path("value").asText();
            if (iri.startsWith(ENTITY_BASE) && !iri.substring(ENTITY_BASE.length()).contains("/")) {
                entities.add(new String[] {iri.substring(ENTITY_BASE.length()), row.path("l").path("value").asText()});
            }
        }
        return entities;
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
