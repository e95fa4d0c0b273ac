package org.astrolabe.api;

import java.io.ByteArrayOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RDFWriterBuilder;
import org.apache.jena.riot.RIOT;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;

/**
 * Writes a graph in a negotiated language, or answers 406 when that language cannot express the graph (RDF/XML
 * cannot write a predicate IRI it cannot split into namespace and local name, such as {@code <http://p>}),
 * so that a client gets a reason and the formats that work instead of a server error. A graph asked for in a
 * quad language (TriG, N-Quads) is written as the default graph of a dataset, as Fuseki does.
 */
final class GraphSerialiser {
    /**
     * Turtle and TriG with {@code @prefix} directives, not SPARQL-style {@code PREFIX}: both are Turtle 1.1, but
     * N3 parsers (rdflib's, for clients asking for N3) and Turtle 1.0 parsers read only the first.
     */
    static final Context WRITER_SETTINGS = new Context().set(RIOT.symTurtleDirectiveStyle, "at");

    private GraphSerialiser() {}

    static byte[] write(Graph graph, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            RDFWriterBuilder writer = RDFLanguages.isQuads(lang) && !RDFLanguages.isTriples(lang)
                    ? RDFWriter.source(DatasetGraphFactory.wrap(graph)) : RDFWriter.source(graph);
            writer.lang(lang).context(WRITER_SETTINGS).output(out);
        } catch (JenaException e) {
            throw new ApiException(406, "not acceptable", "The result cannot be written as " + lang.getName() + " ("
                    + e.getMessage() + "); ask for text/turtle, application/n-triples or application/ld+json");
        }
        return out.toByteArray();
    }
}
