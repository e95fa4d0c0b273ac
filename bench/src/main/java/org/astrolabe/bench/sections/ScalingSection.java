package org.astrolabe.bench.sections;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.LongFunction;

import org.astrolabe.bench.harness.BenchContext;
import org.astrolabe.bench.harness.ChildJvm;
import org.astrolabe.bench.harness.Components;
import org.astrolabe.bench.harness.Http;
import org.astrolabe.bench.harness.LoadGenerator;
import org.astrolabe.bench.harness.Machine;
import org.astrolabe.bench.harness.Section;
import org.astrolabe.bench.harness.ServeCommand;
import org.astrolabe.bench.scaling.ScalingMetric;
import org.astrolabe.bench.scaling.ScalingPoint;
import org.astrolabe.bench.scaling.ScalingPoint.Pair;
import org.astrolabe.bench.scaling.StoreSizes;
import org.astrolabe.bench.workload.BigStore;
import org.astrolabe.bench.workload.PrecomputedExtractor;
import org.astrolabe.bench.workload.SyntheticResults;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.extractor.ingest.IngestOptions;
import org.astrolabe.extractor.ingest.IngestSummary;
import org.astrolabe.extractor.ingest.Ingestor;

/**
 * How cost grows with store size: at each size, the synthetic store of that size (built once and cached
 * like the million-quad store) is measured four ways, each beside its baseline: entity lookup p99 (REST,
 * 32 clients) against Fuseki answering the same names with a SPARQL label lookup; the SPARQL query mix
 * against Fuseki; ingest of all the store's articles into an empty store against {@code tdb2.tdbloader}
 * loading the store's own N-Quads; export against {@code tdb2.tdbdump}. Load phases are shorter than the
 * rest and sparql sections' so that several sizes fit in one run. A size that fails is reported with what
 * it did measure, and the run goes on to the next.
 */
public final class ScalingSection implements Section {
    private static final String SPARQL_JSON = "application/sparql-results+json";
    private static final int REST_CLIENTS = 32;
    private static final int SPARQL_CLIENTS = 4;
    private static final String EXPORT_HEAP = ExportSection.HEAP;

    private final List<Long> sizes;
    private final String serveArgs;
    private final List<ScalingPoint> points = new ArrayList<>();

    /** @param serveArgs the serve command's arguments, with {store} and {port} replaced */
    public ScalingSection(List<Long> sizes, String serveArgs) {
        this.sizes = List.copyOf(sizes);
        this.serveArgs = serveArgs;
    }

    @Override
    public String name() {
        return "scaling";
    }

    @Override
    public String description() {
        return "lookup p99, SPARQL mix, ingest and export at " + String.join(", ", sizes.stream().map(StoreSizes::label).toList())
                + " quads, each beside its baseline";
    }

    /** What was measured, one point per size in the order run. */
    public List<ScalingPoint> points() {
        return List.copyOf(points);
    }

    /** The load phases of this run, for the report: warm-up and measured seconds of each load test. */
    public static String phases(BenchContext ctx) {
        return String.format(Locale.ROOT, "%d s warm-up and %d s measured per load test", warmUp(ctx).toSeconds(), measured(ctx).toSeconds());
    }

    private static Duration warmUp(BenchContext ctx) {
        return ctx.time(5, 2);
    }

    private static Duration measured(BenchContext ctx) {
        return ctx.time(15, 4);
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        for (long size : sizes) {
            String label = StoreSizes.label(size);
            double loadBefore = Machine.loadAverage();
            long start = System.nanoTime();
            ctx.log("== scaling: " + label + " quads (load average " + loadBefore + ")");
            Map<ScalingMetric, Pair> figures = new EnumMap<>(ScalingMetric.class);
            List<String> notes = new ArrayList<>();
            BigStore.Built store = null;
            try {
                long buildStart = System.nanoTime();
                store = BigStore.ensure(ctx, size);
                double buildMinutes = (System.nanoTime() - buildStart) / 60e9;
                if (buildMinutes > 0.1) {
                    notes.add(String.format(Locale.ROOT, "store generated and loaded in %.1f min", buildMinutes));
                }
                Path folder = ctx.work("scaling/" + label);
                BigStore.Built built = store;
                attempt(ctx, "server", notes, () -> server(ctx, built, folder, figures, notes));
                attempt(ctx, "ingest", notes, () -> ingest(ctx, built, folder, figures, notes));
                attempt(ctx, "export", notes, () -> export(ctx, built, folder, figures, notes));
            } catch (Exception | Error e) {
                failed(ctx, "store", notes, e);
            }
            double minutes = (System.nanoTime() - start) / 60e9;
            points.add(new ScalingPoint(size, store == null ? size : store.quads(), store == null ? 0 : store.articles(),
                    loadBefore, Machine.loadAverage(), minutes, figures, notes));
            ctx.log(String.format(Locale.ROOT, "scaling %s done in %.1f min", label, minutes));
        }
    }

