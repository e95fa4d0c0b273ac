package org.astrolabe.api;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.DocumentSummary;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.PutOutcome;
import org.astrolabe.core.store.StoreStats;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.ontology.KG;

import io.javalin.http.Context;

/** The JSON REST endpoints under {@code /api}. */
final class RestApi {
    private static final int MAX_PAGE = 1000;
    private static final Map<String, RDFFormat> EXPORT_FORMATS = Map.of(
            "nquads", RDFFormat.NQUADS, "trig", RDFFormat.TRIG_BLOCKS, "ntriples", RDFFormat.NTRIPLES,
            "turtle", RDFFormat.TURTLE_BLOCKS, "jsonld", RDFFormat.JSONLD);
    private static final Map<String, String> EXPORT_MEDIA = Map.of(
            "nquads", "application/n-quads", "trig", "application/trig", "ntriples", "application/n-triples",
            "turtle", "text/turtle", "jsonld", "application/ld+json");
    private static final Map<String, String> EXPORT_EXTENSIONS = Map.of(
            "nquads", "nq", "trig", "trig", "ntriples", "nt", "turtle", "ttl", "jsonld", "jsonld");

    private final GraphStore store;
    private final EntityIndex index;
    private final GraphReader reader;
    private final Ids ids;
    private final Iris iris;
    private final ArticleInput articles;
    private final ExtractorLoader extractor;
    private final WriteAccess access;
    private final ExtractionRunner extraction;
    private final EntitySearchAnswers searchAnswers;

    RestApi(GraphStore store, EntityIndex index, GraphReader reader, Ids ids, ArticleInput articles,
            ExtractorLoader extractor, WriteAccess access, ExtractionRunner extraction) {
        this.extraction = extraction;
        this.store = store;
        this.index = index;
        this.reader = reader;
        this.ids = ids;
        this.iris = new Iris(ids.base());
        this.articles = articles;
        this.extractor = extractor;
        this.access = access;
        this.searchAnswers = new EntitySearchAnswers(index, ids);
    }

    // ---- entities ----

