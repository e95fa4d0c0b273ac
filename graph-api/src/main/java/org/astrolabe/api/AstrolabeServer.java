package org.astrolabe.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.NodeFactory;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

/**
 * The Astrolabe HTTP server: SPARQL 1.1 Protocol (query, update, graph store), the JSON REST API, linked
 * data, health and metrics, and the web page's static files, over one {@link GraphStore}.
 *
 * <p>Lifecycle: {@link #start()} starts listening, then, once the first request is answered, brings the entity
 * search index in step with the store on a low-priority thread (the extractor's loading may be deferred the
 * same way, {@link #afterFirstAnswer}); {@link #close()} stops
 * listening, after waiting for a running backup or compaction to finish. The store belongs to the caller and is
 * not closed. Production ({@code astrolabe serve}) and
 * tests start this same class.
 */
public final class AstrolabeServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AstrolabeServer.class);

    private final ServerConfig config;
    private final GraphStore store;
    private final ExtractorLoader extractor;
    private final EntityIndex index;
    private final ExtractionRunner extraction;
    private final GraphReader reader;
    private final Metrics metrics = new Metrics();
    private final AfterFirstAnswer startupWork;
    private final AdminTasks tasks = new AdminTasks(java.time.Clock.systemUTC());
    private final StoreFigures storeFigures = new StoreFigures();
    private final java.util.Set<String> routePaths = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final Javalin app;
    private volatile boolean closing;
    private volatile org.astrolabe.watch.Watcher watcher;

    private AstrolabeServer(ServerConfig config, GraphStore store, ExtractorLoader extractor) {
        this.config = config;
        this.store = store;
        this.extractor = extractor;
        this.startupWork = new AfterFirstAnswer(AfterFirstAnswer.DEFAULT_GRACE);
        Iris iris = new Iris(config.baseIri());
        this.index = store instanceof org.astrolabe.core.store.Tdb2GraphStore tdb2
                ? EntityIndex.onDisk(store, iris.entitiesGraph(), tdb2.derivedDataFolder(), tdb2::committedState)
                : new EntityIndex(store, iris.entitiesGraph());
        this.extraction = new ExtractionRunner(config.extractionTimeout());
        this.reader = new GraphReader(new Ids(iris.base()), iris.entitiesGraph(), iris.curationGraph(), store::curatedView);
        this.app = Javalin.create(this::configure);
        registerGauges();
    }

    /** The server's own figures in {@code /metrics}, beside the requests, the JVM and Jetty. */
    private void registerGauges() {
        metrics.gauge("astrolabe_store_quads", "Quads in the store (NaN when the store cannot be read).",
                storeFigures, StoreFigures::quads);
        metrics.gauge("astrolabe_store_articles", "Articles in the store (NaN when the store cannot be read).",
                storeFigures, StoreFigures::articles);
        metrics.gauge("astrolabe_index_entities", "Entities in the search index.", index, EntityIndex::size);
        metrics.counter("astrolabe_index_rebuilds",
                "Full rebuilds of the entity search index from the store (none at a start that reuses the index on disk).",
                index::rebuilds);
        metrics.gauge("astrolabe_models_ready", "1 once the language models are loaded, else 0.",
                extractor, e -> e.ready() ? 1 : 0);
        registerWatchCounters();
        metrics.counter("astrolabe_shape_violations", "SHACL shape violations in the article graphs written since the server started.",
                store::shapeViolations);
    }

    /** The watcher's totals ({@code astrolabe_watch_*}): 0 while the server watches nothing. */
    private void registerWatchCounters() {
        Map<String, java.util.function.ToLongFunction<org.astrolabe.watch.Watcher>> counters = new LinkedHashMap<>();
        counters.put("astrolabe_watch_polls|Polls of watched sources.", w -> w.counters().polls());
        counters.put("astrolabe_watch_poll_failures|Polls of watched sources that failed (listing unreadable or unreachable).",
                w -> w.counters().pollFailures());
        counters.put("astrolabe_watch_articles_stored|Articles from watched sources stored for the first time.",
                w -> w.counters().articlesStored());
        counters.put("astrolabe_watch_articles_replaced|Articles from watched sources whose changed text replaced their graph.",
                w -> w.counters().articlesReplaced());
        counters.put("astrolabe_watch_duplicates|Articles from watched sources not stored: their text is stored under another URL.",
                w -> w.counters().duplicates());
        counters.put("astrolabe_watch_item_failures|Items of watched sources that could not be fetched or stored.",
                w -> w.counters().itemFailures());
        counters.put("astrolabe_watch_requests|HTTP requests sent to watched sources (robots.txt included).", w -> w.requests());
        counters.put("astrolabe_watch_robots_refusals|URLs of watched sources not fetched because robots.txt forbids them.",
                w -> w.robotsRefusals());
        counters.forEach((key, read) -> {
            String[] parts = key.split("\\|", 2);
            metrics.counter(parts[0], parts[1], () -> {
                org.astrolabe.watch.Watcher w = watcher;
                return w == null ? 0 : read.applyAsLong(w);
            });
        });
    }

    /**
     * Shows a watcher's sources and figures in {@code /api/sources} and {@code /metrics}, and lets the API add
     * and remove sources. The watcher belongs to the caller, who closes it before the store.
     */
    public void watch(org.astrolabe.watch.Watcher sources) {
        this.watcher = sources;
    }

    /** A server over {@code store}; nothing listens until {@link #start()}. */
    public static AstrolabeServer create(ServerConfig config, GraphStore store, ExtractorLoader extractor) {
        return new AstrolabeServer(config, store, extractor);
    }

    /**
     * Starts listening on the configured host and port, then brings the entity search index in step with the
     * store in the background, once the first request is answered, a REST request arrives or 3 s have passed:
     * SPARQL answers at once; a search waits for the index (up to 20 s, then 503 with Retry-After).
     */
    public AstrolabeServer start() {
        app.start(config.host(), config.port());
        metrics.instrumentStarted(app.jettyServer().server());
        startupWork.run("astrolabe-indexer", () -> {
            long begin = System.nanoTime();
            try {
                boolean rebuilt = index.load();
                LOG.info("Entity index: {} entities {} in {} ms", index.size(), rebuilt ? "built from the store" : "reused from disk",
                        (System.nanoTime() - begin) / 1_000_000);
            } catch (RuntimeException e) {
                if (!closing) {
                    LOG.error("Could not build the entity index: {}", e.toString(), e);
                }
                index.buildFailed(e);
            }
        });
        return this;
    }

    /**
     * Runs heavy start-up work of the caller's (such as {@link ExtractorLoader#start()}) as the server's own
     * index work runs: on a low-priority thread, once the first request is answered or the grace period has
     * passed, so that it does not delay the first answers; never if the server is closed before.
     */
    public void afterFirstAnswer(String name, Runnable task) {
        startupWork.run(name, task);
    }

    /** The port listened on (useful with port 0). */
    public int port() {
        return app.port();
    }

    /** The base URL clients use, e.g. {@code http://127.0.0.1:8080}. */
    public String url() {
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        return "http://" + ("0.0.0.0".equals(host) ? "127.0.0.1" : host) + ":" + port();
    }

    public ServerConfig config() {
        return config;
    }

    /**
     * Every HTTP route the server answers, as {@code "GET /api/entities/{id}"} (Javalin's path syntax:
     * {@code {x}} a path parameter, {@code <x>} one that may contain slashes); static files are not routes.
     */
    List<String> routes() {
        List<String> routes = new java.util.ArrayList<>();
        app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(handler -> handler.endpoint.method.isHttpMethod()) // before/after filters are no routes
                .forEach(handler -> routes.add(handler.endpoint.method.name() + " " + handler.endpoint.path));
        return routes;
    }

    /**
     * Tells the server that an article was stored by other means than its HTTP API (the seed ingestion of
     * {@code astrolabe serve}), so that entity search sees the article's entities.
     */
    public void documentStored(String documentIri) {
        index.refresh(store.read(ds -> reader.entitiesOf(ds.asDatasetGraph(), documentIri)));
    }

    @Override
    public void close() {
        closing = true;
        startupWork.close();
        app.stop();
        tasks.close();
        extraction.close();
        index.close();
        metrics.close();
    }

    private void configure(JavalinConfig cfg) {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        cfg.jsonMapper(new JavalinJackson(json, false));
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.router.ignoreTrailingSlashes = true;
        cfg.http.prefer405over404 = true;
        cfg.jetty.modifyServer(server -> {
            server.setErrorHandler(new JsonErrorHandler());
            metrics.instrumentHandling(server);
        });
        cfg.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JsonErrorHandler()));
        // Long SPARQL queries arrive by GET too; 64 KB of URI is plenty, longer ones get a JSON 414 telling to POST.
        cfg.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(64 * 1024));
        if (!config.corsOrigins().isEmpty()) {
            cfg.bundledPlugins.enableCors(cors -> cors.addRule(rule -> config.corsOrigins().forEach(rule::allowHost)));
        }
        for (String folder : config.staticResources()) {
            if (AstrolabeServer.class.getResource(folder) != null) {
                cfg.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = folder;
                    files.location = Location.CLASSPATH;
                });
            }
        }
        cfg.events.handlerAdded(added -> routePaths.add(added.getPath()));
        cfg.requestLogger.http((ctx, millis) -> {
            metrics.record(ctx.method().name(), routeOf(ctx), ctx.statusCode(), millis / 1000.0);
            startupWork.release();
        });

        Iris iris = new Iris(config.baseIri());
        Ids ids = new Ids(iris.base());
        RequestBodies bodies = new RequestBodies(config.maxBodyBytes());
        WriteAccess access = new WriteAccess(config.writeToken());
        // After a client's raw write (SPARQL Update, Graph Store Protocol), which may touch the curation graph too.
        Runnable reindex = () -> {
            refreshCuration();
            index.rebuild();
        };
        SparqlQueryEndpoint query = new SparqlQueryEndpoint(store, bodies, new ServiceDescription(),
                config.queryTimeout().toMillis(), config.resultLimit(), iris.base());
        SparqlUpdateEndpoint update = new SparqlUpdateEndpoint(store, bodies, access, reindex, iris.base(),
                new DefaultGraphWrites(NodeFactory.createURI(iris.defaultGraph())));
        GraphStoreProtocol gsp = new GraphStoreProtocol(store, bodies, access, reindex, config.resultLimit(), iris.defaultGraph());
        RestApi rest = new RestApi(store, index, reader, ids, new ArticleInput(bodies, json), extractor, access, extraction);
        // A repeated search is answered before the servlet layer and the router, which cost most of a cached one.
        cfg.jetty.modifyServer(server -> server.getTail().insertHandler(new CachedSearchHandler(rest::cachedSearchAnswer,
                (method, route, status, seconds) -> {
                    metrics.record(method, route, status, seconds);
                    startupWork.release();
                }, !config.corsOrigins().isEmpty())));
        LinkedData linkedData = new LinkedData(store, ids, reader);
        AdminApi admin = new AdminApi(store, access, tasks, config.backupFolder());
        SourcesApi sources = new SourcesApi(() -> watcher, store, bodies, json, access, ids);
        CurationApi curation = new CurationApi(store, index, reader, ids, access, bodies, json);

        var routes = cfg.routes;
        if (!config.corsOrigins().isEmpty()) {
            // Javalin's CORS plugin answers an origin it does not allow with 400 (and no Access-Control-Allow-Origin)
            // but lets the endpoint run and answer under that status: replace the answer with a JSON error.
            routes.after(ctx -> {
                String origin = ctx.header("Origin");
                if (origin != null && ctx.status().getCode() == 400 && ctx.res().getHeader("Access-Control-Allow-Origin") == null) {
                    error(ctx, 400, "bad request", "Cross-origin requests from " + origin + " are not allowed");
                }
            });
        }
        // The REST API needs the entity index: a first request there starts its work at once, not after its answer.
        routes.before("/api/*", ctx -> startupWork.release());
        for (String path : List.of("/sparql", "/ds/query", "/ds/sparql")) {
            getAndHead(routes, path, query::get);
            routes.post(path, query::post);
        }
        for (String path : List.of("/update", "/ds/update")) {
            routes.post(path, update::post);
        }
        for (String endpoint : List.of("/data", "/ds/data")) {
            // The endpoint itself (indirect identification, new graphs) and the graphs under it (direct).
            for (String path : List.of(endpoint, endpoint + "/<" + GraphStoreTarget.DIRECT_PATH_PARAMETER + ">")) {
                routes.get(path, gsp::get);
                routes.head(path, gsp::head);
                routes.put(path, gsp::put);
                routes.post(path, gsp::post);
                routes.delete(path, gsp::delete);
            }
        }
        getAndHead(routes, "/api/entities", rest::searchEntities);
        getAndHead(routes, "/api/entities/{id}", rest::entity);
        getAndHead(routes, "/api/entities/{id}/neighbors", rest::neighbours);
        getAndHead(routes, "/api/documents", rest::listDocuments);
        routes.post("/api/documents", rest::postDocument);
        getAndHead(routes, "/api/documents/{id}", rest::document);
        routes.delete("/api/documents/{id}", rest::deleteDocument);
        routes.post("/api/facts", curation::addFact);
        routes.post("/api/facts/{id}/review", curation::reviewFact);
        routes.post("/api/entities/{id}/merge", curation::merge);
        routes.patch("/api/entities/{id}", curation::edit);
        getAndHead(routes, "/api/review-queue", curation::queue);
        getAndHead(routes, "/api/reviews", curation::list);
        getAndHead(routes, "/api/reviews/{id}", curation::get);
        routes.delete("/api/reviews/{id}", curation::withdraw);
        getAndHead(routes, "/api/export", rest::export);
        getAndHead(routes, "/api/stats", rest::stats);
        getAndHead(routes, "/api/sources", sources::list);
        routes.post("/api/sources", sources::add);
        routes.delete("/api/sources/{name}", sources::remove);
        getAndHead(routes, "/resource/{id}", linkedData::get);
        routes.post("/$/backup", admin::backup);
        routes.post("/$/compact", admin::compact);
        getAndHead(routes, "/$/tasks", admin::list);
        getAndHead(routes, "/$/tasks/{id}", admin::task);
        getAndHead(routes, "/health", ctx -> ctx.json(Map.of("status", "ok")));
        getAndHead(routes, "/ready", this::ready);
        getAndHead(routes, "/metrics", this::metrics);
        getAndHead(routes, "/openapi.json", ctx -> ctx.contentType("application/json").result(resource("openapi.json")));
        getAndHead(routes, "/docs", ctx -> ctx.html(new String(resource("docs.html"), java.nio.charset.StandardCharsets.UTF_8)));
        if (config.staticResources().stream().noneMatch(f -> AstrolabeServer.class.getResource(f + "/index.html") != null)) {
            getAndHead(routes, "/", ctx -> ctx.redirect("/docs"));
        }

        routes.exception(ApiException.class, (e, ctx) -> {
            bodies.discardUnread(ctx);
            if (e.retryAfterSeconds() != null) {
                ctx.header("Retry-After", e.retryAfterSeconds());
            }
            error(ctx, e.status(), e.error(), e.detail());
        });
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            bodies.discardUnread(ctx);
            String allowed = e.getDetails().get("availableMethods");
            if (e.getStatus() == 405 && allowed != null) {
                ctx.header("Allow", allowed);
            }
            error(ctx, e.getStatus(), reason(e.getStatus()), e.getStatus() == 405
                    ? ctx.method() + " is not allowed on " + ctx.path() + (allowed == null ? "" : "; allowed: " + allowed)
                    : e.getMessage());
        });
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Failed {} {}: {}", ctx.method(), ctx.path(), e.toString(), e);
            bodies.discardUnread(ctx);
            error(ctx, 500, "internal error", "The server failed to answer this request; the log has the details");
        });
        routes.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (ctx.result() == null || ctx.result().isEmpty() || type == null || !type.startsWith("application/json")) {
                error(ctx, 404, "not found", "No such endpoint: " + ctx.method() + " " + ctx.path() + "; see /docs");
            }
        });
        routes.error(405, ctx -> {
            if (ctx.res().getContentType() == null || !ctx.res().getContentType().startsWith("application/json")) {
                error(ctx, 405, "method not allowed", ctx.method() + " is not allowed on " + ctx.path());
            }
        });
    }

    /** Reads the reviews again (a store without reviews, the remote one, has nothing to read). */
    private void refreshCuration() {
        try {
            store.curation().refresh();
        } catch (UnsupportedOperationException e) {
            // the store keeps no reviews
        }
    }

    /** HEAD answers with the status and headers of GET; Jetty sends no body for it. */
    private static void getAndHead(RoutesConfig routes, String path, Handler handler) {
        routes.get(path, handler);
        routes.head(path, handler);
    }

    private void ready(Context ctx) {
        if (extractor.ready()) {
            ctx.json(Map.of("ready", true));
            return;
        }
        ctx.header("Retry-After", "10");
        error(ctx, 503, "not ready", extractor.failure().map(f -> "Extraction is unavailable: " + f)
                .orElse("The language models are still loading"));
    }

    private void metrics(Context ctx) {
        storeFigures.refresh(store);
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
    }

    /** The store's counts, read once per scrape (two gauges share one {@code stats()} call). */
    private static final class StoreFigures {
        private volatile double quads = Double.NaN;
        private volatile double articles = Double.NaN;

        void refresh(GraphStore store) {
            try {
                var stats = store.stats();
                quads = stats.quads();
                articles = stats.articles();
            } catch (RuntimeException e) {
                LOG.warn("Store statistics unavailable for /metrics: {}", e.toString());
                quads = Double.NaN;
                articles = Double.NaN;
            }
        }

        double quads() {
            return quads;
        }

        double articles() {
            return articles;
        }
    }

    /** The route template for metrics; unknown paths share one label so that clients cannot blow up the series. */
    private String routeOf(Context ctx) {
        try {
            String path = ctx.endpoint().path;
            return routePaths.contains(path) ? path : "other";
        } catch (RuntimeException e) {
            return "other";
        }
    }

    static void error(Context ctx, int status, String error, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("detail", detail == null ? "" : detail);
        ctx.status(status).json(body);
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "bad request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 413 -> "payload too large";
            case 415 -> "unsupported media type";
            default -> status >= 500 ? "server error" : "client error";
        };
    }

    private static byte[] resource(String name) {
        try (InputStream in = AstrolabeServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
