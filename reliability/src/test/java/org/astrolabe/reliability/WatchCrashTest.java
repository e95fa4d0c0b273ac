package org.astrolabe.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.javalin.Javalin;

/**
 * SIGKILLs a watcher ({@link CrashingWatcher} in a child JVM) in the middle of a poll, then runs it again on
 * the same store: every item of the feed ends up stored exactly once, no article committed before the kill
 * is fetched or extracted again, and at most the one article in extraction at the kill is extracted twice.
 * {@code -Dcrash.seed=N} replays the kill timing.
 */
@Tag("slow")
class WatchCrashTest {
    private static final int ARTICLES = 24;

    @TempDir
    Path workDir;

    @Test
    void aWatcherKilledMidPollResumesWithoutLosingOrReExtractingAnItem() throws Exception {
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        List<String> pageHits = Collections.synchronizedList(new ArrayList<>());
        Javalin site = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/feed.xml", ctx -> {
                StringBuilder items = new StringBuilder();
                for (int i = 1; i <= ARTICLES; i++) {
                    items.append("<item><title>Story ").append(i).append("</title><link>/a/").append(i).append("</link>")
                            .append("<pubDate>Mon, 02 Jun 2025 09:").append(10 + i).append(":00 GMT</pubDate></item>");
                }
                ctx.contentType("application/rss+xml").result("<rss version=\"2.0\"><channel><title>t</title><link>http://x/</link>"
                        + "<description>d</description>" + items + "</channel></rss>");
            });
            cfg.routes.get("/a/{n}", ctx -> {
                pageHits.add(ctx.path());
                String n = ctx.pathParam("n");
                ctx.html("<html><body><article><h1>Agency " + n + " signs a deal</h1><p>The space agency number " + n
                        + " signed a cooperation agreement for mission " + n + " on Monday.</p></article></body></html>");
            });
        }).start("127.0.0.1", 0);
        String base = "http://127.0.0.1:" + site.port();
        Path store = workDir.resolve("store");
        Path log = workDir.resolve("extractions.log");
        try {
            List<String> first = run(store, base + "/feed.xml", log, "1", line -> line.startsWith("STORED "), 5, random.nextInt(150));
            Set<String> committedBefore = first.stream().filter(l -> l.startsWith("STORED ")).map(l -> l.substring(7))
                    .collect(Collectors.toSet());
            List<String> hitsBefore = new ArrayList<>(pageHits);
            pageHits.clear();
            List<String> second = run(store, base + "/feed.xml", log, "2", "DONE"::equals, 1, -1);
            assertThat(second).contains("DONE");

            Iris iris = Iris.defaults();
            Map<String, String> urlByIri = new HashMap<>();
            for (int i = 1; i <= ARTICLES; i++) {
                String url = base + "/a/" + i;
                urlByIri.put(iris.document(new Article("x", url, null, null, "x")), url);
            }
            Set<String> committedUrls = committedBefore.stream().map(urlByIri::get).collect(Collectors.toSet());
            List<String> extractions = Files.readAllLines(log);
            List<String> secondRunExtractions = extractions.stream().filter(l -> l.startsWith("2 ")).map(l -> l.substring(2)).toList();
            assertThat(secondRunExtractions).as("seed %d: committed before the kill, extracted again", seed)
                    .doesNotContainAnyElementsOf(committedUrls);
            assertThat(pageHits).as("seed %d: committed before the kill, fetched again", seed)
                    .doesNotContainAnyElementsOf(committedUrls.stream().map(u -> u.substring(base.length())).toList());
            Map<String, Long> perUrl = extractions.stream().map(l -> l.substring(2)).collect(Collectors.groupingBy(u -> u, Collectors.counting()));
            assertThat(perUrl).as("seed %d: every item extracted", seed).hasSize(ARTICLES);
            assertThat(perUrl.values().stream().filter(n -> n > 1).count()).as("seed %d: extracted twice (in flight at the kill)", seed)
                    .isLessThanOrEqualTo(1);
            assertThat(hitsBefore.size() + pageHits.size()).isLessThanOrEqualTo(ARTICLES + 1);

            try (Tdb2GraphStore graphs = Tdb2GraphStore.open(store)) {
                Map<String, Integer> docsPerUrl = graphs.read(ds -> {
                    DatasetGraph dsg = ds.asDatasetGraph();
                    Map<String, Integer> counts = new HashMap<>();
                    Set<Node> docs = new HashSet<>();
                    dsg.find(Node.ANY, Node.ANY, RDF.type.asNode(), KG.Document.asNode()).forEachRemaining(q -> docs.add(q.getGraph()));
                    for (Node doc : docs) {
                        String url = dsg.find(doc, doc, DCTerms.source.asNode(), Node.ANY).next().getObject().getURI();
                        counts.merge(url, 1, Integer::sum);
                        assertThat(dsg.find(doc, doc, DCTerms.issued.asNode(), Node.ANY).hasNext()).as("dcterms:issued of " + url).isTrue();
                    }
                    return counts;
                });
                assertThat(docsPerUrl).as("seed %d", seed).hasSize(ARTICLES).allSatisfy((url, n) -> assertThat(n).isEqualTo(1));
            }
        } finally {
            site.stop();
        }
    }

    /**
     * Runs the child until it has printed {@code count} lines matching {@code trigger}; then, when
     * {@code pauseMs >= 0}, waits that long and SIGKILLs it, else waits for it to exit by itself.
     */
    private List<String> run(Path store, String feed, Path log, String label, Predicate<String> trigger, int count, int pauseMs)
            throws Exception {
        Path err = Files.createTempFile(workDir, "child", ".err");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-cp", classpath, CrashingWatcher.class.getName(), store.toString(), feed,
                log.toString(), label).redirectError(err.toFile()).start();
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
        List<String> seen = new ArrayList<>();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            int matched = 0;
            while (matched < count && System.nanoTime() < deadline && (child.isAlive() || !lines.isEmpty())) {
                String line = lines.poll(100, TimeUnit.MILLISECONDS);
                if (line != null) {
                    seen.add(line);
                    matched += trigger.test(line) ? 1 : 0;
                }
            }
            assertThat(matched).as("child %s reached its trigger; stderr: %s", label, Files.readString(err)).isEqualTo(count);
            if (pauseMs >= 0) {
                Thread.sleep(pauseMs);
                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(child.exitValue()).as("killed by SIGKILL (128 + 9)").isEqualTo(137);
            } else {
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(child.exitValue()).as(Files.readString(err)).isZero();
            }
            pump.join(10_000);
            lines.drainTo(seen);
            return seen;
        } finally {
            child.destroyForcibly();
        }
    }
}
