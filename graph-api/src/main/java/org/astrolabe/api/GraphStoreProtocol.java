package org.astrolabe.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.ontology.Ontology;

import io.javalin.http.Context;

/**
 * The SPARQL 1.1 Graph Store HTTP Protocol at {@code /data}: {@code ?graph=IRI} names a graph (indirect
 * identification), a URL under {@code /data/} is the IRI of the graph it serves (direct identification),
 * {@code ?default} is the default graph, and a POST naming no graph creates a new one under {@code /data/}.
 * A GET naming no graph answers the whole dataset in a quad format (N-Quads, TriG, JSON-LD), and a POST of
 * quads (TriG, N-Quads) naming no graph adds them to the graphs they name, as Fuseki does.
 * Reading the default graph gives the union of all named graphs (what queries see); writing it writes the
 * named graph that stands for it ({@code Iris.defaultGraph()}), which that union includes. Reads are open;
 * PUT, POST and DELETE need the write token, run in one write transaction each, and bypass extraction: they
 * are for administrators repairing data.
 */
final class GraphStoreProtocol {
    private static final int MAX_IN_MEMORY_TRIPLES = 1_000_000;

    private final GraphStore store;
    private final RequestBodies bodies;
    private final WriteAccess access;
    private final Runnable afterWrite;
    private final int resultLimit;
    private final Node writableDefaultGraph;

    GraphStoreProtocol(GraphStore store, RequestBodies bodies, WriteAccess access, Runnable afterWrite, int resultLimit,
                       String writableDefaultGraph) {
        this.store = store;
        this.bodies = bodies;
        this.access = access;
        this.afterWrite = afterWrite;
        this.resultLimit = resultLimit;
        this.writableDefaultGraph = NodeFactory.createURI(writableDefaultGraph);
    }

