package org.astrolabe.core.curation;

import org.apache.jena.graph.Node;
import org.astrolabe.ontology.KG;

/** What a fact review says about a fact. */
public enum Verdict {
    CONFIRMED(KG.Confirmed.asNode()),
    REJECTED(KG.Rejected.asNode());

    private final Node node;

    Verdict(Node node) {
        this.node = node;
    }

    public Node node() {
        return node;
    }

    static Verdict of(Node node) {
        for (Verdict v : values()) {
            if (v.node.equals(node)) {
                return v;
            }
        }
        return null;
    }
}
