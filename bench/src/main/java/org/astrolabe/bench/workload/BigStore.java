package org.astrolabe.bench.workload;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

import org.astrolabe.bench.harness.BenchContext;
import org.astrolabe.bench.harness.ChildJvm;
import org.astrolabe.core.model.Iris;

/**
 * The large store the SPARQL, REST, start-up and export sections run on: synthetic article graphs with
 * the real layout ({@link SyntheticResults}), written as N-Quads and loaded with Jena's TDB2 bulk loader.
 * Built once per size and seed in the scratch folder and reused by later runs.
 */
public final class BigStore {
    public static final long SEED = 20250422L;

    /**
     * A built store.
     *
     * @param location  the TDB2 folder
     * @param nquads    the N-Quads it was loaded from
     * @param articles  number of article graphs
     * @param quads     number of quads
     * @param generator the generator, to draw query constants (entity names) from
     */
    public record Built(Path location, Path nquads, int articles, long quads, SyntheticResults generator) {}

    private BigStore() {}

    public static int entityCount(long targetQuads) {
        return (int) Math.max(500, targetQuads / 60);
    }

    public static Built ensure(BenchContext ctx, long targetQuads) throws IOException, InterruptedException {
        Path folder = ctx.work("store-" + targetQuads);
        Path location = folder.resolve("tdb2");
        Path nquads = folder.resolve("data.nq");
        Path ready = folder.resolve("READY");
        SyntheticResults generator = new SyntheticResults(Iris.defaults(), SEED, entityCount(targetQuads));
        if (Files.isRegularFile(ready)) {
            Properties p = new Properties();
            try (var in = Files.newInputStream(ready)) {
                p.load(in);
            }
            ctx.log("reusing the " + p.getProperty("quads") + "-quad store built earlier in " + folder);
            return new Built(location, nquads, Integer.parseInt(p.getProperty("articles")),
                    Long.parseLong(p.getProperty("quads")), generator);
        }
        deleteTree(location);
        ctx.log("generating about " + targetQuads + " quads of synthetic article graphs...");
        SyntheticResults.Written written;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
            written = generator.writeNQuads(Integer.MAX_VALUE, targetQuads, Instant.parse("2025-06-01T00:00:00Z"), out);
        }
        ctx.log("loading " + written.quads() + " quads (" + written.articles() + " articles) with tdb2.tdbloader...");
        int exit = ChildJvm.run(ctx.benchClasspath(), List.of("-Xmx2g"), "tdb2.tdbloader",
                List.of("--loc", location.toString(), nquads.toString()), folder.resolve("tdbloader.log"), 1200);
        if (exit != 0) {
            throw new IOException("tdb2.tdbloader failed with exit code " + exit + " (see " + folder.resolve("tdbloader.log") + ")");
        }
        Properties p = new Properties();
        p.setProperty("articles", Integer.toString(written.articles()));
        p.setProperty("quads", Long.toString(written.quads()));
        try (var out = Files.newOutputStream(ready)) {
            p.store(out, "synthetic store, seed " + SEED);
        }
        return new Built(location, nquads, written.articles(), written.quads(), generator);
    }

    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