    void get(Context ctx) {
        if (namesNoGraph(ctx)) {
            getDataset(ctx);
            return;
        }
        Node graphName = readTarget(ctx);
        ContentNegotiation.Choice choice = ContentNegotiation.GRAPHS.choose(ctx);
        ctx.contentType(choice.contentTypeHeader());
        RDFFormat streaming = choice.lang() == Lang.NTRIPLES ? RDFFormat.NTRIPLES
                : choice.lang() == Lang.TURTLE ? RDFFormat.TURTLE_BLOCKS : null;
        if (streaming != null) {
            // N-Triples and Turtle stream in constant memory, whatever the size of the graph.
            try {
                OutputStream out = ctx.outputStream();
                store.read(ds -> {
                    StreamRDF stream = StreamRDFWriter.getWriterStream(out, streaming, GraphSerialiser.WRITER_SETTINGS);
                    stream.start();
                    Ontology.PREFIXES.getNsPrefixMap().forEach(stream::prefix);
                    source(ds.asDatasetGraph(), graphName).find().forEachRemaining(stream::triple);
                    stream.finish();
                    return null;
                });
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        Graph copy = store.read(ds -> {
            Graph g = GraphFactory.createDefaultGraph();
            g.getPrefixMapping().setNsPrefixes(Ontology.PREFIXES);
            var triples = source(ds.asDatasetGraph(), graphName).find();
            try {
                while (triples.hasNext()) {
                    if (g.size() >= MAX_IN_MEMORY_TRIPLES) {
                        throw ApiException.badRequest("The graph has more than " + MAX_IN_MEMORY_TRIPLES
                                + " triples; ask for N-Triples or Turtle, which stream");
                    }
                    g.add(triples.next());
                }
            } finally {
                triples.close();
            }
            return g;
        });
        ctx.result(GraphSerialiser.write(copy, choice.lang()));
    }

    /** The whole dataset, every named graph, streamed in constant memory. */
    private void getDataset(Context ctx) {
        ContentNegotiation.Choice choice = ContentNegotiation.DATASETS.choose(ctx);
        RDFFormat format = choice.lang() == Lang.NQUADS ? RDFFormat.NQUADS
                : choice.lang() == Lang.TRIG ? RDFFormat.TRIG_BLOCKS : RDFFormat.JSONLD;
        ctx.contentType(choice.contentTypeHeader());
        try {
            OutputStream out = ctx.outputStream();
            store.export(out, format, null);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What GET would answer, without the body: the status and the negotiated Content-Type. */
    void head(Context ctx) {
        if (namesNoGraph(ctx)) {
            ctx.contentType(ContentNegotiation.DATASETS.choose(ctx).contentTypeHeader());
            return;
        }
        readTarget(ctx);
        ctx.contentType(ContentNegotiation.GRAPHS.choose(ctx).contentTypeHeader());
    }

    private static boolean namesNoGraph(Context ctx) {
        GraphStoreTarget target = GraphStoreTarget.of(ctx);
        return target.graph().isEmpty() && !target.isDefault();
    }

    void put(Context ctx) {
        access.require(ctx);
        Node graphName = writeTarget(ctx).orElseThrow(() -> ApiException.badRequest(
                "Name a graph with ?graph=IRI, use ?default, or PUT to the graph's URL under /data/"));
        write(ctx, graphName, true);
    }

    void post(Context ctx) {
        access.require(ctx);
        Optional<Node> named = writeTarget(ctx);
        if (named.isEmpty() && quadLang(RequestBodies.mediaType(ctx)) != null) {
            loadDataset(ctx);
            return;
        }
        if (named.isPresent()) {
            write(ctx, named.get(), false);
            return;
        }
        Node created = NodeFactory.createURI(endpointUrl(ctx) + "/" + UUID.randomUUID());
        write(ctx, created, false);
        ctx.status(201);
        ctx.header("Location", created.getURI());
    }

    void delete(Context ctx) {
        access.require(ctx);
        Node graphName = writeTarget(ctx).orElseThrow(() -> ApiException.badRequest(
                "Name a graph with ?graph=IRI, use ?default, or DELETE the graph's URL under /data/"));
        boolean[] existed = new boolean[1];
        store.write(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            existed[0] = dsg.containsGraph(graphName);
            if (existed[0]) {
                dsg.removeGraph(graphName);
            }
        });
        if (!existed[0] && !graphName.equals(writableDefaultGraph)) {
            throw ApiException.notFound("No graph named " + graphName.getURI());
        }
        afterWrite.run();
        ctx.status(204);
    }

    private void write(Context ctx, Node graphName, boolean replace) {
        Graph parsed = parseBody(ctx, graphName.getURI());
        if (parsed.size() > resultLimit * 10L) {
            throw new ApiException(413, "payload too large", "At most " + (resultLimit * 10L) + " triples per request");
        }
        boolean[] existed = new boolean[1];
        store.write(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            existed[0] = dsg.containsGraph(graphName);
            if (replace) {
                dsg.removeGraph(graphName);
            }
            parsed.find().forEachRemaining(t -> dsg.add(graphName, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        afterWrite.run();
        ctx.status(existed[0] ? 200 : 201);
        ctx.json(Map.of("graph", graphName.getURI(), "triples", parsed.size()));
    }

    /**
     * Adds the quads of a TriG or N-Quads body to the graphs they name, as Fuseki does for a POST of quads to the
     * dataset; triples in the body's default graph go to the graph standing for the default graph.
     */
    private void loadDataset(Context ctx) {
        String type = RequestBodies.mediaType(ctx);
        byte[] content = bodies.bytes(ctx);
        RequestBodies.decodeText(content, "request body");
        DatasetGraph parsed = DatasetGraphFactory.create();
        try {
            RDFParser.source(new ByteArrayInputStream(content)).lang(quadLang(type)).base(endpointUrl(ctx)).parse(parsed);
        } catch (RiotException e) {
            throw new ApiException(400, "RDF syntax error", e.getMessage());
        }
        long quads = parsed.stream().count();
        if (quads > resultLimit * 10L) {
            throw new ApiException(413, "payload too large", "At most " + (resultLimit * 10L) + " quads per request");
        }
        parsed.listGraphNodes().forEachRemaining(graph -> {
            if (!graph.isURI()) {
                throw ApiException.badRequest("Graph names must be IRIs, not " + graph);
            }
        });
        Set<String> graphs = new TreeSet<>();
        store.write(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            parsed.find().forEachRemaining(q -> {
                Node graph = q.isDefaultGraph() ? writableDefaultGraph : q.getGraph();
                graphs.add(graph.getURI());
                dsg.add(graph, q.getSubject(), q.getPredicate(), q.getObject());
            });
        });
        afterWrite.run();
        ctx.json(Map.of("graphs", graphs, "quads", quads));
    }

    /** The quad language (TriG, N-Quads) of a body's media type, or null. */
    private static Lang quadLang(String mediaType) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType);
        return lang != null && RDFLanguages.isQuads(lang) && !RDFLanguages.isTriples(lang) ? lang : null;
    }

    /** The triples of the body: one RDF document, or every file of a multipart/form-data body. */
    private Graph parseBody(Context ctx, String base) {
        String type = RequestBodies.mediaType(ctx);
        Graph parsed = GraphFactory.createDefaultGraph();
        if (type.equals("multipart/form-data")) {
            String boundary = MultipartBody.boundary(ctx.header("Content-Type"));
            List<MultipartBody.Part> parts = MultipartBody.parse(bodies.bytes(ctx), boundary);
            if (parts.isEmpty()) {
                throw ApiException.badRequest("The multipart body has no parts");
            }
            for (MultipartBody.Part part : parts) {
                Lang lang = ContentNegotiation.rdfLang(part.mediaType());
                if (lang == null && part.filename() != null) {
                    lang = RDFLanguages.filenameToLang(part.filename());
                }
                parseInto(parsed, part.content(), lang, part.mediaType(), base);
            }
            return parsed;
        }
        parseInto(parsed, bodies.bytes(ctx), ContentNegotiation.rdfLang(type), type, base);
        return parsed;
    }

    private static void parseInto(Graph graph, byte[] content, Lang lang, String mediaType, String base) {
        if (lang == null || !RDFLanguages.isTriples(lang)) {
            throw new ApiException(415, "unsupported media type", "Send RDF triples: text/turtle, application/n-triples, "
                    + "application/ld+json or application/rdf+xml, or multipart/form-data holding such files"
                    + (mediaType.isEmpty() ? "" : " (got " + mediaType + ")"));
        }
        String text = RequestBodies.decodeText(content, "request body");
        if (lang == Lang.RDFXML && text.contains("<!DOCTYPE")) {
            // Entity declarations can expand a few hundred bytes into gigabytes ("billion laughs").
            throw ApiException.badRequest("RDF/XML with a DOCTYPE (entity declarations) is not accepted");
        }
        try {
            RDFParser.source(new ByteArrayInputStream(content)).lang(lang).base(base).parse(graph);
        } catch (RiotException e) {
            throw new ApiException(400, "RDF syntax error", e.getMessage());
        }
    }

    private static Graph source(DatasetGraph dsg, Node graphName) {
        return graphName == null ? dsg.getUnionGraph() : dsg.getGraph(graphName);
    }

    /** The graph to read, null for the default graph (the union); 404 when a named graph does not exist. */
    private Node readTarget(Context ctx) {
        GraphStoreTarget target = GraphStoreTarget.of(ctx);
        if (target.isDefault()) {
            return null;
        }
        Node graphName = target.graph().orElseThrow(() -> ApiException.badRequest(
                "Name a graph with ?graph=IRI, use ?default for the default graph, or GET the graph's URL under /data/"));
        if (!store.read(ds -> ds.asDatasetGraph().containsGraph(graphName))) {
            throw ApiException.notFound("No graph named " + graphName.getURI());
        }
        return graphName;
    }

    /** The graph to write, the stand-in for the default graph for {@code ?default}, empty when none is named. */
    private Optional<Node> writeTarget(Context ctx) {
        GraphStoreTarget target = GraphStoreTarget.of(ctx);
        return target.isDefault() ? Optional.of(writableDefaultGraph) : target.graph();
    }

    /** The URL of the graph store endpoint this request came to ({@code .../data}), the base of new graphs. */
    private static String endpointUrl(Context ctx) {
        String url = ctx.req().getRequestURL().toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
