package org.astrolabe.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.reliability.support.SyntheticArticles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILLs a child JVM running the server ({@link CrashingIngestServer}) while it ingests, and while it
 * deletes and compacts, over and over on the same store; after every kill the store must open, hold every
 * article the child reported committed (and not deleted), and hold every article it holds completely:
 * exactly the quads the article's generator produces. {@code -Dcrash.runs=N} changes the number of kills
 * per mode (default 5); {@code -Dcrash.seed=N} replays the kill timings.
 */
@Tag("slow")
class CrashRecoveryTest {
    private static final String ENTITIES_GRAPH = Iris.defaults().entitiesGraph();

    @TempDir
    Path workDir;

    @Test
    void killsDuringIngestionLoseNoCommittedArticleAndLeaveNoneHalfWritten() throws Exception {
        crashRepeatedly("ingest", line -> line.startsWith("COMMITTED "), 0, 1500);
    }

    @Test
    void killsDuringCompactionLoseNoCommittedArticleAndLeaveNoneHalfWritten() throws Exception {
        crashRepeatedly("compact", line -> line.startsWith("COMPACT-BEGIN 2"), 0, 150);
    }

    /**
     * Runs the child {@code crash.runs} times; each time waits for the first line matching {@code trigger},
     * then kills it after a random pause between the given bounds.
     */
    private void crashRepeatedly(String mode, Predicate<String> trigger, int minPauseMs, int maxPauseMs) throws Exception {
        int runs = Integer.getInteger("crash.runs", 5);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        System.out.println("crash (" + mode + "): " + runs + " kills, seed " + seed + " (rerun with -Dcrash.seed=" + seed + ")");
        Random random = new Random(seed);
        Path storeDir = workDir.resolve("store");
        SyntheticArticles articles = new SyntheticArticles("crash-" + mode);
        Set<Integer> mustBePresent = new HashSet<>();
        Set<Integer> inFlight = new HashSet<>();
        int next = 0;
        int killedMidStep = 0;
        int totalCommitted = 0;
        for (int run = 0; run < runs; run++) {
            ChildLog log = runAndKill(storeDir, mode, next, trigger, minPauseMs + random.nextInt(maxPauseMs - minPauseMs + 1));
            for (String line : log.lines) {
                String[] f = line.split(" ");
                switch (f[0]) {
                    case "BEGIN" -> {
                        int n = Integer.parseInt(f[1]);
                        inFlight.add(n);
                        next = Math.max(next, n + 1);
                    }
                    case "DELETING" -> {
                        int n = Integer.parseInt(f[1]);
                        mustBePresent.remove(n);
                        inFlight.add(n);
                    }
                    case "COMMITTED" -> {
                        int n = Integer.parseInt(f[1]);
                        inFlight.remove(n);
                        mustBePresent.add(n);
                        assertThat(Long.parseLong(f[3])).as("quads the child stored for article %d", n).isEqualTo(articles.expectedQuads(n));
                        totalCommitted++;
                    }
                    case "DELETED" -> inFlight.remove(Integer.parseInt(f[1]));
                    default -> { }
                }
            }
            String last = log.lastLine();
            if (last.startsWith("BEGIN") || last.startsWith("DELETING") || last.startsWith("COMPACT-BEGIN")) {
                killedMidStep++;
            }
            verifyStore(storeDir, articles, mustBePresent, inFlight, next, run, last);
            System.out.printf("crash (%s) run %d: killed after '%s'; %d articles must be present, %d may be (in flight at a kill); store verified%n",
                    mode, run, last, mustBePresent.size(), inFlight.size());
        }
        System.out.printf("crash (%s): %d kills, %d killed in the middle of a write or compaction, %d commits, 0 articles lost, 0 half-present%n",
                mode, runs, killedMidStep, totalCommitted);
        assertThat(totalCommitted).as("articles committed over all runs").isGreaterThan(runs);
    }

    /**
     * Opens the store after a kill: every article that must be present is there in full; every other graph
     * is a complete article of this series (one that was in flight, or committed and not yet deleted).
     */
    private static void verifyStore(Path storeDir, SyntheticArticles articles, Set<Integer> mustBePresent, Set<Integer> inFlight,
                                    int upTo, int run, String lastLine) {
        Map<String, Integer> numberOf = new HashMap<>();
        for (int n = 0; n < upTo; n++) {
            numberOf.put(articles.documentIri(n), n);
        }
        List<String> problems = new ArrayList<>();
        try (GraphStore store = Tdb2GraphStore.open(storeDir)) {
            Map<String, Long> graphs = store.read(ds -> quadsPerGraph(ds.asDatasetGraph()));
            for (int n : mustBePresent) {
                Long quads = graphs.get(articles.documentIri(n));
                if (quads == null) {
                    problems.add("committed article " + n + " lost");
                } else if (quads != articles.expectedQuads(n)) {
                    problems.add("committed article " + n + " has " + quads + " quads, not " + articles.expectedQuads(n));
                }
            }
            for (Map.Entry<String, Long> graph : graphs.entrySet()) {
                Integer n = numberOf.get(graph.getKey());
                if (graph.getKey().equals(ENTITIES_GRAPH)) {
                    continue;
                }
                if (n == null) {
                    problems.add("unknown graph " + graph.getKey());
                } else if (graph.getValue() != articles.expectedQuads(n)) {
                    problems.add("article " + n + " half-present: " + graph.getValue() + " of " + articles.expectedQuads(n) + " quads");
                } else if (!mustBePresent.contains(n) && !inFlight.contains(n)) {
                    problems.add("article " + n + " present although its delete was committed");
                }
            }
        }
        assertThat(problems).as("store after kill %d (last line '%s')", run, lastLine).isEmpty();
    }

    private static Map<String, Long> quadsPerGraph(DatasetGraph dsg) {
        Map<String, Long> counts = new HashMap<>();
        dsg.listGraphNodes().forEachRemaining((Node g) -> counts.put(g.getURI(), (long) dsg.getGraph(g).size()));
        counts.remove(NodeFactory.createURI(ENTITIES_GRAPH).getURI());
        return counts;
    }

    /** Starts the child, waits for a line matching {@code trigger}, waits {@code pauseMs}, then SIGKILLs it. */
    private ChildLog runAndKill(Path storeDir, String mode, int first, Predicate<String> trigger, int pauseMs) throws Exception {
        Path err = Files.createTempFile(workDir, "child", ".err");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", classpath, CrashingIngestServer.class.getName(),
                storeDir.toString(), mode, "crash-" + mode, Integer.toString(first))
                .redirectError(err.toFile())
                .start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread pump = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the child died: everything it flushed has been read
            }
        });
        pump.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            boolean triggered = false;
            List<String> seen = new ArrayList<>();
            while (!triggered && System.nanoTime() < deadline && child.isAlive()) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null) {
                    seen.add(line);
                    triggered = trigger.test(line);
                }
            }
            assertThat(triggered).as("child reached its trigger; stderr: %s", Files.readString(err)).isTrue();
            Thread.sleep(pauseMs);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child died").isTrue();
            pump.join(10_000);
            lines.drainTo(seen);
            assertThat(child.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
            return new ChildLog(seen);
        } finally {
            child.destroyForcibly();
        }
    }

    private record ChildLog(List<String> lines) {
        String lastLine() {
            return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        }
    }
}
