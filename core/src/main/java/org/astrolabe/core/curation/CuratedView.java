package org.astrolabe.core.curation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.astrolabe.ontology.ClassHierarchy;
import org.astrolabe.ontology.KG;

/**
 * What the active reviews and edits make of the graph, at one moment: the quads queries and the API no
 * longer see (rejected statements with their evidence nodes, removed names, replaced classes), the verdicts
 * by fact id, and the survivor of every merged entity. Immutable; the store computes a new one after every
 * write that can change it. {@link #NONE} (no review at all) hides nothing and costs nothing.
 */
public final class CuratedView {
    /** The view of a store without reviews. */
    public static final CuratedView NONE = new CuratedView(List.of(), Map.of(), Map.of(), Map.of(), Set.of(), Map.of(), Set.of());

    private final List<Review> active;
    private final Map<String, Verdict> verdicts;
    private final Map<Node, Node> survivors;
    private final Map<Node, List<Review>> edits;
    private final Set<Quad> hiddenStatements;
    private final Map<Node, Set<Node>> hiddenEvidence;
    private final Set<Triple> hiddenEverywhere;

    private CuratedView(List<Review> active, Map<String, Verdict> verdicts, Map<Node, Node> survivors,
                        Map<Node, List<Review>> edits, Set<Quad> hiddenStatements, Map<Node, Set<Node>> hiddenEvidence,
                        Set<Triple> hiddenEverywhere) {
        this.active = active;
        this.verdicts = verdicts;
        this.survivors = survivors;
        this.edits = edits;
        this.hiddenStatements = hiddenStatements;
        this.hiddenEvidence = hiddenEvidence;
        this.hiddenEverywhere = hiddenEverywhere;
    }

    /** True when no review applies: the curated view is the raw union. */
    public boolean isEmpty() {
        return active.isEmpty();
    }

    /** True when queries and the API must not see the quad {@code s p o} of graph {@code g}. */
    public boolean hides(Node g, Node s, Node p, Node o) {
        if (isEmpty()) {
            return false;
        }
        Set<Node> evidence = hiddenEvidence.get(g);
        return (evidence != null && evidence.contains(s)) || hiddenStatements.contains(Quad.create(g, s, p, o))
                || hiddenEverywhere.contains(Triple.create(s, p, o));
    }

    /** The verdict of the latest active review of a fact, by its id ({@link FactKey#id()}). */
    public Optional<Verdict> verdict(String factId) {
        return Optional.ofNullable(verdicts.get(factId));
    }

    /** The entity a merged entity now is, if it was merged. */
    public Optional<Node> survivor(Node entity) {
        return Optional.ofNullable(survivors.get(entity));
    }

    /** The entity itself, or its survivor if it was merged. */
    public Node canonical(Node node) {
        return survivors.getOrDefault(node, node);
    }

    Map<Node, Node> survivors() {
        return survivors;
    }

    /** The active edits of an entity, oldest first. */
    List<Review> edits(Node entity) {
        return edits.getOrDefault(entity, List.of());
    }

    Set<Node> editedEntities() {
        return edits.keySet();
    }

    /** Statements of article graphs hidden in their graph: rejected facts. */
    public Set<Quad> hiddenStatements() {
        return hiddenStatements;
    }

    /** Per graph, the evidence nodes hidden with all their quads: those of rejected facts. */
    public Map<Node, Set<Node>> hiddenEvidence() {
        return hiddenEvidence;
    }

    /** Triples hidden in every graph: removed names, classes an edit replaced. */
    public Set<Triple> hiddenEverywhere() {
        return hiddenEverywhere;
    }

