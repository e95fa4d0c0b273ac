package org.astrolabe.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.astrolabe.reliability.support.LatencyRecorder;
import org.astrolabe.reliability.support.LiveServer;
import org.astrolabe.reliability.support.Reply;
import org.astrolabe.reliability.support.ReplyChecks;
import org.astrolabe.reliability.support.SyntheticArticles;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Query bombs (cartesian products, property paths, sorts of huge intermediate results) against a server
 * with a 2 s query timeout: each ends with a clear timeout error soon after 2 s, the heap of the server's
 * JVM (this one; surefire runs it with -Xmx1g) stays bounded, and small queries sent meanwhile keep
 * answering within 1 s.
 */
class RunawayQueryTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final String KG = "PREFIX kg: <https://w3id.org/astrolabe/ontology#> ";
    static final List<String> BOMBS = List.of(
            "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
            "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i",
            "SELECT (COUNT(*) AS ?n) WHERE { ?a (<urn:none>|!<urn:none>)* ?b . ?c (!<urn:none>)+ ?d }",
            KG + "SELECT (COUNT(*) AS ?n) WHERE { ?a (kg:cooperatesWith|^kg:cooperatesWith)* ?b . ?b (kg:cooperatesWith|^kg:cooperatesWith)* ?c . ?c ?p ?o }",
            "SELECT (COUNT(DISTINCT CONCAT(STR(?c), STR(?f), STR(?i))) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            "SELECT (GROUP_CONCAT(STR(?c); separator=\",\") AS ?all) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }");
    private static final String SMALL_QUERY = "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } LIMIT 5";

    @TempDir
    static Path storeDir;
    static LiveServer server;

    @BeforeAll
    static void startWithArticles() {
        server = LiveServer.start(storeDir, TIMEOUT);
        SyntheticArticles articles = new SyntheticArticles("runaway");
        for (int n = 0; n < 60; n++) {
            server.ingest(articles.article(n));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void bombsEndAtTheTimeoutWhileSmallQueriesKeepAnswering() throws Exception {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        long maxHeap = memory.getHeapMemoryUsage().getMax();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        LatencyRecorder smallQueries = new LatencyRecorder();
        List<String> smallFailures = Collections.synchronizedList(new ArrayList<>());

        ExecutorService pool = Executors.newFixedThreadPool(2 + BOMBS.size());
        try {
            pool.submit(() -> {
                while (running.get()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    sleep(20);
                }
            });
            Future<?> prober = pool.submit(() -> {
                while (running.get()) {
                    Reply reply = server.http().sparql(SMALL_QUERY);
                    smallQueries.record(reply.nanos());
                    if (reply.status() != 200 || reply.millis() > 1000) {
                        smallFailures.add(reply.describe() + " in " + Math.round(reply.millis()) + " ms");
                    }
                    sleep(100);
                }
            });
            List<Future<Reply>> bombs = new ArrayList<>();
            for (String bomb : BOMBS) {
                bombs.add(pool.submit(() -> server.http().sparql(bomb)));
            }
            List<String> bombProblems = new ArrayList<>();
            for (int i = 0; i < bombs.size(); i++) {
                Reply reply = bombs.get(i).get();
                System.out.printf("bomb %d: %d in %d ms%n", i, reply.status(), Math.round(reply.millis()));
                if (!endedByTimeout(reply)) {
                    bombProblems.add("bomb " + i + " (" + BOMBS.get(i) + ") " + reply.describe() + " in " + Math.round(reply.millis()) + " ms");
                }
            }
            running.set(false);
            prober.get();

            System.out.printf("runaway: %d bombs, small queries n=%d p50=%.0f ms p99=%.0f ms max=%.0f ms; heap baseline %d MB, peak %d MB of %d MB%n",
                    BOMBS.size(), smallQueries.count(), smallQueries.percentile(50), smallQueries.percentile(99),
                    smallQueries.max(), baseline >> 20, peak.get() >> 20, maxHeap >> 20);
            assertThat(bombProblems).as("bombs not ended by the %s timeout with a clear error", TIMEOUT).isEmpty();
            assertThat(smallFailures).as("small queries failed or took over 1 s during the bombs").isEmpty();
            assertThat(smallQueries.count()).as("small queries sent during the bombs").isGreaterThanOrEqualTo(5);
            assertThat(peak.get()).as("peak heap while the bombs ran").isLessThan((long) (maxHeap * 0.85));
            assertThat(server.http().get("/health").status()).isEqualTo(200);
            assertThat(server.http().sparql(SMALL_QUERY).status()).isEqualTo(200);
        } finally {
            running.set(false);
            pool.shutdownNow();
        }
    }

    /**
     * A bomb must end with an error that says it timed out, within the timeout plus slack for the machine
     * and the small results already streamed; a complete 200 would mean the query was no bomb at all.
     */
    private static boolean endedByTimeout(Reply reply) {
        boolean clearError = reply.status() >= 400 && ReplyChecks.errorBodyProblems(reply).isEmpty()
                && reply.text().toLowerCase().matches("(?s).*(time|timed) ?out.*")
                && ReplyChecks.problems(reply).stream().allMatch(p -> p.startsWith("server error"));
        return clearError && reply.millis() < TIMEOUT.toMillis() + 4000;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
