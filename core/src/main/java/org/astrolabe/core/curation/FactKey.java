package org.astrolabe.core.curation;

import java.util.Objects;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.astrolabe.core.model.Iris;

/**
 * What identifies a fact for reviewers: its subject, property and object, and the article it was read from.
 * Not its evidence node, whose IRI depends on the sentence's offsets: a review names the same fact in every
 * extraction of the article.
 */
public record FactKey(Node document, Node subject, Node property, Node object) {
    public FactKey {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(object, "object");
    }

    /** The fact's id in the REST API: {@link Iris#factId} of the four parts. */
    public String id() {
        return id(document, subject, property, object);
    }

    public static String id(Node document, Node subject, Node property, Node object) {
        return Iris.factId(document.getURI(), subject.getURI(), property.getURI(), NodeFmtLib.strNT(object));
    }

    /** The same fact with its subject and object replaced as {@code survivors} says (merged entities). */
    FactKey canonical(java.util.function.UnaryOperator<Node> survivors) {
        return new FactKey(document, survivors.apply(subject), property, survivors.apply(object));
    }
}
