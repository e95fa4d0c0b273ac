package org.astrolabe.bench.sections;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;

import org.astrolabe.bench.workload.BigStore;
import org.astrolabe.bench.harness.AlternatingPhases;
import org.astrolabe.bench.harness.BenchContext;
import org.astrolabe.bench.harness.ChildJvm;
import org.astrolabe.bench.harness.Components;
import org.astrolabe.bench.harness.GcLog;
import org.astrolabe.bench.harness.Http;
import org.astrolabe.bench.harness.Latencies;
import org.astrolabe.bench.harness.LoadGenerator;
import org.astrolabe.bench.harness.ProcStatus;
import org.astrolabe.bench.harness.Profiles;
import org.astrolabe.bench.harness.ResultTable.Better;
import org.astrolabe.bench.harness.ServeCommand;
import org.astrolabe.bench.harness.Section;
import org.astrolabe.core.model.ExtractedEntity;

/**
 * Everything measured on a running server over the large store, sharing one {@code astrolabe serve}
 * child: time to the first SPARQL answer and model load time ("startup"), peak RSS with models loaded
 * ("memory"), REST entity lookup under 32 clients ("rest"), and the SPARQL query mix against Fuseki on
 * a copy of the same TDB2 data, both servers running and measured in alternating phases ("sparql":
 * throughput, latency of the mix and of each kind of query in it, GC pauses of each server's JVM). Each part
 * runs only when its name is selected.
 */
public final class ServerSection implements Section {
    public static final Set<String> PARTS = Set.of("startup", "memory", "rest", "sparql");
    private static final String SPARQL_JSON = "application/sparql-results+json";
    private static final int SPARQL_CLIENTS = 4;
    /** Measured phases per server on the query mix, alternating with the other server's. */
    private static final int SPARQL_PHASES_EACH = 6;
    private static final int REST_CLIENTS = 32;
    /** Issue 13's bound on the server's peak resident size after the load tests: 3 GB. */
    private static final double PEAK_RSS_LIMIT_MB = 3 * 1024;

    private final Set<String> parts;
    private final String serveArgs;

    /** @param serveArgs the serve command's arguments, with {store} and {port} replaced */
    public ServerSection(Set<String> parts, String serveArgs) {
        this.parts = parts;
        this.serveArgs = serveArgs;
    }

    @Override
    public String name() {
        return String.join("+", parts);
    }