    /**
     * Computes the view from the reviews and the store as it is now. Call inside a read (or write)
     * transaction on {@code storage}.
     */
    static CuratedView compute(List<Review> reviews, DatasetGraph storage) {
        List<Review> active = reviews.stream().filter(Review::active)
                .sorted(Comparator.comparing(Review::at).thenComparing(Review::iri)).toList();
        if (active.isEmpty()) {
            return NONE;
        }
        Map<Node, Node> survivors = survivors(active);
        Map<String, Verdict> verdicts = new HashMap<>();
        Map<String, FactKey> keys = new HashMap<>();
        Map<Node, List<Review>> edits = new LinkedHashMap<>();
        for (Review r : active) {
            if (r.kind() == Review.Kind.FACT_REVIEW) {
                FactKey key = r.fact().canonical(n -> survivors.getOrDefault(n, n));
                verdicts.put(key.id(), r.verdict());
                keys.put(key.id(), key);
            } else if (r.kind() == Review.Kind.EDIT) {
                edits.computeIfAbsent(survivors.getOrDefault(r.entity(), r.entity()), e -> new ArrayList<>()).add(r);
            }
        }
        Set<Quad> statements = new HashSet<>();
        Map<Node, Set<Node>> evidence = new HashMap<>();
        verdicts.forEach((id, verdict) -> {
            if (verdict != Verdict.REJECTED) {
                return;
            }
            FactKey key = keys.get(id);
            statements.add(Quad.create(key.document(), key.subject(), key.property(), key.object()));
            storage.find(key.document(), Node.ANY, RDF.subject.asNode(), key.subject()).forEachRemaining(q -> {
                Node fact = q.getSubject();
                if (storage.contains(key.document(), fact, RDF.predicate.asNode(), key.property())
                        && storage.contains(key.document(), fact, RDF.object.asNode(), key.object())) {
                    evidence.computeIfAbsent(key.document(), g -> new HashSet<>()).add(fact);
                }
            });
        });
        Set<Triple> everywhere = new HashSet<>();
        edits.forEach((entity, list) -> hideReplacedNamesAndClasses(storage, entity, list, everywhere));
        return new CuratedView(active, Map.copyOf(verdicts), Map.copyOf(survivors), Map.copyOf(edits),
                Set.copyOf(statements), Map.copyOf(evidence), Set.copyOf(everywhere));
    }

    /** The survivor of every merged entity, following chains (a merged into b, b into c: a's survivor is c). */
    private static Map<Node, Node> survivors(List<Review> active) {
        Map<Node, Node> direct = new HashMap<>();
        for (Review r : active) {
            if (r.kind() == Review.Kind.MERGE) {
                direct.put(r.merged(), r.entity());
            }
        }
        Map<Node, Node> resolved = new HashMap<>();
        for (Node merged : direct.keySet()) {
            Node at = direct.get(merged);
            Set<Node> seen = new HashSet<>(List.of(merged));
            while (direct.containsKey(at) && seen.add(at)) {
                at = direct.get(at);
            }
            resolved.put(merged, at);
        }
        return resolved;
    }

    /** Names removed (and not added again later) and the classes the latest class change replaced. */
    private static void hideReplacedNamesAndClasses(DatasetGraph storage, Node entity, List<Review> list, Set<Triple> hidden) {
        Set<String> removed = new LinkedHashSet<>();
        String newClass = null;
        for (Review edit : list) {
            removed.removeAll(edit.addedAliases());
            removed.addAll(edit.removedAliases());
            if (edit.newClass() != null) {
                newClass = edit.newClass();
            }
        }
        for (String alias : removed) {
            hidden.add(Triple.create(entity, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(alias, "en")));
        }
        if (newClass != null) {
            Set<Node> keep = new HashSet<>();
            ClassHierarchy.selfAndSuperclasses(newClass).forEach(c -> keep.add(NodeFactory.createURI(c)));
            storage.find(Node.ANY, entity, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
                if (!keep.contains(q.getObject()) && q.getObject().isURI() && q.getObject().getURI().startsWith(KG.NS)) {
                    hidden.add(Triple.create(entity, RDF.type.asNode(), q.getObject()));
                }
            });
        }
    }
}
