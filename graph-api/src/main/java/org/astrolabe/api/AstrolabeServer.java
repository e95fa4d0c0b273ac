package org.astrolabe.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

/**
 * The Astrolabe HTTP server: SPARQL 1.1 Protocol (query, update, graph store), the JSON REST API, linked
 * data, health and metrics, and the web page's static files, over one {@link GraphStore}.
 *
 * <p>Lifecycle: {@link #start()} builds the entity search index from the store and starts listening (it
 * answers within a second or two; the extractor keeps loading in the background); {@link #close()} stops
 * listening. The store belongs to the caller and is not closed. Production ({@code astrolabe serve}) and
 * tests start this same class.
 */
public final class AstrolabeServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AstrolabeServer.class);

    private final ServerConfig config;
    private final GraphStore store;
    private final ExtractorLoader extractor;
    private final ExtractionBudget budget;
    private final EntityIndex index;
    private final Metrics metrics = new Metrics();
    private final Javalin app;

    private AstrolabeServer(ServerConfig config, GraphStore store, ExtractorLoader extractor, ExtractionBudget budget) {
        this.config = config;
        this.store = store;
        this.extractor = extractor;
        this.budget = budget;
        Iris iris = new Iris(config.baseIri());
        this.index = new EntityIndex(store, iris.entitiesGraph());
        this.app = Javalin.create(this::configure);
    }

    /** A server over {@code store}; nothing listens until {@link #start()}. */
    public static AstrolabeServer create(ServerConfig config, GraphStore store, ExtractorLoader extractor) {
        return create(config, store, extractor, ExtractionBudget.defaults());
    }

    /** A server whose uploads are extracted within {@code budget} (the server closes it). */
    public static AstrolabeServer create(ServerConfig config, GraphStore store, ExtractorLoader extractor, ExtractionBudget budget) {
        return new AstrolabeServer(config, store, extractor, budget);
    }

    /** Builds the search index and starts listening on the configured host and port. */
    public AstrolabeServer start() {
        long begin = System.nanoTime();
        index.rebuild();
        LOG.info("Entity index: {} entities in {} ms", index.size(), (System.nanoTime() - begin) / 1_000_000);
        app.start(config.host(), config.port());
        return this;
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

    /** Re-reads some entities into the search index: for ingestion that bypasses the HTTP API. */
    public void entitiesChanged(java.util.Collection<String> entityIris) {
        index.refresh(entityIris);
    }

    @Override
    public void close() {
        app.stop();
        budget.close();
        index.close();
    }

    private void configure(JavalinConfig cfg) {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        cfg.jsonMapper(new JavalinJackson(json, false));
        cfg.startup.showJavalinBanner = false;
        cfg.startup.showOldJavalinVersionWarning = false;
        cfg.http.maxRequestSize = config.maxBodyBytes();
        cfg.router.ignoreTrailingSlashes = true;
        cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
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
        cfg.requestLogger.http((ctx, millis) -> metrics.record(ctx.method().name(), routeOf(ctx), ctx.statusCode(), millis / 1000.0));

        Iris iris = new Iris(config.baseIri());
        Ids ids = new Ids(iris.base());
        RequestBodies bodies = new RequestBodies(config.maxBodyBytes());
        WriteAccess access = new WriteAccess(config.writeToken());
        GraphReader reader = new GraphReader(ids, iris.entitiesGraph());
        Runnable reindex = index::rebuild;
        SparqlQueryEndpoint query = new SparqlQueryEndpoint(store, bodies, new ServiceDescription(),
                config.queryTimeout().toMillis(), config.resultLimit());
        SparqlUpdateEndpoint update = new SparqlUpdateEndpoint(store, bodies, access, reindex);
        GraphStoreProtocol gsp = new GraphStoreProtocol(store, bodies, access, reindex, config.resultLimit());
        RestApi rest = new RestApi(store, index, reader, ids, new ArticleInput(bodies, json), extractor, budget, access);
        LinkedData linkedData = new LinkedData(store, ids, reader);

        var routes = cfg.routes;
        for (String path : List.of("/sparql", "/ds/query", "/ds/sparql")) {
            routes.get(path, query::get);
            routes.post(path, query::post);
        }
        for (String path : List.of("/update", "/ds/update")) {
            routes.post(path, update::post);
        }
        for (String path : List.of("/data", "/ds/data")) {
            routes.get(path, gsp::get);
            routes.put(path, gsp::put);
            routes.post(path, gsp::post);
            routes.delete(path, gsp::delete);
        }
        routes.get("/api/entities", rest::searchEntities);
        routes.get("/api/entities/{id}", rest::entity);
        routes.get("/api/entities/{id}/neighbors", rest::neighbours);
        routes.get("/api/documents", rest::listDocuments);
        routes.post("/api/documents", rest::postDocument);
        routes.get("/api/documents/{id}", rest::document);
        routes.delete("/api/documents/{id}", rest::deleteDocument);
        routes.get("/api/export", rest::export);
        routes.get("/api/stats", rest::stats);
        routes.get("/resource/{id}", linkedData::get);
        routes.get("/health", ctx -> ctx.json(Map.of("status", "ok")));
        routes.get("/ready", this::ready);
        routes.get("/metrics", this::metrics);
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(resource("openapi.json")));
        routes.get("/docs", ctx -> ctx.html(new String(resource("docs.html"), java.nio.charset.StandardCharsets.UTF_8)));
        if (config.staticResources().stream().noneMatch(f -> AstrolabeServer.class.getResource(f + "/index.html") != null)) {
            routes.get("/", ctx -> ctx.redirect("/docs"));
        }

        routes.exception(ApiException.class, (e, ctx) -> {
            if (e.retryAfterSeconds() != null) {
                ctx.header("Retry-After", e.retryAfterSeconds());
            }
            error(ctx, e.status(), e.error(), e.detail());
        });
        routes.exception(HttpResponseException.class, (e, ctx) ->
                error(ctx, e.getStatus(), reason(e.getStatus()), e.getMessage()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Failed {} {}: {}", ctx.method(), ctx.path(), e.toString(), e);
            error(ctx, 500, "internal error", "The server failed to answer this request; the log has the details");
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || !ctx.res().getContentType().startsWith("application/json")) {
                error(ctx, 404, "not found", "No such endpoint: " + ctx.method() + " " + ctx.path() + "; see /docs");
            }
        });
        routes.error(405, ctx -> error(ctx, 405, "method not allowed", ctx.method() + " is not allowed on " + ctx.path()));
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
        Map<String, Number> gauges = new LinkedHashMap<>();
        try {
            var stats = store.stats();
            gauges.put("astrolabe_store_quads", stats.quads());
            gauges.put("astrolabe_store_articles", stats.articles());
        } catch (RuntimeException e) {
            LOG.warn("Store statistics unavailable for /metrics: {}", e.toString());
        }
        gauges.put("astrolabe_index_entities", index.size());
        gauges.put("astrolabe_models_ready", extractor.ready() ? 1 : 0);
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape(gauges));
    }

    private static String routeOf(Context ctx) {
        try {
            return ctx.endpoint().path;
        } catch (RuntimeException e) {
            return "unmatched";
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
