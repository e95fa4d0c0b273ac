package org.astrolabe.core.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.astrolabe.core.model.ArticleGraph;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;

/**
 * Export figures: builds (once) a TDB2 store of generated articles with at least the requested number of
 * quads, then exports it in child JVMs with a small heap, with the store's exporter in every format and with
 * Jena's own {@code tdb2.tdbdump}, and prints quads, seconds, quads per second and peak heap for each.
 *
 * <pre>
 * mvn -o -q -B -pl core -am test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
 * java -cp core/target/test-classes:core/target/classes:$(cat core/target/classpath.txt) \
 *      org.astrolabe.core.store.ExportBenchmark [STORE_DIR] [MIN_QUADS] [HEAP] [ROUNDS] [OTHER_FORMATS]
 * </pre>
 * Defaults: {@code target/export-benchmark/store}, 1000000 quads, {@code 256m}, 3 rounds of N-Quads against
 * tdbdump, then {@code TRIG,NTRIPLES,TURTLE,JSONLD} once each ({@code none} for no other format).
 */
public final class ExportBenchmark {
    private static final String CHILD_EXPORT = "export";
    private static final String CHILD_TDBDUMP = "tdbdump";

    private ExportBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && (args[0].equals(CHILD_EXPORT) || args[0].equals(CHILD_TDBDUMP))) {
            child(args);
            return;
        }
        Path folder = Path.of(args.length > 0 ? args[0] : "target/export-benchmark/store");
        long minQuads = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000L;
        String heap = args.length > 2 ? args[2] : "256m";
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        List<String> otherFormats = args.length > 4 ? (args[4].equals("none") ? List.of() : List.of(args[4].split(",")))
                : List.of("TRIG", "NTRIPLES", "TURTLE", "JSONLD");
        long quads = build(folder, minQuads);
        Path out = Files.createDirectories(folder.resolveSibling("out"));
        System.out.printf("store %s: %d quads; every export runs in its own JVM with -Xmx%s, writing to a file%n", folder, quads, heap);
        System.out.printf("%-26s %10s %8s %12s %14s%n", "exporter", "quads", "seconds", "quads/s", "peak heap MB");
        // N-Quads against tdbdump in alternation, so both see the same machine load.
        for (int round = 1; round <= rounds; round++) {
            report("astrolabe export nquads", runChild(heap, CHILD_EXPORT, folder.toString(), out.resolve("astrolabe.nq").toString(), "NQUADS"));
            report("tdb2.tdbdump (N-Quads)", runChild(heap, CHILD_TDBDUMP, folder.toString(), out.resolve("tdbdump.nq").toString()));
        }
        for (String format : otherFormats) {
            report("astrolabe export " + format.toLowerCase(), runChild(heap, CHILD_EXPORT, folder.toString(), out.resolve("astrolabe." + format.toLowerCase()).toString(), format));
        }
        System.out.println("peak heap: the most heap in use, sampled every 10 ms (garbage included)");
    }

    /** Generates articles into the store in batches until it holds at least {@code minQuads} quads. */
    private static long build(Path folder, long minQuads) {
        Iris iris = Iris.defaults();
        GeneratedArticles articles = new GeneratedArticles(iris, 5000, 8);
        ArticleGraph layout = new ArticleGraph(iris);
        Node entitiesGraph = NodeFactory.createURI(iris.entitiesGraph());
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder, iris)) {
            long quads = store.stats().quads();
            int next = store.documents(0, Integer.MAX_VALUE).size();
            long started = System.nanoTime();
            while (quads < minQuads) {
                List<ExtractionResult> batch = new ArrayList<>();
                for (int i = 0; i < 500; i++) {
                    batch.add(articles.article(next++, 1));
                }
                long[] added = {0};
                store.write(dataset -> {
                    DatasetGraph dsg = dataset.asDatasetGraph();
                    for (ExtractionResult result : batch) {
                        Node graphName = NodeFactory.createURI(iris.document(result.article()));
                        Graph graph = layout.articleGraph(result, Instant.now());
                        graph.find().forEachRemaining(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
                        added[0] += graph.size();
                        result.entities().forEach(e -> layout.description(e).forEach(t -> {
                            if (!dsg.contains(entitiesGraph, t.getSubject(), t.getPredicate(), t.getObject())) {
                                dsg.add(entitiesGraph, t.getSubject(), t.getPredicate(), t.getObject());
                                added[0]++;
                            }
                        }));
                    }
                });
                quads += added[0];
                System.err.printf("building: %d articles, %d quads, %.0f s%n", next, quads, (System.nanoTime() - started) / 1e9);
            }
            return store.stats().quads();
        }
    }

    private static String runChild(String heap, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", System.getProperty("java.class.path"), ExportBenchmark.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String result = new String(process.getInputStream().readAllBytes()).strip();
        if (process.waitFor() != 0) {
            return "failed (exit " + process.exitValue() + ")";
        }
        return result;
    }

    private static void report(String name, String childResult) {
        String[] parts = childResult.split(" ");
        if (parts.length != 3 || childResult.startsWith("failed")) {
            System.out.printf("%-26s %s%n", name, childResult);
            return;
        }
        long quads = Long.parseLong(parts[0]);
        double seconds = Double.parseDouble(parts[1]);
        System.out.printf("%-26s %10d %8.1f %12.0f %14.0f%n", name, quads, seconds, quads / seconds, Double.parseDouble(parts[2]));
    }

    /** In the child: export (or dump), then print "quads seconds peakHeapMB" as the only line on stdout. */
    private static void child(String[] args) throws Exception {
        Path folder = Path.of(args[1]);
        Path file = Path.of(args[2]);
        PrintStream stdout = System.out;
        HeapSampler sampler = new HeapSampler();
        sampler.start();
        long started = System.nanoTime();
        long quads;
        if (args[0].equals(CHILD_EXPORT)) {
            RDFFormat format = (RDFFormat) RDFFormat.class.getField(args[3]).get(null);
            try (Tdb2GraphStore store = Tdb2GraphStore.openForStreaming(folder);
                 OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
                quads = store.export(out, format, null);
            }
        } else {
            try (PrintStream out = new PrintStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16), false, "UTF-8")) {
                System.setOut(out);
                tdb2.tdbdump.main("--loc", folder.toString());
            } finally {
                System.setOut(stdout);
            }
            try (Stream<String> lines = Files.lines(file)) {
                quads = lines.count();
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        stdout.println(quads + " " + seconds + " " + sampler.peak() / 1e6);
    }

    /** Samples the heap in use, so the peak is one moment's figure rather than a sum of per-pool peaks. */
    private static final class HeapSampler extends Thread {
        private volatile long peak;

        HeapSampler() {
            setDaemon(true);
        }

        @Override
        public void run() {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long peak() {
            return Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
    }
}
