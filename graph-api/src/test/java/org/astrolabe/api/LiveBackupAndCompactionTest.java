package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Backup and compaction of a live TDB2 store through {@code /$/backup}, {@code /$/compact} and
 * {@code /$/tasks}, while reader threads keep querying the server.
 */
class LiveBackupAndCompactionTest {
    private static final int BULK_GRAPHS = 10;
    private static final int QUADS_PER_GRAPH = 1000;

    @TempDir
    Path temp;

    /** A TDB2 store with the sample articles and enough other quads for a backup or a compaction to take a while. */
    private Tdb2GraphStore filledStore() {
        Tdb2GraphStore store = Tdb2GraphStore.open(temp.resolve("store"));
        store.put(SampleArticles.agreementArticle());
        store.put(SampleArticles.cooperationArticle());
        for (int g = 0; g < BULK_GRAPHS; g++) {
            Node graph = NodeFactory.createURI("https://example.org/bulk/" + g);
            store.write(ds -> {
                DatasetGraph dsg = ds.asDatasetGraph();
                for (int i = 0; i < QUADS_PER_GRAPH; i++) {
                    dsg.add(graph, NodeFactory.createURI("https://example.org/item/" + i),
                            NodeFactory.createURI("https://example.org/p/" + (i % 7)), NodeFactory.createLiteralString("value " + graph + " " + i));
                }
            });
        }
        return store;
    }

    private ServerFixture server(GraphStore store) {
        return new ServerFixture(store, c -> c.withBackupFolder(temp.resolve("backups")), ExtractorLoader.none());
    }

