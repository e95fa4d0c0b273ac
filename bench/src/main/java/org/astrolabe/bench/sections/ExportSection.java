package org.astrolabe.bench.sections;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.astrolabe.bench.workload.BigStore;
import org.astrolabe.bench.harness.BenchContext;
import org.astrolabe.bench.harness.ChildJvm;
import org.astrolabe.bench.harness.GcLog;
import org.astrolabe.bench.harness.Profiles;
import org.astrolabe.bench.harness.ResultTable.Better;
import org.astrolabe.bench.harness.Section;

/**
 * Export of the large store as N-Quads: Astrolabe's streaming {@code GraphStore.export} against
 * {@code tdb2.tdbdump}, each in a child JVM with the same small heap limit; peak heap from each child's
 * GC log.
 */
public final class ExportSection implements Section {
    static final String HEAP = "256m";

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String description() {
        return "GraphStore.export quads/s and peak heap vs tdb2.tdbdump (-Xmx" + HEAP + ")";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        String section = "Export";
        BigStore.Built store = BigStore.ensure(ctx, ctx.size(1_000_000, 200_000));
        Path folder = ctx.work("export");

        Path ourGc = folder.resolve("astrolabe-gc.log");
        Path ourOut = folder.resolve("astrolabe.nq");
        List<String> ourJvm = new ArrayList<>(List.of("-Xmx" + HEAP, GcLog.option(ourGc)));
        Path ourJfr = folder.resolve("astrolabe-export.jfr");
        if (ctx.profile()) {
            ourJvm.add(Profiles.childOption(ourJfr));
        }
        ctx.log("export: GraphStore.export of " + store.quads() + " quads with -Xmx" + HEAP + "...");
        long start = System.nanoTime();
        int exit = ChildJvm.run(ctx.benchClasspath(), ourJvm, ExportChild.class.getName(),
                List.of(store.location().toString(), ourOut.toString()), folder.resolve("astrolabe-export.log"), 900);
        double ourSeconds = (System.nanoTime() - start) / 1e9;
        String ourLog = Files.readString(folder.resolve("astrolabe-export.log"));
        if (exit != 0) {
            ctx.table().missing(section, "GraphStore.export", "exit code " + exit + ": " + lastLine(ourLog));
        }

        Path theirGc = folder.resolve("tdbdump-gc.log");
        Path theirOut = folder.resolve("tdbdump.nq");
        ctx.log("export: tdb2.tdbdump of the same store with -Xmx" + HEAP + "...");
        start = System.nanoTime();
        int theirExit = ChildJvm.run(ctx.benchClasspath(), List.of("-Xmx" + HEAP, GcLog.option(theirGc)), "tdb2.tdbdump",
                List.of("--loc", store.location().toString()), theirOut, 900);
        double theirSeconds = (System.nanoTime() - start) / 1e9;

        double ourRate = exit == 0 ? store.quads() / ourSeconds : Double.NaN;
        double theirRate = theirExit == 0 ? store.quads() / theirSeconds : Double.NaN;
        String note = store.quads() + " quads; child JVMs with -Xmx" + HEAP + ", time includes JVM start";
        ctx.table().versus(section, "quads/s, N-Quads", ourRate, "tdb2.tdbdump", theirRate, Better.HIGHER, Double.NaN, note);
        double ourPeak = exit == 0 ? GcLog.peakHeapBytes(ourGc) / 1048576.0 : Double.NaN;
        double theirPeak = theirExit == 0 ? GcLog.peakHeapBytes(theirGc) / 1048576.0 : Double.NaN;
        ctx.table().versus(section, "peak heap (MB, from GC log)", ourPeak, "tdb2.tdbdump", theirPeak, Better.LOWER, Double.NaN,
                "completing under -Xmx" + HEAP + " is the constant-memory check");
        if (ctx.profile() && exit == 0 && Files.exists(ourJfr)) {
            ctx.hotspots("export (GraphStore.export): top frames", Profiles.topFrames(ourJfr, 8));
        }
        Files.deleteIfExists(ourOut);
        Files.deleteIfExists(theirOut);
    }

    private static String lastLine(String log) {
        String[] lines = log.strip().split("\n");
        return lines[lines.length - 1];
    }
}
