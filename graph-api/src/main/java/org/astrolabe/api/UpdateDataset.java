package org.astrolabe.api;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * The SPARQL Protocol's {@code using-graph-uri} and {@code using-named-graph-uri} parameters: the dataset the
 * WHERE clauses of an update match against, as if each DELETE/INSERT operation said {@code USING} and
 * {@code USING NAMED}. Operations that state their own dataset ({@code USING}, {@code USING NAMED},
 * {@code WITH}) conflict with the parameters: 400, as the protocol requires.
 */
record UpdateDataset(List<String> usingGraphs, List<String> usingNamedGraphs) {
    static final String USING_GRAPH = "using-graph-uri";
    static final String USING_NAMED_GRAPH = "using-named-graph-uri";

    void applyTo(UpdateRequest request) {
        if (usingGraphs.isEmpty() && usingNamedGraphs.isEmpty()) {
            return;
        }
        List<Node> using = usingGraphs.stream().map(UpdateDataset::graph).toList();
        List<Node> usingNamed = usingNamedGraphs.stream().map(UpdateDataset::graph).toList();
        for (Update operation : request.getOperations()) {
            if (operation instanceof UpdateWithUsing modify) {
                if (!modify.getUsing().isEmpty() || !modify.getUsingNamed().isEmpty() || modify.getWithIRI() != null) {
                    throw ApiException.badRequest("The update states its dataset (USING, USING NAMED or WITH) and the request "
                            + "gives " + USING_GRAPH + "/" + USING_NAMED_GRAPH + " too; give one or the other");
                }
                using.forEach(modify::addUsing);
                usingNamed.forEach(modify::addUsingNamed);
            }
        }
    }

    private static Node graph(String iri) {
        if (iri.isBlank() || iri.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"')) {
            throw ApiException.badRequest("Not a graph IRI: '" + iri + "'");
        }
        return NodeFactory.createURI(iri);
    }
}
