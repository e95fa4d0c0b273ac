package org.astrolabe.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;

/**
 * Writes the store with Jena's streaming writers, one graph after the other, so memory does not depend on
 * the size of the store. JSON-LD has no streaming writer in Jena: it is written one graph at a time, as the
 * elements of a JSON array. A whole TDB2 store as N-Quads goes through {@link Tdb2NQuadsDump}, which writes the
 * same lines faster. Must run inside the caller's read transaction.
 */
final class StoreExporter {
    private final DatasetGraph storage;
    private final PrefixMap prefixes;

    StoreExporter(DatasetGraph storage, PrefixMap prefixes) {
        this.storage = storage;
        this.prefixes = prefixes;
    }

    long export(OutputStream out, RDFFormat format, String graphIri) {
        Lang lang = format.getLang();
        Node graph = graphIri == null ? null : NodeFactory.createURI(graphIri);
        if (graph != null && !storage.contains(graph, Node.ANY, Node.ANY, Node.ANY)) {
            throw new StoreException("the store has no graph " + graphIri);
        }
        try {
            long written = RDFLanguages.sameLang(lang, Lang.JSONLD) ? writeJsonLd(out, graph) : writeStream(out, lang, graph);
            out.flush();
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long writeStream(OutputStream out, Lang lang, Node onlyGraph) {
        if (onlyGraph == null && RDFLanguages.sameLang(lang, Lang.NQUADS) && Tdb2NQuadsDump.canWrite(storage)) {
            // The same lines as the writer below, without decoding and escaping every repeated node again.
            return Tdb2NQuadsDump.write(storage, out);
        }
        boolean keepGraphNames = RDFLanguages.isQuads(lang) && onlyGraph == null;
        StreamRDF stream = StreamRDFWriter.getWriterStream(out, streamingFormat(lang));
        stream.start();
        prefixes.forEach(stream::prefix);
        long count = 0;
        // One scan: the stores' quad indexes return the quads grouped by graph, which the block writers use.
        Iterator<Quad> quads = onlyGraph == null ? storage.find() : storage.find(onlyGraph, Node.ANY, Node.ANY, Node.ANY);
        try {
            while (quads.hasNext()) {
                Quad quad = quads.next();
                if (keepGraphNames) {
                    stream.quad(quad);
                } else {
                    stream.triple(quad.asTriple());
                }
                count++;
            }
        } finally {
            Iter.close(quads);
        }
        stream.finish();
        return count;
    }

    private long writeJsonLd(OutputStream out, Node onlyGraph) throws IOException {
        if (onlyGraph != null) {
            DatasetGraph single = copyOf(onlyGraph, false);
            RDFDataMgr.write(out, single, RDFFormat.JSONLD11);
            return single.getDefaultGraph().size();
        }
        long count = 0;
        boolean first = true;
        out.write("[\n".getBytes(StandardCharsets.UTF_8));
        Iterator<Node> graphs = storedGraphs();
        try {
            while (graphs.hasNext()) {
                DatasetGraph single = copyOf(graphs.next(), true);
                if (!first) {
                    out.write(",\n".getBytes(StandardCharsets.UTF_8));
                }
                first = false;
                RDFDataMgr.write(out, single, RDFFormat.JSONLD11);
                count += Iter.count(single.find());
            }
        } finally {
            Iter.close(graphs);
        }
        out.write("]\n".getBytes(StandardCharsets.UTF_8));
        return count;
    }

    /** One graph in memory, as a named graph or as the default graph. */
    private DatasetGraph copyOf(Node graph, boolean asNamedGraph) {
        DatasetGraph copy = DatasetGraphFactory.create();
        prefixes.forEach((prefix, uri) -> copy.prefixes().add(prefix, uri));
        storage.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(
                asNamedGraph && !Quad.isDefaultGraph(graph) ? graph : Quad.defaultGraphIRI,
                q.getSubject(), q.getPredicate(), q.getObject()));
        return copy;
    }

    /** The stored default graph (if it holds anything) followed by every named graph. */
    private Iterator<Node> storedGraphs() {
        Iterator<Node> named = storage.listGraphNodes();
        return storage.contains(Quad.defaultGraphIRI, Node.ANY, Node.ANY, Node.ANY)
                ? Iter.concat(Iter.of(Quad.defaultGraphIRI), named) : named;
    }

    private static RDFFormat streamingFormat(Lang lang) {
        if (RDFLanguages.sameLang(lang, Lang.NQUADS)) {
            return RDFFormat.NQUADS;
        }
        if (RDFLanguages.sameLang(lang, Lang.TRIG)) {
            return RDFFormat.TRIG_BLOCKS;
        }
        if (RDFLanguages.sameLang(lang, Lang.NTRIPLES)) {
            return RDFFormat.NTRIPLES;
        }
        if (RDFLanguages.sameLang(lang, Lang.TURTLE)) {
            return RDFFormat.TURTLE_BLOCKS;
        }
        throw new IllegalArgumentException("cannot export as " + lang.getLabel()
                + "; use N-Quads, TriG, N-Triples, Turtle or JSON-LD");
    }
}
