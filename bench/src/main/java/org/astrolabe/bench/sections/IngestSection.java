package org.astrolabe.bench.sections;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.astrolabe.bench.workload.BigStore;
import org.astrolabe.bench.workload.SyntheticResults;
import org.astrolabe.bench.harness.BenchContext;
import org.astrolabe.bench.harness.ChildJvm;
import org.astrolabe.bench.harness.ResultTable.Better;
import org.astrolabe.bench.harness.Section;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.Tdb2GraphStore;

/**
 * Ingest of already-extracted articles: {@code GraphStore.put} (one transaction per article, as the
 * application writes) into an empty TDB2 store, against {@code tdb2.tdbloader} loading the same quads
 * into another empty store.
 */
public final class IngestSection implements Section {
    private static final Pattern LOADER_RATE = Pattern.compile("Rate = ([\\d,.]+) /s");

    /** The rate tdb2.tdbloader reports on its last line ("Time = 7.2 seconds : Quads = 9,890 : Rate = 1,373 /s"). */
    static OptionalDouble loaderReportedRate(List<String> log) {
        OptionalDouble rate = OptionalDouble.empty();
        for (String line : log) {
            Matcher m = LOADER_RATE.matcher(line);
            if (m.find()) {
                rate = OptionalDouble.of(Double.parseDouble(m.group(1).replace(",", "")));
            }
        }
        return rate;
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String description() {
        return "GraphStore.put quads/s vs tdb2.tdbloader on the same data";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        String section = "Ingest";
        int maxArticles = ctx.size(2000, 200);
        var timeLimit = ctx.time(120, 20);
        SyntheticResults generator = new SyntheticResults(Iris.defaults(), BigStore.SEED + 1, BigStore.entityCount(maxArticles * 200L));
        Path folder = ctx.work("ingest");
        Path putStore = folder.resolve("put");
        Path loaderStore = folder.resolve("tdbloader");
        BigStore.deleteTree(putStore);
        BigStore.deleteTree(loaderStore);

        int articles = 0;
        double putSeconds;
        long quads;
        ctx.log("ingest: GraphStore.put of up to " + maxArticles + " synthetic articles (" + timeLimit.toSeconds() + " s at most)...");
        try (GraphStore store = Tdb2GraphStore.open(putStore)) {
            long deadline = System.nanoTime() + timeLimit.toNanos();
            long start = System.nanoTime();
            while (articles < maxArticles && System.nanoTime() < deadline) {
                store.put(generator.article(articles));
                articles++;
            }
            putSeconds = (System.nanoTime() - start) / 1e9;
            quads = store.stats().quads();
        }
        double putRate = quads / putSeconds;

        Path nquads = folder.resolve("same-articles.nq");
        SyntheticResults.Written written;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
            written = generator.writeNQuads(articles, Long.MAX_VALUE, Instant.parse("2025-06-01T00:00:00Z"), out);
        }
        ctx.log("ingest: tdb2.tdbloader of the same " + written.quads() + " quads...");
        long start = System.nanoTime();
        int exit = ChildJvm.run(ctx.benchClasspath(), List.of("-Xmx2g"), "tdb2.tdbloader",
                List.of("--loc", loaderStore.toString(), nquads.toString()), folder.resolve("tdbloader.log"), 900);
        double loaderSeconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            ctx.table().missing(section, "tdb2.tdbloader", "exit code " + exit);
        }
        OptionalDouble reported = exit == 0 ? loaderReportedRate(Files.readAllLines(folder.resolve("tdbloader.log"))) : OptionalDouble.empty();
        double loaderRate = reported.orElse(exit == 0 ? written.quads() / loaderSeconds : Double.NaN);
        ctx.table().versus(section, "quads/s into an empty TDB2 store", putRate, "tdb2.tdbloader", loaderRate, Better.HIGHER, Double.NaN,
                String.format("%d articles, %d quads; put: one transaction per article; tdbloader: its own reported rate%s, %.0f quads/s with JVM start",
                        articles, quads, reported.isPresent() ? "" : " (not found, wall time used)", written.quads() / loaderSeconds));
        ctx.table().figure(section, "articles/s via GraphStore.put", articles / putSeconds, null);
    }
}
