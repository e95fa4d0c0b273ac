package org.astrolabe.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.BiFunction;
import java.util.function.Supplier;

import org.astrolabe.api.AstrolabeServer;
import org.astrolabe.api.ExtractorLoader;
import org.astrolabe.api.ServerConfig;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.core.store.remote.RemoteSparqlGraphStore;
import org.astrolabe.core.store.remote.SparqlEndpoints;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.extractor.CoreNlpExtractor;
import org.astrolabe.extractor.ingest.IngestSummary;
import org.astrolabe.extractor.ingest.Ingestor;
import org.astrolabe.ontology.KG;
import org.astrolabe.seeds.SeedCorpus;
import org.astrolabe.watch.FetchPolicy;
import org.astrolabe.watch.PollReport;
import org.astrolabe.watch.SourceSpec;
import org.astrolabe.watch.SourcesFile;
import org.astrolabe.watch.Watcher;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over HTTP: SPARQL 1.1 (/sparql, /update, /data), the REST API (/api/...), "
                + "linked data (/resource/...), the web page (/) and API docs (/docs).",
                "Reads are open to everyone; writes need --token (or ASTROLABE_TOKEN) and the header "
                        + "'Authorization: Bearer <token>'. Without a token the server accepts no writes.",
                "A new, empty store is filled with the bundled seed articles in the background (unless --no-seed)."})