    @Override
    public String description() {
        return "astrolabe serve: time to first answer, model load, RSS, REST lookup, SPARQL vs Fuseki";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        BigStore.Built store = BigStore.ensure(ctx, ctx.size(1_000_000, 200_000));
        Path folder = ctx.work("serve");
        String appClasspath;
        try {
            appClasspath = ctx.appClasspath();
        } catch (Components.Missing e) {
            for (String part : parts) {
                ctx.table().missing(part, "astrolabe serve", e.getMessage());
            }
            return;
        }
        int port = Http.freePort();
        List<String> args = ServeCommand.arguments(serveArgs, store.location(), port);
        // Started as ./astrolabe serve starts it: from the launcher's class-data archive when it made one.
        boolean shared = ServeCommand.archiveOption().isPresent();
        List<String> jvm = ServeCommand.jvmOptions(ctx);
        Path jfr = folder.resolve("astrolabe-serve.jfr");
        Path gc = folder.resolve("astrolabe-serve-gc.log");
        jvm.add(GcLog.option(gc));
        if (ctx.profile()) {
            jvm.add(Profiles.childOption(jfr));
        }
        URI base = URI.create("http://127.0.0.1:" + port);
        QueryMix mix = new QueryMix(store.generator().entities());
        List<AlternatingPhases.Measured> sparql = null;
        // Fuseki runs beside Astrolabe's server, so it gets a copy of the TDB2 folder (a folder is one process's).
        Path fusekiStore = folder.resolve("fuseki-store");
        if (parts.contains("sparql")) {
            copyStore(store.location(), fusekiStore);
        }
        ctx.log("serve: starting astrolabe serve on the " + store.quads() + "-quad store (" + String.join(" ", args) + ")...");
        try (ChildJvm server = ChildJvm.start(appClasspath, jvm, "org.astrolabe.app.Main", args, folder.resolve("astrolabe-serve.log"))) {
            URI ask = base.resolve("/sparql?query=" + Http.encode("ASK {}"));
            boolean up = Http.awaitSuccess(ask, SPARQL_JSON, Duration.ofSeconds(120), server::isAlive);
            double firstAnswer = server.secondsSinceStart();
            if (!up) {
                String why = "no SPARQL answer within 120 s: " + server.logTail(3).replace('\n', ' ');
                parts.forEach(p -> ctx.table().missing(p, "astrolabe serve", why));
                return;
            }
            if (parts.contains("startup")) {
                ctx.table().figureWithLimit("Startup", "time to first SPARQL answer (s)", firstAnswer, Better.LOWER, 3.0,
                        "child JVM start to first 200 on /sparql, " + store.quads() + "-quad store"
                                + (shared ? ", the launcher's AppCDS archive" : ", no AppCDS archive"));
            }
            Readiness readiness = awaitModels(base.resolve("/ready"), ctx.time(300, 120), server);
            boolean ready = readiness.failure() == null;
            double modelsLoaded = server.secondsSinceStart();
            if (parts.contains("startup")) {
                if (ready) {
                    ctx.table().figure("Startup", "model load, start to /ready (s)", modelsLoaded, "CoreNLP models load in the background");
                } else {
                    ctx.table().missing("Startup", "model load (s)", readiness.failure());
                }
            }
            if (parts.contains("memory")) {
                double rss = server.peakRssBytes().orElse(-1) / 1048576.0;
                ctx.table().figure("Memory", "peak RSS of astrolabe serve, models loaded (MB)", rss < 0 ? Double.NaN : rss,
                        "VmHWM, " + String.join(" ", ctx.serverJvm()) + (ready ? "" : "; models NOT loaded"));
            }
            if (parts.contains("rest")) {
                rest(ctx, base, store.generator().entities());
            }
            if (parts.contains("sparql")) {
                sparql = sparqlBesideFuseki(ctx, fusekiStore, folder, mix,
                        new AlternatingPhases.Server("astrolabe", i -> base.resolve("/sparql?query=" + Http.encode(mix.query(i))), server, gc));
            }
            if (parts.contains("memory")) {
                double rss = server.peakRssBytes().orElse(-1) / 1048576.0;
                ctx.table().figureWithLimit("Memory", "peak RSS of astrolabe serve after the load tests (MB)", rss < 0 ? Double.NaN : rss,
                        Better.LOWER, PEAK_RSS_LIMIT_MB, "VmHWM, " + String.join(" ", ctx.serverJvm()) + "; " + residentParts(server.pid()));
            }
        }
        if (ctx.profile() && Files.exists(jfr)) {
            ctx.hotspots("astrolabe serve, start-up and load tests: top frames", Profiles.topFrames(jfr, 8));
            ctx.hotspots("astrolabe serve, start-up and load tests: nearest Astrolabe frame", Profiles.ownFrames(jfr, 8));
        }
        if (parts.contains("sparql")) {
            deleteStore(fusekiStore);
            if (sparql != null) {
                report(ctx, sparql.get(0), sparql.get(1));
            }
        }
    }

    /** Copies a TDB2 folder, without the lock files that name the process using it. */
    private static void copyStore(Path from, Path to) throws java.io.IOException {
        deleteStore(to);
        try (var files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!file.getFileName().toString().equals("tdb.lock")) {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void deleteStore(Path folder) throws java.io.IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /**
     * What the server's resident set is made of now: anonymous memory (the heap, the JVM's own and native
     * allocations) and pages of mapped files (the store's, the search index's, the JVM's class archive).
     */
    private static String residentParts(long pid) {
        long anon = ProcStatus.kilobytes(pid, "RssAnon").orElse(-1);
        long file = ProcStatus.kilobytes(pid, "RssFile").orElse(-1);
        if (anon < 0 || file < 0) {
            return "resident parts unknown";
        }
        return String.format(Locale.ROOT, "now %d MB anonymous, %d MB of mapped files", anon / 1024, file / 1024);
    }

    /** Whether the models loaded: failure is null when they did, else why not. */
    record Readiness(String failure) {}

    /** Waits for /ready to answer 200; stops early when it says loading failed (its 503 body says so). */
    private static Readiness awaitModels(URI ready, Duration timeout, ChildJvm server) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            Http.Answer answer = Http.get(ready, "application/json");
            if (answer.status() == 200) {
                return new Readiness(null);
            }
            if (answer.status() == 404) {
                return new Readiness("the server has no /ready");
            }
            if (answer.body().contains("unavailable")) {
                return new Readiness("model loading failed: " + answer.body().replaceAll("\\s+", " "));
            }
            Thread.sleep(100);
        }
        return new Readiness("/ready did not answer 200 within " + timeout.toSeconds() + " s");
    }

