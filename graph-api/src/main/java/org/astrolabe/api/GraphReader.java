package org.astrolabe.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.astrolabe.core.curation.CuratedView;
import org.astrolabe.core.curation.FactKey;
import org.astrolabe.ontology.KG;
import org.astrolabe.ontology.NIF;

/**
 * Reads entities, their facts with evidence, neighbourhoods and documents out of a dataset in the layout of
 * {@code ArticleGraph}, with Jena's node API only (no query text is ever assembled from request data).
 * Call inside a read transaction.
 */
final class GraphReader {
    private static final int MAX_NEIGHBOUR_NODES = 300;

    private final Ids ids;
    private final Node entitiesGraph;
    private final Node curationGraph;
    private final Supplier<CuratedView> curation;

    /**
     * @param curation the curated view to read through: what it hides (rejected facts, removed names) is left
     *                 out, and every fact's evidence carries its id and its review verdict
     */
    GraphReader(Ids ids, String entitiesGraph, String curationGraph, Supplier<CuratedView> curation) {
        this.ids = ids;
        this.entitiesGraph = NodeFactory.createURI(entitiesGraph);
        this.curationGraph = NodeFactory.createURI(curationGraph);
        this.curation = curation;
    }

    // ---- JSON shapes ----

    /** A reference to an entity or other IRI, with its label when known. */
    record Ref(String id, String iri, String label, String type) {}

    /** A fact's object or subject: an entity reference, or a literal value. */
    record Value(Ref entity, String value, String datatype, String lang) {}

    record DocumentRef(String id, String iri, String title, String date) {}

    /**
     * @param factId the id of the statement in this document ({@code FactKey.id}), for {@code /api/facts/{id}/review}
     * @param review "confirmed" when a reviewer confirmed it, else null (rejected facts are not shown)
     */
    record Evidence(DocumentRef document, String sentence, Integer begin, Integer end, Double confidence, String extractor,
                    String factId, String review) {}

    record FactView(String direction, String property, String propertyName, Ref subject, Value object, List<Evidence> evidence) {}

    record EntityView(String id, String iri, String label, List<String> altLabels, String type, List<String> types,
                      List<String> sameAs, long articles, List<DocumentRef> documents, List<FactView> facts) {}

    record GraphNode(String id, String iri, String label, String type) {}

    record GraphEdge(String source, String target, String property, String propertyName) {}

    record Neighbourhood(String center, List<GraphNode> nodes, List<GraphEdge> edges, boolean truncated) {}

    record MentionView(String entityId, String entityIri, String label, String type, int begin, int end, String text) {}

    record DocumentView(String id, String iri, String title, String date, String url, String source, String ingestedAt,
                        String extractorVersion, String text, List<MentionView> mentions, List<FactView> facts) {}

    // ---- entities ----