    /** One part of a size's measurements, which may fail without stopping the others. */
    private interface Part {
        void run() throws Exception;
    }

    private static void attempt(BenchContext ctx, String what, List<String> notes, Part part) {
        try {
            part.run();
        } catch (Exception | Error e) {
            failed(ctx, what, notes, e);
        }
    }

    private static void failed(BenchContext ctx, String what, List<String> notes, Throwable e) {
        String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse(""));
        notes.add(what + " failed: " + reason);
        ctx.log("scaling: " + what + " failed: " + reason);
        if (System.getenv("ASTROLABE_DEBUG") != null) {
            e.printStackTrace();
        }
    }

    /** Lookup p99 and SPARQL mix on Astrolabe's server, then the same on Fuseki over the same TDB2 folder. */
    private void server(BenchContext ctx, BigStore.Built store, Path folder, Map<ScalingMetric, Pair> figures, List<String> notes)
            throws Exception {
        List<ExtractedEntity> entities = store.generator().entities().subList(0, Math.min(1000, store.generator().entities().size()));
        QueryMix mix = new QueryMix(store.generator().entities());
        LoadGenerator.Result ourLookup = null;
        LoadGenerator.Result ourMix = null;
        try {
            String appClasspath = ctx.appClasspath();
            int port = Http.freePort();
            URI base = URI.create("http://127.0.0.1:" + port);
            List<String> args = ServeCommand.arguments(serveArgs, store.location(), port);
            List<String> jvm = ServeCommand.jvmOptions(ctx);
            ctx.log("scaling: astrolabe serve on " + store.quads() + " quads...");
            try (ChildJvm server = ChildJvm.start(appClasspath, jvm, "org.astrolabe.app.Main", args, folder.resolve("astrolabe-serve.log"))) {
                if (!Http.awaitSuccess(base.resolve("/sparql?query=" + Http.encode("ASK {}")), SPARQL_JSON, Duration.ofSeconds(600), server::isAlive)) {
                    throw new IllegalStateException("astrolabe serve did not answer: " + server.logTail(3).replace('\n', ' '));
                }
                // Model loading takes the CPU for tens of seconds after the first answer: measure after it, as
                // a server that has been up a while is, and after the entity index answers.
                String notReady = awaitModels(base.resolve("/ready"), Duration.ofSeconds(600), server);
                if (notReady != null) {
                    notes.add("measured without the models loaded: " + notReady);
                }
                URI firstLookup = base.resolve("/api/entities?q=" + Http.encode(entities.get(0).label()) + "&limit=10");
                if (!Http.awaitSuccess(firstLookup, "application/json", Duration.ofSeconds(600), server::isAlive)) {
                    throw new IllegalStateException("no entity lookup answer: " + server.logTail(3).replace('\n', ' '));
                }
                ourLookup = load(ctx, "astrolabe lookup", REST_CLIENTS, restLookup(base, entities), "application/json");
                ourMix = load(ctx, "astrolabe sparql", SPARQL_CLIENTS, i -> base.resolve("/sparql?query=" + Http.encode(mix.query(i))), SPARQL_JSON);
            }
        } catch (Components.Missing e) {
            notes.add("astrolabe serve: " + e.getMessage());
        }

        LoadGenerator.Result theirLookup = null;
        LoadGenerator.Result theirMix = null;
        int port = Http.freePort();
        URI base = URI.create("http://127.0.0.1:" + port);
        ctx.log("scaling: Fuseki on the same TDB2 folder...");
        try (ChildJvm fuseki = ChildJvm.start(ctx.benchClasspath(), ctx.serverJvm(), FusekiChild.class.getName(),
                List.of(store.location().toString(), Integer.toString(port)), folder.resolve("fuseki.log"))) {
            if (Http.awaitSuccess(base.resolve("/ds/query?query=" + Http.encode("ASK {}")), SPARQL_JSON, Duration.ofSeconds(600), fuseki::isAlive)) {
                theirLookup = load(ctx, "fuseki lookup", REST_CLIENTS,
                        i -> base.resolve("/ds/query?query=" + Http.encode(labelLookup(entities.get((int) (i % entities.size()))))), SPARQL_JSON);
                theirMix = load(ctx, "fuseki sparql", SPARQL_CLIENTS, i -> base.resolve("/ds/query?query=" + Http.encode(mix.query(i))), SPARQL_JSON);
            } else {
                notes.add("Fuseki did not start: " + fuseki.logTail(3).replace('\n', ' '));
            }
        }
        figures.put(ScalingMetric.LOOKUP_P99, new Pair(p99(ourLookup), p99(theirLookup)));
        figures.put(ScalingMetric.SPARQL_MIX, new Pair(perSecond(ourMix), perSecond(theirMix)));
        notes.add("lookup " + requests(ourLookup) + " vs " + requests(theirLookup) + " requests, mix " + requests(ourMix) + " vs "
                + requests(theirMix));
    }

    /** Waits for /ready to answer 200: null when it did, else why not (its 503 says when loading failed). */
    private static String awaitModels(URI ready, Duration timeout, ChildJvm server) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            Http.Answer answer = Http.get(ready, "application/json");
            if (answer.status() == 200) {
                return null;
            }
            if (answer.status() == 404 || answer.body().contains("unavailable")) {
                return "/ready answered " + answer.status() + " " + answer.body().replaceAll("\\s+", " ");
            }
            Thread.sleep(200);
        }
        return "/ready did not answer 200 within " + timeout.toSeconds() + " s";
    }

    /** The REST section's requests: names, lower-cased names and first words of the first 1,000 entities. */
    private static LongFunction<URI> restLookup(URI base, List<ExtractedEntity> entities) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            String label = entities.get(i).label();
            queries.add(switch (i % 3) {
                case 0 -> label;
                case 1 -> label.toLowerCase(Locale.ROOT);
                default -> QueryMix.firstWord(label);
            });
        }
        return i -> base.resolve("/api/entities?q=" + Http.encode(queries.get((int) (i % queries.size()))) + "&limit=10");
    }

    /**
     * The baseline of a lookup: what a SPARQL user writes to find an entity by its name (exact label, as the
     * query mix's lookups), for the same entities the REST requests name. Less work than the REST search,
     * which also matches lower-cased names, first words and near misses and ranks the hits.
     */
    static String labelLookup(ExtractedEntity entity) {
        return QueryMix.PREFIXES + "SELECT ?e ?type WHERE { ?e rdfs:label " + QueryMix.literal(entity.label()) + "@en ; rdf:type ?type } LIMIT 10";
    }

    private static LoadGenerator.Result load(BenchContext ctx, String what, int clients, LongFunction<URI> request, String accept)
            throws InterruptedException {
        LoadGenerator.Result result;
        try (LoadGenerator load = new LoadGenerator(clients)) {
            ctx.log("scaling: " + what + ", " + clients + " clients...");
            load.run(request, accept, 1_000_000, warmUp(ctx));
            result = load.run(request, accept, 1_000_000, measured(ctx));
        }
        if (result.errors() > 0) {
            ctx.log("scaling: " + what + ": " + result.errors() + " errors, first: " + result.firstError());
        }
        return result;
    }

    /**
     * Astrolabe's batch ingest of every article of the store into an empty store, against tdb2.tdbloader
     * loading the N-Quads the store was built from into another empty store.
     */
    private static void ingest(BenchContext ctx, BigStore.Built store, Path folder, Map<ScalingMetric, Pair> figures, List<String> notes)
            throws Exception {
        List<ExtractionResult> results = new ArrayList<>(store.articles());
        for (int i = 0; i < store.articles(); i++) {
            results.add(store.generator().article(i));
        }
        IngestOptions options = IngestOptions.defaults();
        Path ours = folder.resolve("ingest-astrolabe");
        BigStore.deleteTree(ours);
        ctx.log("scaling: ingest of " + results.size() + " articles into an empty store...");
        double ourRate;
        try (GraphStore target = Tdb2GraphStore.open(ours)) {
            Ingestor ingestor = new Ingestor(target, new PrecomputedExtractor(results, SyntheticResults.EXTRACTOR_VERSION), options);
            long start = System.nanoTime();
            IngestSummary summary = ingestor.ingest(PrecomputedExtractor.articlesOf(results), Ingestor.Listener.SILENT);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (summary.hasFailures()) {
                throw new IllegalStateException(summary.describe());
            }
            ourRate = target.stats().quads() / seconds;
        }
        results = null;
        BigStore.deleteTree(ours);

        Path theirs = folder.resolve("ingest-tdbloader");
        BigStore.deleteTree(theirs);
        ctx.log("scaling: tdb2.tdbloader of the store's " + store.quads() + " quads...");
        Path log = folder.resolve("tdbloader.log");
        long start = System.nanoTime();
        int exit = ChildJvm.run(ctx.benchClasspath(), List.of("-Xmx2g"), "tdb2.tdbloader",
                List.of("--loc", theirs.toString(), store.nquads().toString()), log, 3600);
        double seconds = (System.nanoTime() - start) / 1e9;
        OptionalDouble reported = exit == 0 ? IngestSection.loaderReportedRate(Files.readAllLines(log)) : OptionalDouble.empty();
        double theirRate = exit != 0 ? Double.NaN : reported.orElse(store.quads() / seconds);
        if (exit != 0) {
            notes.add("tdb2.tdbloader: exit code " + exit);
        }
        BigStore.deleteTree(theirs);
        figures.put(ScalingMetric.INGEST, new Pair(ourRate, theirRate));
    }

    /** Export of the store as N-Quads, each tool in a child JVM with a small heap, JVM start included. */
    private static void export(BenchContext ctx, BigStore.Built store, Path folder, Map<ScalingMetric, Pair> figures, List<String> notes)
            throws Exception {
        Path ourOut = folder.resolve("astrolabe.nq");
        ctx.log("scaling: export of " + store.quads() + " quads...");
        long start = System.nanoTime();
        int exit = ChildJvm.run(ctx.benchClasspath(), List.of("-Xmx" + EXPORT_HEAP), ExportChild.class.getName(),
                List.of(store.location().toString(), ourOut.toString()), folder.resolve("astrolabe-export.log"), 3600);
        double ourSeconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            notes.add("GraphStore.export: exit code " + exit + ": " + lastLine(folder.resolve("astrolabe-export.log")));
        }
        Files.deleteIfExists(ourOut);
        Path theirOut = folder.resolve("tdbdump.nq");
        start = System.nanoTime();
        int theirExit = ChildJvm.run(ctx.benchClasspath(), List.of("-Xmx" + EXPORT_HEAP), "tdb2.tdbdump",
                List.of("--loc", store.location().toString()), theirOut, 3600);
        double theirSeconds = (System.nanoTime() - start) / 1e9;
        if (theirExit != 0) {
            // Its messages went to the output file with the quads: the last line says why it stopped.
            notes.add("tdb2.tdbdump: exit code " + theirExit + ": " + lastLine(theirOut));
        }
        Files.deleteIfExists(theirOut);
        figures.put(ScalingMetric.EXPORT, new Pair(exit == 0 ? store.quads() / ourSeconds : Double.NaN,
                theirExit == 0 ? store.quads() / theirSeconds : Double.NaN));
    }

    /** The last line of a file that may be large (a dump): read from its last few kilobytes. */
    static String lastLine(Path file) throws java.io.IOException {
        try (java.io.RandomAccessFile in = new java.io.RandomAccessFile(file.toFile(), "r")) {
            long from = Math.max(0, in.length() - 4096);
            byte[] tail = new byte[(int) (in.length() - from)];
            in.seek(from);
            in.readFully(tail);
            String[] lines = new String(tail, java.nio.charset.StandardCharsets.UTF_8).strip().split("\n");
            return lines[lines.length - 1].strip();
        }
    }

    private static double p99(LoadGenerator.Result r) {
        return r == null || r.requests() == 0 ? Double.NaN : r.latencies().percentileMillis(99);
    }

    private static double perSecond(LoadGenerator.Result r) {
        return r == null ? Double.NaN : r.perSecond();
    }

    private static String requests(LoadGenerator.Result r) {
        return r == null ? "0" : r.requests() + (r.errors() == 0 ? "" : " (" + r.errors() + " errors)");
    }
}
