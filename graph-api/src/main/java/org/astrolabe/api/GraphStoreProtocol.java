package org.astrolabe.api;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;
import org.apache.jena.irix.IRIException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.ontology.Ontology;

import io.javalin.http.Context;

/**
 * The SPARQL 1.1 Graph Store HTTP Protocol at {@code /data}: {@code ?graph=IRI} names a graph,
 * {@code ?default} the default graph (the union of all named graphs, read-only). Reads are open; PUT, POST
 * and DELETE need the write token, run in one write transaction each, and bypass extraction: they are for
 * administrators repairing data.
 */
final class GraphStoreProtocol {
    private final GraphStore store;
    private final RequestBodies bodies;
    private final WriteAccess access;
    private final Runnable afterWrite;
    private final int resultLimit;
    private static final int MAX_IN_MEMORY_TRIPLES = 1_000_000;

    GraphStoreProtocol(GraphStore store, RequestBodies bodies, WriteAccess access, Runnable afterWrite, int resultLimit) {
        this.store = store;
        this.bodies = bodies;
        this.access = access;
        this.afterWrite = afterWrite;
        this.resultLimit = resultLimit;
    }

    void get(Context ctx) {
        Node graphName = target(ctx, false);
        ContentNegotiation.Choice choice = ContentNegotiation.GRAPHS.choose(ctx);
        boolean exists = graphName == null || store.read(ds -> ds.asDatasetGraph().containsGraph(graphName));
        if (!exists) {
            throw ApiException.notFound("No graph named " + graphName.getURI());
        }
        ctx.contentType(choice.contentTypeHeader());
        RDFFormat streaming = choice.lang() == Lang.NTRIPLES ? RDFFormat.NTRIPLES
                : choice.lang() == Lang.TURTLE ? RDFFormat.TURTLE_BLOCKS : null;
        if (streaming != null) {
            // N-Triples and Turtle stream in constant memory, whatever the size of the graph.
            try {
                OutputStream out = ctx.outputStream();
                store.read(ds -> {
                    StreamRDF stream = StreamRDFWriter.getWriterStream(out, streaming);
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
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, copy, choice.lang());
        ctx.result(out.toByteArray());
    }

    private static Graph source(DatasetGraph dsg, Node graphName) {
        return graphName == null ? dsg.getUnionGraph() : dsg.getGraph(graphName);
    }

    void put(Context ctx) {
        write(ctx, true);
    }

    void post(Context ctx) {
        write(ctx, false);
    }

    void delete(Context ctx) {
        access.require(ctx);
        Node graphName = target(ctx, true);
        boolean[] existed = new boolean[1];
        store.write(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            existed[0] = dsg.containsGraph(graphName);
            if (existed[0]) {
                dsg.removeGraph(graphName);
            }
        });
        if (!existed[0]) {
            throw ApiException.notFound("No graph named " + graphName.getURI());
        }
        afterWrite.run();
        ctx.status(204);
    }

    private void write(Context ctx, boolean replace) {
        access.require(ctx);
        Node graphName = target(ctx, true);
        String type = RequestBodies.mediaType(ctx);
        Lang lang = ContentNegotiation.rdfLang(type);
        if (lang == null) {
            throw new ApiException(415, "unsupported media type", "Send RDF triples: text/turtle, application/n-triples, "
                    + "application/ld+json or application/rdf+xml" + (type.isEmpty() ? "" : " (got " + type + ")"));
        }
        byte[] body = bodies.bytes(ctx);
        String text = RequestBodies.decodeText(body, "request body");
        if (lang == Lang.RDFXML && text.contains("<!DOCTYPE")) {
            // Entity declarations can expand a few hundred bytes into gigabytes ("billion laughs").
            throw ApiException.badRequest("RDF/XML with a DOCTYPE (entity declarations) is not accepted");
        }
        Graph parsed = GraphFactory.createDefaultGraph();
        try {
            RDFParser.source(new ByteArrayInputStream(body)).lang(lang).base(graphName.getURI()).parse(parsed);
        } catch (RiotException e) {
            throw new ApiException(400, "RDF syntax error", e.getMessage());
        }
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

    /** The named graph of the request, or null for the default graph (reads only). */
    private static Node target(Context ctx, boolean forWrite) {
        String graph = ctx.queryParam("graph");
        boolean isDefault = ctx.queryParamMap().containsKey("default");
        if (graph != null && isDefault) {
            throw ApiException.badRequest("Give either ?graph=IRI or ?default, not both");
        }
        if (graph == null) {
            if (!isDefault) {
                throw ApiException.badRequest("Name a graph with ?graph=IRI, or use ?default for the default graph");
            }
            if (forWrite) {
                throw ApiException.badRequest("The default graph is the union of the named graphs and cannot be written; name a graph with ?graph=IRI");
            }
            return null;
        }
        try {
            IRIs.checkEx(graph);
            if (!IRIs.check(graph) || !graph.contains(":")) {
                throw new IRIException("not absolute");
            }
        } catch (IRIException e) {
            throw ApiException.badRequest("Not an absolute IRI: '" + graph + "'");
        }
        return NodeFactory.createURI(graph);
    }
}