    void searchEntities(Context ctx) {
        byte[] json = searchAnswers.answer(searchKey(ctx::queryParam));
        ctx.contentType(io.javalin.http.ContentType.APPLICATION_JSON);
        // Written straight to the (compressing when asked) response stream: a result() would be copied through an InputStream.
        try {
            ctx.outputStream().write(json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** What a search asks for, from its query parameters ({@code queryParam} gives a parameter's first value or null). */
    static EntitySearchAnswers.Key searchKey(java.util.function.Function<String, String> queryParam) {
        String q = queryParam.apply("q");
        if (q != null && q.length() > 500) {
            throw ApiException.badRequest("The search text is limited to 500 characters");
        }
        String type = typeIri(queryParam.apply("type"));
        int limit = intParam("limit", queryParam.apply("limit"), 20, 1, MAX_PAGE);
        int offset = intParam("offset", queryParam.apply("offset"), 0, 0, 100_000);
        return new EntitySearchAnswers.Key(q, type, offset, limit);
    }

    /**
     * The answer of a search when it is cached at the index's current version, else null (also when the parameters
     * are wrong: {@link #searchEntities} then answers, with the error). Lets a cached search be answered before
     * the request reaches the router ({@link CachedSearchHandler}).
     */
    byte[] cachedSearchAnswer(java.util.function.Function<String, String> queryParam) {
        try {
            return searchAnswers.cached(searchKey(queryParam));
        } catch (ApiException e) {
            return null;
        }
    }

    void entity(Context ctx) {
        String iri = ids.entityIri(ctx.pathParam("id"));
        if (redirectedToSurvivor(ctx, iri, "/api/entities/", "")) {
            return;
        }
        ctx.json(store.read(ds -> reader.entity(ds.asDatasetGraph(), iri))
                .orElseThrow(() -> ApiException.notFound("No entity " + iri)));
    }

    void neighbours(Context ctx) {
        String iri = ids.entityIri(ctx.pathParam("id"));
        if (redirectedToSurvivor(ctx, iri, "/api/entities/", "/neighbors")) {
            return;
        }
        int depth = intParam(ctx, "depth", 1, 1, 2);
        ctx.json(store.read(ds -> reader.neighbours(ds.asDatasetGraph(), iri, depth))
                .orElseThrow(() -> ApiException.notFound("No entity " + iri)));
    }

    /**
     * Answers a merged entity's IRI with a permanent redirect to its survivor ({@code owl:sameAs} in the
     * curation graph says the same in RDF).
     */
    boolean redirectedToSurvivor(Context ctx, String iri, String prefix, String suffix) {
        var survivor = store.curatedView().survivor(org.apache.jena.graph.NodeFactory.createURI(iri));
        if (survivor.isEmpty()) {
            return false;
        }
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        ctx.status(301).header("Location", prefix + ids.entityId(survivor.get().getURI()) + suffix + query);
        return true;
    }

    // ---- documents ----

    record DocumentItem(String id, String iri, String title, String date, String url, String ingestedAt, long facts) {}

    void listDocuments(Context ctx) {
        int limit = intParam(ctx, "limit", 50, 1, MAX_PAGE);
        int offset = intParam(ctx, "offset", 0, 0, 10_000_000);
        List<DocumentItem> items = store.documents(offset, limit).stream().map(this::item).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("offset", offset);
        body.put("limit", limit);
        body.put("results", items);
        ctx.json(body);
    }

    private DocumentItem item(DocumentSummary d) {
        return new DocumentItem(ids.documentId(d.iri()), d.iri(), d.title(), d.date() == null ? null : d.date().toString(),
                d.url(), d.ingestedAt() == null ? null : d.ingestedAt().toString(), d.facts());
    }

    void document(Context ctx) {
        String iri = ids.documentIri(ctx.pathParam("id"));
        ctx.json(store.read(ds -> reader.document(ds.asDatasetGraph(), iri))
                .orElseThrow(() -> ApiException.notFound("No document " + iri)));
    }

    record Ingested(String id, String iri, String change, long quads, int entities, List<GraphReader.FactView> facts) {}

    void postDocument(Context ctx) {
        access.require(ctx);
        Article article = articles.read(ctx);
        ArticleExtractor active = extractor.extractor().orElseThrow(() -> extractor.failure().isPresent()
                ? new ApiException(503, "unavailable", "Extraction is unavailable: " + extractor.failure().get())
                : ApiException.unavailable("The language models are still loading; try again shortly", 10));
        ExtractionResult result = extraction.extract(active, article);
        PutOutcome outcome = store.put(result);
        String iri = outcome.documentIri();
        // the extraction's entities, and those the store wrote instead (the survivors of merged entities)
        Set<String> touched = new java.util.LinkedHashSet<>(result.entities().stream().map(e -> e.iri()).toList());
        touched.addAll(store.read(ds -> reader.entitiesOf(ds.asDatasetGraph(), iri)));
        index.refresh(touched);
        var view = store.read(ds -> reader.document(ds.asDatasetGraph(), iri)).orElseThrow();
        ctx.status(outcome.change() == PutOutcome.Change.ADDED ? 201 : 200);
        ctx.header("Location", "/api/documents/" + ids.documentId(iri));
        ctx.json(new Ingested(ids.documentId(iri), iri, outcome.change().name().toLowerCase(java.util.Locale.ROOT),
                outcome.quads(), result.entities().size(), view.facts()));
    }

    void deleteDocument(Context ctx) {
        access.require(ctx);
        String iri = ids.documentIri(ctx.pathParam("id"));
        Set<String> entities = store.read(ds -> reader.entitiesOf(ds.asDatasetGraph(), iri));
        if (!store.delete(iri)) {
            throw ApiException.notFound("No document " + iri);
        }
        index.refresh(entities);
        ctx.status(204);
    }

    // ---- export, stats ----

    void export(Context ctx) {
        String name = ctx.queryParam("format") == null ? "nquads" : ctx.queryParam("format").strip().toLowerCase(java.util.Locale.ROOT);
        RDFFormat format = EXPORT_FORMATS.get(name);
        if (format == null) {
            throw ApiException.badRequest("Unknown export format '" + name + "'; use one of "
                    + String.join(", ", EXPORT_FORMATS.keySet().stream().sorted().toList()));
        }
        String graph = ctx.queryParam("graph");
        if (graph != null) {
            String graphIri = graph.equals("entities") ? iris.entitiesGraph()
                    : graph.equals("curation") ? iris.curationGraph() : ids.documentIri(graph);
            boolean exists = store.read(ds -> ds.asDatasetGraph().containsGraph(NodeFactory.createURI(graphIri)));
            if (!exists) {
                throw ApiException.notFound("No graph " + graphIri);
            }
            graph = graphIri;
        } else if (format == RDFFormat.NTRIPLES || format == RDFFormat.TURTLE_BLOCKS) {
            throw ApiException.badRequest("A whole-store export needs a quad format (nquads, trig, jsonld); "
                    + name + " can export one graph (&graph=...)");
        }
        boolean gzip = "true".equalsIgnoreCase(ctx.queryParam("gzip")) || "1".equals(ctx.queryParam("gzip"));
        String file = "astrolabe" + (graph == null ? "" : "-" + GraphReader.localName(graph)) + "." + EXPORT_EXTENSIONS.get(name)
                + (gzip ? ".gz" : "");
        ctx.contentType(gzip ? "application/gzip" : EXPORT_MEDIA.get(name) + (name.equals("nquads") || name.equals("ntriples") ? "" : "; charset=utf-8"));
        ctx.header("Content-Disposition", "attachment; filename=\"" + file + "\"");
        ctx.disableCompression();
        String target = graph;
        try {
            OutputStream out = ctx.outputStream();
            if (gzip) {
                try (GZIPOutputStream zipped = new GZIPOutputStream(out, 65536)) {
                    store.export(zipped, format, target);
                }
            } else {
                store.export(out, format, target);
                out.flush();
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    void stats(Context ctx) {
        StoreStats stats = store.stats();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("articles", stats.articles());
        body.put("quads", stats.quads());
        index.awaitBuilt(java.time.Duration.ofSeconds(20));
        body.put("entities", index.size());
        body.put("entitiesPerClass", shorten(stats.entitiesPerClass()));
        body.put("factsPerProperty", shorten(stats.factsPerProperty()));
        body.put("modelsReady", extractor.ready());
        ctx.json(body);
    }

    private static Map<String, Long> shorten(Map<String, Long> byIri) {
        Map<String, Long> out = new java.util.TreeMap<>();
        byIri.forEach((iri, n) -> out.put(iri.startsWith(KG.NS) ? "kg:" + iri.substring(KG.NS.length()) : iri, n));
        return out;
    }

    // ---- parameters ----

    /** A class filter: a full IRI, {@code kg:Name} or a bare vocabulary name such as {@code SpaceAgency}. */
    static String typeIri(String type) {
        if (type == null || type.isBlank()) {
            return null;
        }
        String t = type.strip();
        if (t.startsWith("http://") || t.startsWith("https://")) {
            return t;
        }
        if (t.startsWith("kg:")) {
            t = t.substring(3);
        }
        if (!t.matches("[A-Za-z][A-Za-z0-9]{0,80}")) {
            throw ApiException.badRequest("Not a class name: '" + type + "'");
        }
        return KG.NS + t;
    }

    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        return intParam(name, ctx.queryParam(name), fallback, min, max);
    }

    private static int intParam(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Parameter '" + name + "' must be a whole number between " + min + " and " + max);
        }
        if (value < min || value > max) {
            throw ApiException.badRequest("Parameter '" + name + "' must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }
}
