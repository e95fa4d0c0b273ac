package org.astrolabe.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.astrolabe.reliability.support.HttpProbe;
import org.astrolabe.reliability.support.LatencyRecorder;
import org.astrolabe.reliability.support.LiveServer;
import org.astrolabe.reliability.support.Reply;
import org.astrolabe.reliability.support.SyntheticArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 32 concurrent readers (SPARQL and REST) while one writer ingests articles: no request may fail, every
 * article must be visible over HTTP as soon as its commit returns, and to every reader afterwards. Runs 20 s
 * by default; {@code -Dsoak.seconds=60} runs the full soak. Prints throughput and the p50/p99 read latency.
 */
class ReadersWithWriterLoadTest {
    private static final int READERS = 32;
    private static final String DOC_BASE = Iris.defaults().base() + "doc/";

    @TempDir
    Path storeDir;

    @Test
    void readersNeverFailAndSeeEveryCommittedArticle() throws Exception {
        int seconds = Integer.getInteger("soak.seconds", 20);
        SyntheticArticles articles = new SyntheticArticles("load-" + System.nanoTime());
        try (LiveServer server = LiveServer.start(storeDir, Duration.ofSeconds(10))) {
            List<String> committed = new CopyOnWriteArrayList<>();
            Set<String> labels = new TreeSet<>();
            for (int n = 0; n < 20; n++) {
                ExtractionResult article = articles.article(n);
                committed.add(server.ingest(article).documentIri());
                article.entities().forEach(e -> labels.add(e.label()));
            }
            List<String> errors = Collections.synchronizedList(new ArrayList<>());
            LatencyRecorder latency = new LatencyRecorder();
            AtomicLong reads = new AtomicLong();
            long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();

            ExecutorService pool = Executors.newFixedThreadPool(READERS + 1);
            try {
                Future<Integer> writer = pool.submit(() -> write(server, articles, committed, errors, deadline));
                List<Future<?>> readers = new ArrayList<>();
                for (int r = 0; r < READERS; r++) {
                    long seed = r;
                    readers.add(pool.submit(() -> read(server.http(), new Random(seed), List.copyOf(labels), committed, errors, latency, reads, deadline)));
                }
                for (Future<?> reader : readers) {
                    reader.get();
                }
                int written = writer.get();

                List<String> missing = new ArrayList<>();
                for (String iri : committed) {
                    if (server.http().get("/api/documents/" + iri.substring(DOC_BASE.length())).status() != 200) {
                        missing.add(iri);
                    }
                }
                System.out.printf("load: %d s, %d readers, %d reads (%.0f/s), %d articles ingested during the run, %d errors, "
                                + "read latency p50=%.1f ms p99=%.1f ms max=%.1f ms, %d committed articles missing%n",
                        seconds, READERS, reads.get(), reads.get() / (double) seconds, written, errors.size(),
                        latency.percentile(50), latency.percentile(99), latency.max(), missing.size());
                perKind.forEach((kind, recorder) -> System.out.printf("  %-15s n=%d p50=%.1f ms p99=%.1f ms%n", kind,
                        recorder.count(), recorder.percentile(50), recorder.percentile(99)));
                System.out.printf("  ingest: %d articles, p50=%.1f ms p99=%.1f ms per commit%n", ingest.count(), ingest.percentile(50), ingest.percentile(99));
                assertThat(errors).as("failed reads and writes").isEmpty();
                assertThat(missing).as("committed articles missing at the end").isEmpty();
                assertThat(written).as("articles ingested while reading").isGreaterThan(0);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** Ingests articles one after the other; after each commit the article must be visible over HTTP at once. */
    private static int write(LiveServer server, SyntheticArticles articles, List<String> committed, List<String> errors,
                             long deadline) {
        int written = 0;
        for (int n = 20; System.nanoTime() < deadline; n++) {
            long begin = System.nanoTime();
            String iri = server.ingest(articles.article(n)).documentIri();
            ingest.record(System.nanoTime() - begin);
            Reply document = server.http().get("/api/documents/" + iri.substring(DOC_BASE.length()));
            Reply ask = server.http().sparql("ASK { GRAPH <" + iri + "> { <" + iri + "> a <https://w3id.org/astrolabe/ontology#Document> } }");
            if (document.status() != 200 || ask.status() != 200 || !ask.text().contains("true")) {
                errors.add("article " + iri + " not visible after its commit: " + document.describe() + " / " + ask.describe());
            }
            committed.add(iri);
            written++;
            pause(50);
        }
        return written;
    }

    /** Reads entities that are stored (the labels given) and documents that are committed: all must answer 200. */
    private static void read(HttpProbe http, Random random, List<String> labels, List<String> committed, List<String> errors,
                             LatencyRecorder latency, AtomicLong reads, long deadline) {
        while (System.nanoTime() < deadline) {
            String label = labels.get(random.nextInt(labels.size()));
            String known = committed.get(random.nextInt(committed.size()));
            int kind = random.nextInt(7);
            Reply reply = switch (kind) {
                case 0 -> http.sparql("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a <https://w3id.org/astrolabe/ontology#Fact> } }");
                case 1 -> http.sparql("PREFIX kg: <https://w3id.org/astrolabe/ontology#> SELECT ?a ?b WHERE { ?a kg:cooperatesWith ?b } LIMIT 50");
                case 2 -> http.get("/api/entities?q=" + HttpProbe.encode(label) + "&limit=10");
                case 3 -> http.get("/api/entities/" + Iris.slug(label));
                case 4 -> http.get("/api/documents?limit=20");
                case 5 -> http.get("/api/stats");
                default -> http.get("/api/documents/" + known.substring(DOC_BASE.length()));
            };
            reads.incrementAndGet();
            latency.record(reply.nanos());
            perKind.computeIfAbsent(KINDS[kind], k -> new LatencyRecorder()).record(reply.nanos());
            if (reply.status() != 200) {
                errors.add(reply.describe());
            }
        }
    }

    private static final String[] KINDS = {"sparql-count", "sparql-select", "rest-search", "rest-entity", "rest-documents",
            "rest-stats", "rest-document"};
    private static final Map<String, LatencyRecorder> perKind = new ConcurrentHashMap<>();
    private static final LatencyRecorder ingest = new LatencyRecorder();

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