    @Test
    void backupOfALiveServerRestoresToTheSameQuadsWhileReadsGoOn() throws Exception {
        try (ServerFixture fx = server(filledStore())) {
            DatasetGraph stored = copyOf(fx.store);
            JsonNode task;
            try (ReadLoad reads = new ReadLoad(fx, 4)) {
                reads.awaitRequests(20);
                HttpResponse<String> started = post(fx, "/$/backup", ServerFixture.TOKEN);
                assertThat(started.statusCode()).isEqualTo(202);
                JsonNode body = ServerFixture.json(started);
                assertThat(body.path("href").asText()).isEqualTo("/$/tasks/" + body.path("taskId").asText());
                assertThat(started.headers().firstValue("Location")).contains(body.path("href").asText());
                task = awaitFinished(fx, body.path("href").asText());
                reads.awaitRequests(reads.count() + 20);
                reads.stop();
                assertThat(reads.failures()).as("reads answered other than 200").isEmpty();
            }
            assertThat(task.path("state").asText()).as(task.toString()).isEqualTo("succeeded");
            assertThat(task.path("kind").asText()).isEqualTo("backup");
            assertThat(task.has("finishedAt")).isTrue();
            Path file = Path.of(task.path("result").path("file").asText());
            assertThat(file).exists().hasParent(temp.resolve("backups").toAbsolutePath());
            assertThat(file.getFileName().toString()).matches("astrolabe-backup-.*\\.nq\\.gz");
            assertThat(task.path("result").path("bytes").asLong()).isEqualTo(Files.size(file));
            assertThat(task.path("result").path("quads").asLong()).isEqualTo(stored.stream().count());

            DatasetGraph restored = DatasetGraphFactory.createGeneral();
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                RDFParser.source(in).lang(Lang.NQUADS).parse(restored);
            }
            assertThat(restored.stream().count()).isGreaterThan(BULK_GRAPHS * QUADS_PER_GRAPH);
            assertThat(IsoMatcher.isomorphic(stored, restored)).as("restored backup equals the store").isTrue();

            JsonNode list = ServerFixture.json(fx.get("/$/tasks"));
            assertThat(list.path("tasks")).hasSize(1);
            assertThat(list.path("tasks").get(0).path("taskId").asText()).isEqualTo(task.path("taskId").asText());
        }
    }

    @Test
    void compactionOfALiveServerKeepsTheQuadsAndDoesNotGrowTheStoreWhileReadsGoOn() throws Exception {
        try (ServerFixture fx = server(filledStore())) {
            // Re-writing graphs leaves the old copies behind in TDB2's files: there is something to reclaim.
            for (int g = 0; g < BULK_GRAPHS / 2; g++) {
                Node graph = NodeFactory.createURI("https://example.org/bulk/" + g);
                fx.store.write(ds -> ds.asDatasetGraph().deleteAny(graph, Node.ANY, Node.ANY, Node.ANY));
            }
            DatasetGraph before = copyOf(fx.store);
            long bytesBefore = fx.store.bytesOnDisk().orElseThrow();
            JsonNode task;
            try (ReadLoad reads = new ReadLoad(fx, 4)) {
                reads.awaitRequests(20);
                HttpResponse<String> started = post(fx, "/$/compact", ServerFixture.TOKEN);
                assertThat(started.statusCode()).isEqualTo(202);
                task = awaitFinished(fx, ServerFixture.json(started).path("href").asText());
                reads.awaitRequests(reads.count() + 20);
                reads.stop();
                assertThat(reads.failures()).as("reads answered other than 200").isEmpty();
            }
            assertThat(task.path("state").asText()).as(task.toString()).isEqualTo("succeeded");
            long after = task.path("result").path("bytesAfter").asLong();
            assertThat(task.path("result").path("bytesBefore").asLong()).isGreaterThanOrEqualTo(bytesBefore);
            assertThat(after).isPositive().isLessThan(bytesBefore);
            assertThat(fx.store.bytesOnDisk().orElseThrow()).isEqualTo(after);
            assertThat(IsoMatcher.isomorphic(before, copyOf(fx.store))).as("quads unchanged by compaction").isTrue();
            assertThat(fx.get("/api/entities/suparco").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aSecondTaskOfAKindWhileOneRunsIsAConflictNamingTheRunningOne() throws Exception {
        try (ServerFixture fx = server(filledStore())) {
            // Compaction waits for the write transaction in progress: hold one open to keep the task running.
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Thread writer = new Thread(() -> fx.store.write(ds -> {
                writing.countDown();
                await(release);
            }));
            writer.start();
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
            try {
                HttpResponse<String> first = post(fx, "/$/compact", ServerFixture.TOKEN);
                assertThat(first.statusCode()).isEqualTo(202);
                String id = ServerFixture.json(first).path("taskId").asText();

                HttpResponse<String> second = post(fx, "/$/compact", ServerFixture.TOKEN);
                assertThat(second.statusCode()).isEqualTo(409);
                assertThat(ServerFixture.json(second).path("taskId").asText()).isEqualTo(id);
                assertThat(ServerFixture.json(fx.get("/$/tasks/" + id)).path("state").asText()).isEqualTo("running");
                // A task of another kind is not a conflict (it starts, then waits its turn for the store).
                HttpResponse<String> backup = post(fx, "/$/backup", ServerFixture.TOKEN);
                assertThat(backup.statusCode()).isEqualTo(202);
            } finally {
                release.countDown();
                writer.join(10_000);
            }
            JsonNode list = ServerFixture.json(fx.get("/$/tasks"));
            assertThat(list.path("tasks")).hasSize(2);
            for (JsonNode task : list.path("tasks")) {
                assertThat(awaitFinished(fx, task.path("href").asText()).path("state").asText()).isEqualTo("succeeded");
            }
            assertThat(post(fx, "/$/compact", ServerFixture.TOKEN).statusCode()).as("once finished, another may start").isEqualTo(202);
        }
    }

    @Test
    void startingATaskNeedsTheToken() throws Exception {
        try (ServerFixture fx = server(filledStore())) {
            for (String path : List.of("/$/backup", "/$/compact")) {
                assertThat(post(fx, path, null).statusCode()).as(path + " without a token").isEqualTo(401);
                assertThat(post(fx, path, "wrong").statusCode()).as(path + " with a wrong token").isEqualTo(401);
            }
            assertThat(ServerFixture.json(fx.get("/$/tasks")).path("tasks")).isEmpty();
            assertThat(fx.get("/$/tasks/1").statusCode()).isEqualTo(404);
        }
        try (ServerFixture readOnly = new ServerFixture(c -> c.withWriteToken(null).withBackupFolder(temp.resolve("b")), ExtractorLoader.none())) {
            assertThat(post(readOnly, "/$/backup", ServerFixture.TOKEN).statusCode()).isEqualTo(403);
            assertThat(post(readOnly, "/$/compact", ServerFixture.TOKEN).statusCode()).isEqualTo(403);
        }
        assertThat(temp.resolve("b")).doesNotExist();
    }

    @Test
    void aFailedBackupIsReportedAsFailed() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("occupied"), "a file where the backup folder should be");
        try (ServerFixture fx = new ServerFixture(c -> c.withBackupFolder(notAFolder), ExtractorLoader.none())) {
            HttpResponse<String> started = post(fx, "/$/backup", ServerFixture.TOKEN);
            assertThat(started.statusCode()).isEqualTo(202);
            JsonNode task = awaitFinished(fx, ServerFixture.json(started).path("href").asText());
            assertThat(task.path("state").asText()).isEqualTo("failed");
            assertThat(task.path("error").asText()).contains("occupied");
            assertThat(task.has("result")).isFalse();
        }
    }

    private static HttpResponse<String> post(ServerFixture fx, String path, String token) {
        HttpRequest.Builder request = fx.request(path).POST(HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return fx.send(request.build());
    }

    private static JsonNode awaitFinished(ServerFixture fx, String href) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            HttpResponse<String> response = fx.get(href);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode task = ServerFixture.json(response);
            if (!task.path("state").asText().equals("running")) {
                return task;
            }
            assertThat(System.nanoTime()).as("task " + href + " finishes").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    /** Every quad of the store, copied out of one read transaction. */
    private static DatasetGraph copyOf(GraphStore store) {
        List<Quad> quads = store.read(ds -> Iter.toList(ds.asDatasetGraph().find()));
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        quads.forEach(copy::add);
        return copy;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Threads that query the server (SPARQL, entity pages, entity search) until stopped, noting every non-200. */
    private static final class ReadLoad implements AutoCloseable {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicInteger requests = new AtomicInteger();
        private final Map<String, Integer> failures = new ConcurrentHashMap<>();
        private final List<Thread> threads = new ArrayList<>();

        ReadLoad(ServerFixture fx, int threadCount) {
            List<String> paths = List.of(
                    "/sparql?query=" + ServerFixture.enc("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
                    "/api/entities/suparco",
                    "/sparql?query=" + ServerFixture.enc("SELECT ?s ?o WHERE { ?s <https://example.org/p/3> ?o } LIMIT 50"),
                    "/api/entities/cmsa/neighbors?depth=1",
                    "/api/stats");
            for (int t = 0; t < threadCount; t++) {
                int offset = t;
                Thread thread = new Thread(() -> {
                    for (int i = offset; running.get(); i++) {
                        String path = paths.get(i % paths.size());
                        int status;
                        try {
                            status = fx.http.send(fx.request(path).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        if (status != 200) {
                            failures.merge(path + " -> " + status, 1, Integer::sum);
                        }
                        requests.incrementAndGet();
                    }
                }, "reader-" + t);
                thread.start();
                threads.add(thread);
            }
        }

        int count() {
            return requests.get();
        }

        void awaitRequests(int n) throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (requests.get() < n && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(requests.get()).as("reads answered").isGreaterThanOrEqualTo(n);
        }

        Map<String, Integer> failures() {
            return failures;
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread thread : threads) {
                thread.join(30_000);
            }
        }

        @Override
        public void close() throws InterruptedException {
            stop();
        }
    }
}
