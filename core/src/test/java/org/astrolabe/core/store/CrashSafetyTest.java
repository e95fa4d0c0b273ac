package org.astrolabe.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.astrolabe.core.model.ArticleGraph;
import org.astrolabe.core.model.ExtractionResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM that is writing to a TDB2 store with SIGKILL at random moments, again and again on the
 * same store, and checks after each kill that the store opens, that every article is exactly one of its
 * committed versions (or absent), and that every operation the child reported as committed is there.
 */
@Tag("slow")
class CrashSafetyTest {
    private static final int ROUNDS = 10;
    private static final int OPERATIONS = 1000;

    @TempDir
    Path temp;

    private final GeneratedArticles articles = new GeneratedArticles(GraphStoreContractTest.IRIS);
    private final ArticleGraph layout = new ArticleGraph(GraphStoreContractTest.IRIS);

    @Test
    void committedArticlesSurviveSigkillAndNothingIsHalfWritten() throws Exception {
        Path folder = temp.resolve("store");
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        Map<Integer, Optional<Set<Triple>>> committed = new HashMap<>();
        int killedMidway = 0;
        int reached = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            String context = "round " + round + " (seed " + seed + ")";
            long started = System.nanoTime();
            int reported = runAndKill(folder, round, random);
            long killed = System.nanoTime();
            if (reported < OPERATIONS) {
                killedMidway++;
            }
            reached = Math.max(reached, Math.min(OPERATIONS, reported + 1));
            try (Tdb2GraphStore store = Tdb2GraphStore.open(folder, GraphStoreContractTest.IRIS)) {
                // Articles past the furthest operation ever reached were never written: they are counted below.
                for (int n = 0; n < reached; n++) {
                    Optional<Set<Triple>> actual = stored(store, n);
                    Optional<Set<Triple>> before = committed.getOrDefault(n, Optional.empty());
                    Optional<Set<Triple>> after = expectedAfter(n, round);
                    if (n < reported) {
                        assertThat(actual).as(context + ": article " + n + " was reported committed").isEqualTo(after);
                    } else if (n == reported) {
                        assertThat(actual).as(context + ": article " + n + " was in flight").isIn(before, after);
                    } else {
                        assertThat(actual).as(context + ": article " + n + " was not reached").isEqualTo(before);
                    }
                    committed.put(n, actual);
                }
                long present = committed.values().stream().filter(Optional::isPresent).count();
                assertThat(store.documents(0, Integer.MAX_VALUE)).as(context + ": articles in the store").hasSize((int) present);
                GraphStoreContractTest.assertEntitiesGraphConsistent(store);
            }
            System.err.printf("crash safety %s: killed after %d of %d operations committed; child %d ms, check %d ms%n",
                    context, reported, OPERATIONS, (killed - started) / 1_000_000, (System.nanoTime() - killed) / 1_000_000);
        }
        assertThat(killedMidway).as("rounds killed before the child finished").isGreaterThanOrEqualTo(ROUNDS / 2);
    }

    /** Runs one child, kills it at a random moment, and returns how many operations it reported committed. */
    private int runAndKill(Path folder, int round, Random random) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(StoreHolderProcess.javaBinary(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                CrashIngestProcess.class.getName(), folder.toString(), Integer.toString(round), Integer.toString(OPERATIONS))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        CountDownLatch ready = new CountDownLatch(1);
        AtomicInteger reported = new AtomicInteger();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.equals("ready")) {
                        ready.countDown();
                    } else if (line.startsWith("done ")) {
                        reported.set(Integer.parseInt(line.substring(5)) + 1);
                    }
                }
            } catch (IOException e) {
                // the child was killed: what it reported so far is what counts
            }
        });
        reader.start();
        if (round % 4 == 0) {
            Thread.sleep(100 + random.nextInt(2400));
        } else {
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("the child opened the store").isTrue();
            Thread.sleep(random.nextInt(2000));
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join();
        return reported.get();
    }

    private Optional<Set<Triple>> expectedAfter(int n, int round) {
        if (CrashIngestProcess.deletes(n, round)) {
            return Optional.empty();
        }
        ExtractionResult result = articles.article(n, round);
        return Optional.of(GraphStoreContractTest.withoutIngestTime(new HashSet<>(layout.articleGraph(result, java.time.Instant.EPOCH).find().toList())));
    }

    private Optional<Set<Triple>> stored(GraphStore store, int n) {
        Node graph = NodeFactory.createURI(GraphStoreContractTest.IRIS.document(articles.article(n, 1).article()));
        Set<Triple> triples = store.read(ds -> {
            Set<Triple> found = new HashSet<>();
            ds.asDatasetGraph().find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> found.add(q.asTriple()));
            return found;
        });
        return triples.isEmpty() ? Optional.empty() : Optional.of(GraphStoreContractTest.withoutIngestTime(triples));
    }
}