    Optional<EntityView> entity(DatasetGraph dsg, String iri) {
        Node e = NodeFactory.createURI(iri);
        Graph described = dsg.getGraph(entitiesGraph);
        Optional<String> label = literal(described, e, RDFS.label.asNode());
        if (label.isEmpty()) {
            return Optional.empty();
        }
        List<String> types = uris(described, e, RDF.type.asNode());
        List<String> sameAs = uris(described, e, OWL.sameAs.asNode());
        CuratedView view = curation.get();
        Set<String> alts = new LinkedHashSet<>();
        dsg.find(Node.ANY, e, SKOS.altLabel.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isLiteral() && !view.hides(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                alts.add(q.getObject().getLiteralLexicalForm());
            }
        });
        alts.remove(label.get());
        Set<Node> docs = new LinkedHashSet<>();
        dsg.find(Node.ANY, Node.ANY, KG.refersTo.asNode(), e).forEachRemaining(q -> docs.add(q.getGraph()));
        docs.removeIf(Quad::isDefaultGraph);
        List<DocumentRef> documents = docs.stream().map(d -> documentRef(dsg, d)).sorted(Comparator.comparing(DocumentRef::iri)).toList();
        List<FactView> facts = new ArrayList<>();
        facts.addAll(facts(dsg, view, e, RDF.subject.asNode(), "out"));
        facts.addAll(facts(dsg, view, e, RDF.object.asNode(), "in"));
        return Optional.of(new EntityView(ids.entityId(iri), iri, label.get(), List.copyOf(alts),
                EntityIndex.mostSpecificType(types), types, sameAs, documents.size(), documents, facts));
    }

    /** Facts in which {@code e} is the subject ({@code rdf:subject}) or the object ({@code rdf:object}). */
    private List<FactView> facts(DatasetGraph dsg, CuratedView view, Node e, Node role, String direction) {
        Map<List<Node>, List<Evidence>> grouped = new LinkedHashMap<>();
        dsg.find(Node.ANY, Node.ANY, role, e).forEachRemaining(q -> {
            Node g = q.getGraph();
            Node fact = q.getSubject();
            Graph graph = dsg.getGraph(g);
            if (view.hides(g, fact, role, e) || !graph.contains(fact, RDF.type.asNode(), KG.Fact.asNode())) {
                return;
            }
            Node s = first(graph, fact, RDF.subject.asNode());
            Node p = first(graph, fact, RDF.predicate.asNode());
            Node o = first(graph, fact, RDF.object.asNode());
            if (s == null || p == null || o == null) {
                return;
            }
            Node doc = first(graph, fact, KG.document.asNode());
            grouped.computeIfAbsent(List.of(s, p, o), k -> new ArrayList<>()).add(evidence(view, graph, fact,
                    doc == null ? null : documentRef(dsg, doc), doc, s, p, o));
        });
        List<FactView> views = new ArrayList<>();
        grouped.forEach((spo, evidence) -> {
            evidence.sort(Comparator.comparing((Evidence ev) -> ev.confidence() == null ? 0.0 : ev.confidence()).reversed());
            views.add(new FactView(direction, spo.get(1).getURI(), localName(spo.get(1).getURI()),
                    ref(dsg, spo.get(0)), value(dsg, spo.get(2)), evidence));
        });
        views.sort(Comparator.comparing(FactView::property).thenComparing(f -> String.valueOf(f.object().entity() == null ? f.object().value() : f.object().entity().label())));
        return views;
    }

    /** The entity graph around {@code center}: relations between entities up to {@code depth} steps away. */
    Optional<Neighbourhood> neighbours(DatasetGraph dsg, String centerIri, int depth) {
        Node center = NodeFactory.createURI(centerIri);
        Graph described = dsg.getGraph(entitiesGraph);
        if (!described.contains(center, RDFS.label.asNode(), Node.ANY)) {
            return Optional.empty();
        }
        CuratedView view = curation.get();
        Map<Node, GraphNode> nodes = new LinkedHashMap<>();
        Set<GraphEdge> edges = new LinkedHashSet<>();
        nodes.put(center, graphNode(dsg, center));
        List<Node> frontier = List.of(center);
        boolean truncated = false;
        for (int step = 0; step < depth && !frontier.isEmpty(); step++) {
            List<Node> next = new ArrayList<>();
            for (Node n : frontier) {
                List<Quad> around = new ArrayList<>();
                dsg.find(Node.ANY, n, Node.ANY, Node.ANY).forEachRemaining(around::add);
                dsg.find(Node.ANY, Node.ANY, Node.ANY, n).forEachRemaining(around::add);
                for (Quad q : around) {
                    if (!isRelation(q.getPredicate()) || !q.getSubject().isURI() || !q.getObject().isURI()
                            || view.hides(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())) {
                        continue;
                    }
                    Node other = q.getSubject().equals(n) ? q.getObject() : q.getSubject();
                    if (!described.contains(other, RDFS.label.asNode(), Node.ANY)) {
                        continue;
                    }
                    if (!nodes.containsKey(other)) {
                        if (nodes.size() >= MAX_NEIGHBOUR_NODES) {
                            truncated = true;
                            continue;
                        }
                        nodes.put(other, graphNode(dsg, other));
                        next.add(other);
                    }
                    edges.add(new GraphEdge(ids.entityId(q.getSubject().getURI()), ids.entityId(q.getObject().getURI()),
                            q.getPredicate().getURI(), localName(q.getPredicate().getURI())));
                }
            }
            frontier = next;
        }
        return Optional.of(new Neighbourhood(ids.entityId(centerIri), List.copyOf(nodes.values()), List.copyOf(edges), truncated));
    }

    private static boolean isRelation(Node p) {
        return p.isURI() && p.getURI().startsWith(KG.NS) && !p.equals(KG.refersTo.asNode()) && !p.equals(KG.document.asNode());
    }

    // ---- review queue ----

    /** One fact of one document waiting for review, with its best evidence. */
    record QueueItem(String factId, String direction, String property, String propertyName, Ref subject, Value object,
                     List<Evidence> evidence) {}

    /**
     * Facts no reviewer has judged yet (extracted ones: added ones are judged), lowest confidence first; per
     * fact its evidence in its document. Reads every evidence node's confidence once: a scan of the facts.
     */
    List<QueueItem> reviewQueue(DatasetGraph dsg, int offset, int limit) {
        CuratedView view = curation.get();
        record Candidate(double confidence, Node graph, Node fact, String id) {}
        java.util.PriorityQueue<Candidate> worst = new java.util.PriorityQueue<>(
                Comparator.comparingDouble(Candidate::confidence).reversed().thenComparing(Candidate::id, Comparator.reverseOrder()));
        Set<String> seen = new java.util.HashSet<>();
        int keep = offset + limit;
        dsg.find(Node.ANY, Node.ANY, KG.confidence.asNode(), Node.ANY).forEachRemaining(q -> {
            Node g = q.getGraph();
            if (g.equals(curationGraph) || view.hides(g, q.getSubject(), q.getPredicate(), q.getObject()) || !q.getObject().isLiteral()) {
                return;
            }
            Graph graph = dsg.getGraph(g);
            Node s = first(graph, q.getSubject(), RDF.subject.asNode());
            Node p = first(graph, q.getSubject(), RDF.predicate.asNode());
            Node o = first(graph, q.getSubject(), RDF.object.asNode());
            if (s == null || p == null || o == null || !s.isURI() || !p.isURI() || !g.isURI()) {
                return;
            }
            String id = FactKey.id(g, s, p, o);
            if (view.verdict(id).isPresent() || !seen.add(id)) {
                return;
            }
            double confidence;
            try {
                confidence = Double.parseDouble(q.getObject().getLiteralLexicalForm());
            } catch (NumberFormatException e) {
                return;
            }
            worst.add(new Candidate(confidence, g, q.getSubject(), id));
            if (worst.size() > keep) {
                worst.poll();
            }
        });
        List<Candidate> ordered = new ArrayList<>(worst);
        ordered.sort(Comparator.comparingDouble(Candidate::confidence).thenComparing(Candidate::id));
        List<QueueItem> items = new ArrayList<>();
        for (Candidate c : ordered.subList(Math.min(offset, ordered.size()), ordered.size())) {
            Graph graph = dsg.getGraph(c.graph());
            Node s = first(graph, c.fact(), RDF.subject.asNode());
            Node p = first(graph, c.fact(), RDF.predicate.asNode());
            Node o = first(graph, c.fact(), RDF.object.asNode());
            Evidence evidence = evidence(view, graph, c.fact(), documentRef(dsg, c.graph()), c.graph(), s, p, o);
            items.add(new QueueItem(c.id(), "out", p.getURI(), localName(p.getURI()), ref(dsg, s), value(dsg, o), List.of(evidence)));
        }
        return items;
    }

    // ---- documents ----

    Optional<DocumentView> document(DatasetGraph dsg, String iri) {
        Node doc = NodeFactory.createURI(iri);
        if (!dsg.containsGraph(doc)) {
            return Optional.empty();
        }
        Graph g = dsg.getGraph(doc);
        if (!g.contains(doc, RDF.type.asNode(), KG.Document.asNode())) {
            return Optional.empty();
        }
        List<MentionView> mentions = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), KG.Mention.asNode()).forEachRemaining(t -> {
            Node m = t.getSubject();
            Node entity = first(g, m, KG.refersTo.asNode());
            Integer begin = integer(g, m, NIF.beginIndex.asNode());
            Integer end = integer(g, m, NIF.endIndex.asNode());
            if (entity == null || !entity.isURI() || begin == null || end == null) {
                return;
            }
            Ref ref = ref(dsg, entity);
            mentions.add(new MentionView(ref.id(), ref.iri(), ref.label(), ref.type(), begin, end,
                    literal(g, m, NIF.anchorOf.asNode()).orElse(null)));
        });
        mentions.sort(Comparator.comparingInt(MentionView::begin).thenComparingInt(MentionView::end));
        Map<List<Node>, List<Evidence>> grouped = new LinkedHashMap<>();
        DocumentRef self = documentRef(dsg, doc);
        CuratedView view = curation.get();
        g.find(Node.ANY, RDF.type.asNode(), KG.Fact.asNode()).forEachRemaining(t -> {
            Node f = t.getSubject();
            Node s = first(g, f, RDF.subject.asNode());
            Node p = first(g, f, RDF.predicate.asNode());
            Node o = first(g, f, RDF.object.asNode());
            if (s == null || p == null || o == null || view.hides(doc, f, RDF.subject.asNode(), s)) {
                return;
            }
            grouped.computeIfAbsent(List.of(s, p, o), k -> new ArrayList<>()).add(evidence(view, g, f, self, doc, s, p, o));
        });
        // facts reviewers added to this document live in the curation graph
        Graph curated = dsg.getGraph(curationGraph);
        curated.find(Node.ANY, KG.document.asNode(), doc).forEachRemaining(t -> {
            Node f = t.getSubject();
            Node s = first(curated, f, RDF.subject.asNode());
            Node p = first(curated, f, RDF.predicate.asNode());
            Node o = first(curated, f, RDF.object.asNode());
            if (s == null || p == null || o == null || !curated.contains(f, RDF.type.asNode(), KG.Fact.asNode())) {
                return;
            }
            grouped.computeIfAbsent(List.of(s, p, o), k -> new ArrayList<>()).add(evidence(view, curated, f, self, doc, s, p, o));
        });
        List<FactView> facts = new ArrayList<>();
        grouped.forEach((spo, ev) -> facts.add(new FactView("out", spo.get(1).getURI(), localName(spo.get(1).getURI()),
                ref(dsg, spo.get(0)), value(dsg, spo.get(2)), ev)));
        facts.sort(Comparator.comparing((FactView f) -> f.evidence().get(0).begin() == null ? 0 : f.evidence().get(0).begin()));
        Node source = first(g, doc, DCTerms.source.asNode());
        return Optional.of(new DocumentView(ids.documentId(iri), iri, self.title(), self.date(),
                source == null ? null : source.isURI() ? source.getURI() : source.getLiteralLexicalForm(),
                literal(g, doc, KG.sourceName.asNode()).orElse(null),
                literal(g, doc, KG.ingestedAt.asNode()).orElse(null),
                literal(g, doc, KG.extractorVersion.asNode()).orElse(null),
                literal(g, doc, NIF.isString.asNode()).orElse(""), mentions, facts));
    }

    /** The entities an article graph names (by its mentions and typed subjects). */
    Set<String> entitiesOf(DatasetGraph dsg, String documentIri) {
        Set<String> entities = new LinkedHashSet<>();
        Node doc = NodeFactory.createURI(documentIri);
        if (!dsg.containsGraph(doc)) {
            return entities;
        }
        Graph g = dsg.getGraph(doc);
        g.find(Node.ANY, KG.refersTo.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                entities.add(t.getObject().getURI());
            }
        });
        g.find(Node.ANY, RDF.type.asNode(), KG.Entity.asNode()).forEachRemaining(t -> {
            if (t.getSubject().isURI()) {
                entities.add(t.getSubject().getURI());
            }
        });
        return entities;
    }

    // ---- helpers ----

    private Evidence evidence(CuratedView view, Graph graph, Node fact, DocumentRef document, Node doc,
                              Node s, Node p, Node o) {
        String factId = doc != null && doc.isURI() && s.isURI() && p.isURI() ? FactKey.id(doc, s, p, o) : null;
        String review = factId == null ? null : view.verdict(factId).map(v -> v.name().toLowerCase(java.util.Locale.ROOT)).orElse(null);
        return new Evidence(document, literal(graph, fact, KG.sentence.asNode()).orElse(null),
                integer(graph, fact, NIF.beginIndex.asNode()), integer(graph, fact, NIF.endIndex.asNode()),
                number(graph, fact, KG.confidence.asNode()), literal(graph, fact, KG.extractor.asNode()).orElse(null),
                factId, review);
    }

    DocumentRef documentRef(DatasetGraph dsg, Node doc) {
        Graph g = dsg.getGraph(doc);
        return new DocumentRef(ids.documentId(doc.getURI()), doc.getURI(),
                literal(g, doc, DCTerms.title.asNode()).orElse(null), literal(g, doc, DCTerms.date.asNode()).orElse(null));
    }

    Ref ref(DatasetGraph dsg, Node node) {
        if (!node.isURI()) {
            return new Ref(null, null, node.toString(), null);
        }
        Graph described = dsg.getGraph(entitiesGraph);
        String label = literal(described, node, RDFS.label.asNode()).orElse(localName(node.getURI()));
        return new Ref(ids.entityId(node.getURI()), node.getURI(), label,
                EntityIndex.mostSpecificType(uris(described, node, RDF.type.asNode())));
    }

    private GraphNode graphNode(DatasetGraph dsg, Node node) {
        Ref ref = ref(dsg, node);
        return new GraphNode(ref.id(), ref.iri(), ref.label(), ref.type());
    }

    private Value value(DatasetGraph dsg, Node node) {
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            return new Value(null, node.getLiteralLexicalForm(), node.getLiteralDatatypeURI(), lang == null || lang.isEmpty() ? null : lang);
        }
        return new Value(ref(dsg, node), null, null, null);
    }

    static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }

    private static Node first(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            it.close();
        }
    }

    private static Optional<String> literal(Graph g, Node s, Node p) {
        Node o = first(g, s, p);
        return o != null && o.isLiteral() ? Optional.of(o.getLiteralLexicalForm()) : Optional.empty();
    }

    private static Integer integer(Graph g, Node s, Node p) {
        Node o = first(g, s, p);
        try {
            return o != null && o.isLiteral() ? Integer.valueOf(o.getLiteralLexicalForm()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double number(Graph g, Node s, Node p) {
        Node o = first(g, s, p);
        try {
            return o != null && o.isLiteral() ? Double.valueOf(o.getLiteralLexicalForm()) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> uris(Graph g, Node s, Node p) {
        List<String> values = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> {
            if (t.getObject().isURI()) {
                values.add(t.getObject().getURI());
            }
        });
        values.sort(null);
        return values;
    }
}
