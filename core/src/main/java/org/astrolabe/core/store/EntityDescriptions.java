package org.astrolabe.core.store;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.astrolabe.core.model.ArticleGraph;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.ontology.KG;

/**
 * Keeps the entities graph consistent with the article graphs. Every method must run inside the caller's
 * write (or, for {@link #mentionedIn}, read) transaction.
 *
 * <p>Rules: the first article that mentions an entity writes its whole description (one label, types,
 * sameAs); later ones only add sameAs links. An entity is mentioned while some article graph has a triple
 * with it as subject or a {@code kg:refersTo} pointing at it; when none has, its description goes.
 */
final class EntityDescriptions {
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node SAME_AS = OWL.sameAs.asNode();
    private static final Node TYPE = RDF.type.asNode();
    private static final Node REFERS_TO = KG.refersTo.asNode();

    private final DatasetGraph storage;
    private final Node entitiesGraph;
    private final ArticleGraph layout;

    EntityDescriptions(DatasetGraph storage, Node entitiesGraph, ArticleGraph layout) {
        this.storage = storage;
        this.entitiesGraph = entitiesGraph;
        this.layout = layout;
    }

    /** Writes the descriptions of entities that have none; adds new sameAs links to those that have one. */
    void describe(List<ExtractedEntity> entities) {
        for (ExtractedEntity entity : entities) {
            List<Triple> description = layout.description(entity);
            Node subject = description.get(0).getSubject();
            boolean described = storage.contains(entitiesGraph, subject, LABEL, Node.ANY);
            for (Triple t : description) {
                if (!described || t.getPredicate().equals(SAME_AS)) {
                    storage.add(entitiesGraph, t.getSubject(), t.getPredicate(), t.getObject());
                }
            }
        }
    }

    /** The entities an article graph mentions: typed subjects and targets of {@code kg:refersTo}. */
    Set<Node> mentionedIn(Node graphName) {
        Set<Node> mentioned = new LinkedHashSet<>();
        storage.find(graphName, Node.ANY, TYPE, Node.ANY).forEachRemaining(q -> mentioned.add(q.getSubject()));
        storage.find(graphName, Node.ANY, REFERS_TO, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI()) {
                mentioned.add(q.getObject());
            }
        });
        mentioned.removeIf(node -> !storage.contains(entitiesGraph, node, Node.ANY, Node.ANY));
        return mentioned;
    }

    /** Removes the description of each candidate that no article graph mentions any more. */
    void removeOrphans(Set<Node> candidates) {
        for (Node entity : candidates) {
            if (!stillMentioned(entity)) {
                storage.deleteAny(entitiesGraph, entity, Node.ANY, Node.ANY);
            }
        }
    }

    private boolean stillMentioned(Node entity) {
        Predicate<Quad> inArticleGraph = q -> !q.getGraph().equals(entitiesGraph);
        return anyMatch(storage.findNG(Node.ANY, entity, Node.ANY, Node.ANY), inArticleGraph)
                || anyMatch(storage.findNG(Node.ANY, Node.ANY, REFERS_TO, entity), inArticleGraph);
    }

    private static boolean anyMatch(Iterator<Quad> quads, Predicate<Quad> test) {
        try {
            while (quads.hasNext()) {
                if (test.test(quads.next())) {
                    return true;
                }
            }
            return false;
        } finally {
            Iter.close(quads);
        }
    }
}
