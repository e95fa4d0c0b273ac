package org.astrolabe.spark;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;

/** One N-Quads line (without the line break) for a triple in a named graph. */
final class NQuads {
    private NQuads() {}

    static String line(Node graph, Triple t) {
        return NodeFmtLib.strNT(t.getSubject()) + " " + NodeFmtLib.strNT(t.getPredicate()) + " "
                + NodeFmtLib.strNT(t.getObject()) + " " + NodeFmtLib.strNT(graph) + " .";
    }
}
