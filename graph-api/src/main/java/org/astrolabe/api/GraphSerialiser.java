package org.astrolabe.api;

import java.io.ByteArrayOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.shared.JenaException;

/**
 * Writes a graph in a negotiated language, or answers 406 when that language cannot express the graph (RDF/XML
 * cannot write a predicate IRI it cannot split into namespace and local name, such as {@code <http://p>}),
 * so that a client gets a reason and the formats that work instead of a server error. A graph asked for in a
 * quad language (TriG, N-Quads) is written as the default graph of a dataset, as Fuseki does.
 */
final class GraphSerialiser {
    private GraphSerialiser() {}

    static byte[] write(Graph graph, Lang lang) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (RDFLanguages.isQuads(lang) && !RDFLanguages.isTriples(lang)) {
                RDFDataMgr.write(out, DatasetGraphFactory.wrap(graph), lang);
            } else {
                RDFDataMgr.write(out, graph, lang);
            }
        } catch (JenaException e) {
            throw new ApiException(406, "not acceptable", "The result cannot be written as " + lang.getName() + " ("
                    + e.getMessage() + "); ask for text/turtle, application/n-triples or application/ld+json");
        }
        return out.toByteArray();
    }
}