    private void rest(BenchContext ctx, URI base, List<ExtractedEntity> entities) throws InterruptedException {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < Math.min(entities.size(), 1000); i++) {
            String label = entities.get(i).label();
            queries.add(switch (i % 3) {
                case 0 -> label;
                case 1 -> label.toLowerCase(Locale.ROOT);
                default -> QueryMix.firstWord(label);
            });
        }
        LongFunction<URI> request = i -> base.resolve("/api/entities?q=" + Http.encode(queries.get((int) (i % queries.size()))) + "&limit=10");
        LoadGenerator.Result r;
        try (LoadGenerator load = new LoadGenerator(REST_CLIENTS)) {
            ctx.log("rest: warm-up...");
            load.run(request, "application/json", 2000, ctx.time(10, 3));
            ctx.log("rest: " + REST_CLIENTS + " clients on /api/entities?q=...");
            r = load.run(request, "application/json", 10_000_000, ctx.time(40, 8)); // time ends it (1,000,000 requests once ended it after 32 s)
        }
        String note = r.requests() + " requests, " + r.errors() + " errors" + (r.firstError() == null ? "" : " (first: " + r.firstError() + ")");
        ctx.table().figureWithLimit("REST", "entity lookup p99 at " + REST_CLIENTS + " clients (ms)", r.latencies().percentileMillis(99), Better.LOWER, 10, note);
        ctx.table().figure("REST", "entity lookup p50 (ms)", r.latencies().percentileMillis(50), null);
        ctx.table().figure("REST", "entity lookup requests/s", r.perSecond(), "load generator on the same 2 cores");
    }

    /**
     * The query mix on Astrolabe's server and on Fuseki, both running: each warmed up in turn, then measured in
     * alternating phases ({@link AlternatingPhases}) that add up to the same measured time each as one long
     * phase would. Null when Fuseki did not start.
     */
    private List<AlternatingPhases.Measured> sparqlBesideFuseki(BenchContext ctx, Path fusekiStore, Path folder, QueryMix mix,
                                                               AlternatingPhases.Server ours) throws Exception {
        int port = Http.freePort();
        URI base = URI.create("http://127.0.0.1:" + port);
        ctx.log("sparql: starting Fuseki (read-only, a copy of the same TDB2 data, " + String.join(" ", ctx.serverJvm()) + ")...");
        Path gc = folder.resolve("fuseki-gc.log");
        List<String> fusekiJvm = new ArrayList<>(ctx.serverJvm());
        fusekiJvm.add(GcLog.option(gc));
        try (ChildJvm fuseki = ChildJvm.start(ctx.benchClasspath(), fusekiJvm,
                FusekiChild.class.getName(), List.of(fusekiStore.toString(), Integer.toString(port)),
                folder.resolve("fuseki.log"))) {
            URI ask = base.resolve("/ds/query?query=" + Http.encode("ASK {}"));
            if (!Http.awaitSuccess(ask, SPARQL_JSON, Duration.ofSeconds(120), fuseki::isAlive)) {
                ctx.note("Fuseki did not start: " + fuseki.logTail(3).replace('\n', ' '));
                return null;
            }
            ctx.table().figure("SPARQL", "Fuseki: time to first SPARQL answer (s)", fuseki.secondsSinceStart(), "for comparison with Startup");
            AlternatingPhases.Server theirs = new AlternatingPhases.Server("fuseki",
                    i -> base.resolve("/ds/query?query=" + Http.encode(mix.query(i))), fuseki, gc);
            try (LoadGenerator warmUp = new LoadGenerator(SPARQL_CLIENTS)) {
                for (AlternatingPhases.Server server : List.of(ours, theirs)) {
                    ctx.log("sparql (" + server.name() + "): warm-up...");
                    warmUp.run(server.request(), SPARQL_JSON, 400, ctx.time(15, 4));
                }
            }
            Duration phase = ctx.time(45, 10).dividedBy(SPARQL_PHASES_EACH);
            ctx.log("sparql: " + SPARQL_CLIENTS + " clients on the query mix, " + SPARQL_PHASES_EACH + " phases of "
                    + phase.toMillis() + " ms on each server, alternating...");
            return new AlternatingPhases(SPARQL_CLIENTS, QueryMix::kind, SPARQL_JSON)
                    .measure(ours, theirs, SPARQL_PHASES_EACH, phase, line -> ctx.log("sparql: " + line));
        }
    }

    private static void report(BenchContext ctx, AlternatingPhases.Measured ours, AlternatingPhases.Measured fuseki) {
        LoadGenerator.Result a = ours.result();
        LoadGenerator.Result b = fuseki == null ? null : fuseki.result();
        String note = a.requests() + " vs " + (b == null ? 0 : b.requests()) + " requests, " + SPARQL_CLIENTS + " clients; errors "
                + a.errors() + " vs " + (b == null ? 0 : b.errors()) + (a.firstError() == null ? "" : " (first: " + a.firstError() + ")");
        ctx.table().versus("SPARQL", "query mix, queries/s", a.perSecond(), "Fuseki", b == null ? Double.NaN : b.perSecond(), Better.HIGHER, 0.9, note);
        ctx.table().versus("SPARQL", "query mix p50 (ms)", a.latencies().percentileMillis(50), "Fuseki",
                b == null ? Double.NaN : b.latencies().percentileMillis(50), Better.LOWER, Double.NaN, null);
        ctx.table().versus("SPARQL", "query mix p99 (ms)", a.latencies().percentileMillis(99), "Fuseki",
                b == null ? Double.NaN : b.latencies().percentileMillis(99), Better.LOWER, Double.NaN,
                "slowest 1% by kind: " + tail(a) + (b == null ? "" : "; Fuseki's: " + tail(b)));
        GcLog.Pauses p = ours.pauses();
        GcLog.Pauses q = fuseki == null ? new GcLog.Pauses(0, Double.NaN, Double.NaN) : fuseki.pauses();
        ctx.table().versus("SPARQL", "GC pauses while measured, total (ms)", p.totalMs(), "Fuseki", q.totalMs(), Better.LOWER,
                Double.NaN, p.count() + " vs " + q.count() + " pauses; the server's own GC log");
        ctx.table().versus("SPARQL", "longest GC pause while measured (ms)", p.longestMs(), "Fuseki", q.longestMs(), Better.LOWER,
                Double.NaN, null);
        for (String kind : QueryMix.KINDS) {
            Latencies x = a.kind(kind);
            Latencies y = b == null ? new Latencies() : b.kind(kind);
            ctx.table().versus("SPARQL", kind + " p50 (ms)", x.percentileMillis(50), "Fuseki", y.percentileMillis(50),
                    Better.LOWER, Double.NaN, x.count() + " vs " + y.count() + " queries");
            ctx.table().versus("SPARQL", kind + " p99 (ms)", x.percentileMillis(99), "Fuseki", y.percentileMillis(99),
                    Better.LOWER, Double.NaN, null);
        }
    }

    /**
     * Which kinds make the slowest 1% of a run (the requests at or above its p99), most first: the kind that
     * sets the p99 is the one at the head.
     */
    static String tail(LoadGenerator.Result r) {
        double p99 = r.latencies().percentileMillis(99);
        int slow = r.latencies().countAtLeastMillis(p99);
        if (slow == 0) {
            return "none";
        }
        Map<String, Integer> counts = new java.util.TreeMap<>();
        r.byKind().forEach((kind, l) -> {
            int n = l.countAtLeastMillis(p99);
            if (n > 0) {
                counts.put(kind, n);
            }
        });
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(java.util.stream.Collectors.joining(", ")) + " of " + slow;
    }
}
