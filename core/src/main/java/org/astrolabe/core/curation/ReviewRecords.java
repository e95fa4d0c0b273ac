package org.astrolabe.core.curation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.astrolabe.ontology.KG;

/** Reads {@link Review}s out of the curation graph. Call inside a transaction. */
final class ReviewRecords {
    private ReviewRecords() {}

    static List<Review> readAll(DatasetGraph storage, Node graph) {
        List<Review> reviews = new ArrayList<>();
        List<Node> nodes = new ArrayList<>();
        storage.find(graph, Node.ANY, RDF.type.asNode(), KG.Review.asNode()).forEachRemaining(q -> nodes.add(q.getSubject()));
        for (Node node : nodes) {
            read(storage, graph, node).ifPresent(reviews::add);
        }
        return reviews;
    }

    static Optional<Review> read(DatasetGraph storage, Node graph, Node node) {
        Review.Kind kind = kind(storage, graph, node);
        Node at = first(storage, graph, node, KG.reviewedAt.asNode());
        if (kind == null || at == null) {
            return Optional.empty();
        }
        Node withdrawnAt = first(storage, graph, node, KG.withdrawnAt.asNode());
        FactKey fact = null;
        Node s = first(storage, graph, node, KG.reviewedSubject.asNode());
        Node p = first(storage, graph, node, KG.reviewedProperty.asNode());
        Node o = first(storage, graph, node, KG.reviewedObject.asNode());
        Node d = first(storage, graph, node, KG.reviewedDocument.asNode());
        if (s != null && p != null && o != null && d != null) {
            fact = new FactKey(d, s, p, o);
        }
        Node verdict = first(storage, graph, node, KG.verdict.asNode());
        Node entity = kind == Review.Kind.MERGE ? first(storage, graph, node, KG.survivor.asNode())
                : first(storage, graph, node, KG.editedEntity.asNode());
        Node newClass = first(storage, graph, node, KG.newClass.asNode());
        return Optional.of(new Review(node.getURI(), kind, text(first(storage, graph, node, KG.reviewer.asNode())),
                Instant.parse(at.getLiteralLexicalForm()), text(first(storage, graph, node, KG.note.asNode())),
                withdrawnAt == null ? null : Instant.parse(withdrawnAt.getLiteralLexicalForm()),
                text(first(storage, graph, node, KG.withdrawnBy.asNode())), verdict == null ? null : Verdict.of(verdict), fact,
                first(storage, graph, node, KG.addedFact.asNode()), first(storage, graph, node, KG.mergedEntity.asNode()),
                entity, text(first(storage, graph, node, KG.newLabel.asNode())), newClass == null ? null : newClass.getURI(),
                texts(storage, graph, node, KG.addedAlias.asNode()), texts(storage, graph, node, KG.removedAlias.asNode()),
                iris(storage, graph, node, KG.addedLink.asNode())));
    }

    private static Review.Kind kind(DatasetGraph storage, Node graph, Node node) {
        if (storage.contains(graph, node, RDF.type.asNode(), KG.FactReview.asNode())) {
            return Review.Kind.FACT_REVIEW;
        }
        if (storage.contains(graph, node, RDF.type.asNode(), KG.FactAddition.asNode())) {
            return Review.Kind.FACT_ADDITION;
        }
        if (storage.contains(graph, node, RDF.type.asNode(), KG.EntityMerge.asNode())) {
            return Review.Kind.MERGE;
        }
        if (storage.contains(graph, node, RDF.type.asNode(), KG.EntityEdit.asNode())) {
            return Review.Kind.EDIT;
        }
        return null;
    }

    private static Node first(DatasetGraph storage, Node graph, Node s, Node p) {
        var it = storage.find(graph, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private static String text(Node node) {
        return node == null || !node.isLiteral() ? null : node.getLiteralLexicalForm();
    }

    private static List<String> texts(DatasetGraph storage, Node graph, Node s, Node p) {
        List<String> values = new ArrayList<>();
        storage.find(graph, s, p, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral()) {
                values.add(q.getObject().getLiteralLexicalForm());
            }
        });
        values.sort(null);
        return values;
    }

    private static List<String> iris(DatasetGraph storage, Node graph, Node s, Node p) {
        List<String> values = new ArrayList<>();
        storage.find(graph, s, p, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI()) {
                values.add(q.getObject().getURI());
            }
        });
        values.sort(null);
        return values;
    }
}
