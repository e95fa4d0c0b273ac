package org.astrolabe.api;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIs;

import io.javalin.http.Context;

/**
 * Which graph a Graph Store Protocol request names: the graph whose IRI is the request URL (direct
 * identification, a path under the endpoint), the graph of {@code ?graph=IRI} (indirect), the default graph
 * ({@code ?default}), or none.
 */
record GraphStoreTarget(Optional<Node> graph, boolean isDefault) {
    /** The path parameter of the direct-identification routes ({@code /data/<graph>}). */
    static final String DIRECT_PATH_PARAMETER = "graph";

    static GraphStoreTarget of(Context ctx) {
        String graph = ctx.queryParam("graph");
        boolean isDefault = ctx.queryParamMap().containsKey("default");
        boolean direct = ctx.pathParamMap().containsKey(DIRECT_PATH_PARAMETER);
        if ((graph != null ? 1 : 0) + (isDefault ? 1 : 0) + (direct ? 1 : 0) > 1) {
            throw ApiException.badRequest("Name one graph: ?graph=IRI, ?default or a URL under /data/, not several");
        }
        if (ctx.queryParams("graph").size() > 1) {
            throw ApiException.badRequest("Give ?graph= once");
        }
        if (direct) {
            return new GraphStoreTarget(Optional.of(NodeFactory.createURI(ctx.req().getRequestURL().toString())), false);
        }
        if (graph != null) {
            return new GraphStoreTarget(Optional.of(NodeFactory.createURI(checkedIri(graph))), false);
        }
        return new GraphStoreTarget(Optional.empty(), isDefault);
    }

    private static String checkedIri(String graph) {
        try {
            IRIs.checkEx(graph);
            if (!IRIs.check(graph) || !graph.contains(":")) {
                throw new IRIException("not absolute");
            }
        } catch (IRIException e) {
            throw ApiException.badRequest("Not an absolute IRI: '" + graph + "'");
        }
        return graph;
    }
}