public final class ServeCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "./data/store",
            description = "The store folder (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--sparql-endpoint", paramLabel = "URL",
            description = "Keep the graph in a remote SPARQL 1.1 store instead of --store: a Fuseki dataset URL such as "
                    + "http://fuseki:3030/astrolabe, answering queries, updates and the graph store protocol at /query, /update "
                    + "and /data below it (see docs/scale-out.md).")
    String sparqlEndpoint;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = ServerConfig.DEFAULT_HOST,
            description = "Address to bind (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--token", paramLabel = "T", defaultValue = "${env:ASTROLABE_TOKEN}",
            description = "Bearer token that enables writes (default: the ASTROLABE_TOKEN environment variable; none: read-only).")
    String token;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = KG.RESOURCE_BASE,
            description = "Base IRI of entities and documents (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--no-seed", description = "Do not ingest the bundled seed articles into an empty store.")
    boolean noSeed;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Longest a SPARQL query may run (default: ${DEFAULT-VALUE}).")
    int queryTimeoutSeconds;

    @Option(names = "--result-limit", paramLabel = "N", defaultValue = "10000",
            description = "Most rows or triples one SPARQL query returns (default: ${DEFAULT-VALUE}).")
    int resultLimit;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "1048576",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxBody;

    @Option(names = "--extraction-timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Longest the extraction of one posted article may take (default: ${DEFAULT-VALUE}).")
    int extractionTimeoutSeconds;

    @Option(names = "--backups", paramLabel = "DIR",
            description = "Where POST /$/backup (astrolabe backup --server) writes its files (default: backups beside the store folder).")
    Path backups;

    @Option(names = "--cors", paramLabel = "ORIGIN", split = ",",
            description = "Origins allowed to call the API from a browser page (default: none).")
    List<String> corsOrigins;

    @Option(names = "--watch", paramLabel = "SOURCES",
            description = "Follow the news sources of this file (see docs/sources.md) once the language models are loaded: "
                    + "their new and changed articles are stored as they appear; GET /api/sources shows their state.")
    Path watchSources;

    @Mixin
    GazetteerOption gazetteer;

    @Spec
    CommandSpec spec;

    private final BiFunction<Path, Iris, GraphStore> openStore;
    private final Supplier<ArticleExtractor> extractor;
    private final Supplier<List<Article>> seeds;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile Runnable shutdown = () -> {};
    /** Set when the server stops, so that a watcher whose models finished loading just then is not started. */
    private volatile boolean stopping;

    /** The command as {@code astrolabe serve} runs it: a TDB2 store, the seed corpus, the extractor on the class path. */
    public ServeCommand() {
        this(Tdb2GraphStore::open, CoreNlpExtractor::shared, SeedCorpus::articles);
    }

    /**
     * @param openStore opens (or creates) the store in a folder
     * @param extractor loads the extractor; called once, on a background thread
     * @param seeds     the articles a new store starts with
     */
    public ServeCommand(BiFunction<Path, Iris, GraphStore> openStore, Supplier<ArticleExtractor> extractor,
                        Supplier<List<Article>> seeds) {
        this.openStore = Objects.requireNonNull(openStore, "openStore");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.seeds = Objects.requireNonNull(seeds, "seeds");
    }

    /** The folder {@code backups} beside the store folder: {@code ./data/backups} for the default store, as {@code astrolabe backup} writes. */
    static Path backupsBeside(Path storeFolder) {
        return storeFolder.toAbsolutePath().normalize().resolveSibling("backups");
    }

    @Override
    public Integer call() throws InterruptedException {
        // The user's gazetteers are read now, so that a bad file fails at once; without any, nothing is read
        // before the port opens (the bundled gazetteer loads with the models).
        boolean ownGazetteers = !gazetteer.files.isEmpty();
        if (ownGazetteers) {
            gazetteer.apply();
        }
        Supplier<ArticleExtractor> models = ownGazetteers ? extractor : () -> {
            gazetteer.apply();
            return extractor.get();
        };
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config = ServerConfig.defaults().withHost(host).withPort(port).withBaseIri(base).withWriteToken(token)
                .withQueryTimeout(Duration.ofSeconds(queryTimeoutSeconds)).withResultLimit(resultLimit).withMaxBodyBytes(maxBody)
                .withCorsOrigins(corsOrigins == null ? List.of() : corsOrigins)
                .withExtractionTimeout(Duration.ofSeconds(extractionTimeoutSeconds))
                .withBackupFolder(backups != null ? backups : sparqlEndpoint == null ? backupsBeside(store) : ServerConfig.DEFAULT_BACKUP_FOLDER);
        // Read before anything starts: a bad sources file fails at once.
        List<SourceSpec> sources = watchSources == null ? List.of() : SourcesFile.read(watchSources);
        GraphStore graphs = sparqlEndpoint == null ? openStore.apply(store, new Iris(base))
                : RemoteSparqlGraphStore.connect(SparqlEndpoints.fuseki(sparqlEndpoint), new Iris(base), Clock.systemUTC());
        boolean empty = !graphs.hasDocuments();
        // Listen first: model loading (tens of seconds of CPU) starts only once the first query is answered.
        ExtractorLoader loader = ExtractorLoader.later(models);
        AstrolabeServer server;
        try {
            server = AstrolabeServer.create(config, graphs, loader).start();
        } catch (RuntimeException e) {
            graphs.close();
            throw new IllegalStateException("cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
        }
        server.afterFirstAnswer("astrolabe-model-start", loader::start);
        java.util.concurrent.atomic.AtomicReference<Watcher> watcher = new java.util.concurrent.atomic.AtomicReference<>();
        Runnable close = new Runnable() {
            private boolean done;

            @Override
            public synchronized void run() {
                if (!done) {
                    done = true;
                    stopping = true;
                    Watcher w = watcher.getAndSet(null);
                    if (w != null) {
                        w.close();
                    }
                    server.close();
                    graphs.close();
                }
                stopped.countDown();
            }
        };
        shutdown = close;
        Runtime.getRuntime().addShutdownHook(new Thread(close, "astrolabe-shutdown"));

        String url = server.url();
        out.println("Astrolabe is serving " + (sparqlEndpoint == null ? store : sparqlEndpoint) + " at " + url + "/");
        out.println("  web page     " + url + "/");
        out.println("  SPARQL       " + url + "/sparql   (update: " + url + "/update, graph store: " + url + "/data)");
        out.println("  REST API     " + url + "/api/entities?q=suparco   (docs: " + url + "/docs)");
        out.println("  writes       " + (config.writesEnabled() ? "enabled with the bearer token" : "disabled (start with --token T or ASTROLABE_TOKEN to enable)"));
        out.println("Language models are loading in the background; ingestion starts when " + url + "/ready says so. Ctrl-C stops.");
        out.flush();

        if (empty && !noSeed) {
            loader.whenReady().thenAcceptAsync(ready -> ingestSeeds(graphs, ready, server, out, err));
        }
        if (!sources.isEmpty()) {
            loader.whenReady().thenAcceptAsync(ready -> startWatching(sources, graphs, ready, server, watcher, out));
        }
        loader.whenReady().whenComplete((ready, error) -> {
            if (error == null) {
                out.println("Language models loaded: ingestion is available.");
            } else {
                err.println("astrolabe serve: extraction unavailable (" + rootMessage(error) + "); queries keep working");
            }
            out.flush();
            err.flush();
        });
        stopped.await();
        return 0;
    }

    /** Stops a running command (as Ctrl-C does): the server stops listening and the store is closed. */
    void stop() {
        shutdown.run();
        stopped.countDown();
    }

    /** Starts the watcher once the models are loaded; it is closed with the server (before the store). */
    private synchronized void startWatching(List<SourceSpec> sources, GraphStore graphs, ArticleExtractor ready, AstrolabeServer server,
                                            java.util.concurrent.atomic.AtomicReference<Watcher> holder, PrintWriter out) {
        Watcher w = new Watcher(graphs, ready, new Iris(base), FetchPolicy.defaults(), 2, new Watcher.Listener() {
            @Override
            public void pollDone(PollReport report) {
                synchronized (out) {
                    out.println(report.progressLine());
                    out.flush();
                }
            }

            @Override
            public void documentStored(String documentIri) {
                server.documentStored(documentIri);
            }
        });
        holder.set(w);
        if (stopping) {
            // The server stopped while the models loaded: the close above may have missed this watcher.
            holder.set(null);
            w.close();
            return;
        }
        server.watch(w);
        sources.forEach(w::add);
        out.println("Watching " + sources.size() + (sources.size() == 1 ? " source" : " sources") + " (GET /api/sources).");
        out.flush();
    }

    private void ingestSeeds(GraphStore graphs, ArticleExtractor ready, AstrolabeServer server, PrintWriter out, PrintWriter err) {
        try {
            List<Article> articles = seeds.get();
            out.println("Empty store: ingesting " + articles.size() + " bundled seed articles...");
            out.flush();
            IngestSummary summary = new Ingestor(graphs, ready).ingest(articles, (position, total, outcome) -> {
                if (!outcome.failed()) {
                    server.documentStored(outcome.documentIri());
                }
                out.println("  " + outcome.progressLine(position, total));
                out.flush();
            });
            out.println(summary.describe());
            out.flush();
        } catch (RuntimeException e) {
            err.println("astrolabe serve: seed ingestion failed: " + rootMessage(e));
            err.flush();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
