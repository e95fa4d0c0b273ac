package org.astrolabe.core.curation;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.astrolabe.core.model.Evidence;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Fact;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.model.Mention;
import org.astrolabe.ontology.ClassHierarchy;
import org.astrolabe.ontology.KG;
import org.astrolabe.ontology.NIF;

/**
 * Reviews and edits of one store, kept as RDF in its curation graph ({@link Iris#curationGraph()}), and the
 * {@link CuratedView} they give. The article graphs keep the raw extraction: a rejection hides a fact (its
 * statement and evidence) instead of deleting it. Merges are the exception: they rewrite the duplicate's IRI
 * to the survivor's in the article graphs, now and in every article written later ({@link #rewrite}).
 *
 * <p>Every change runs in one write transaction of the store; after it commits, the store recomputes the
 * view ({@link #refresh()}), also after every article it writes or deletes, because a re-extracted article
 * brings new evidence nodes for the same rejected statements.
 */
public final class Curation {
    /** The {@code kg:extractor} of facts added by hand. */
    public static final String CURATOR = "curator";

    /** How the store runs a piece of work in one of its transactions. */
    public interface Transactions {
        <T> T read(Supplier<T> action);

        <T> T write(Supplier<T> action);
    }

    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();
    private static final Node ALT_LABEL = SKOS.altLabel.asNode();
    private static final Node SAME_AS = OWL.sameAs.asNode();

    private final DatasetGraph storage;
    private final Iris iris;
    private final Clock clock;
    private final Transactions transactions;
    private final Node curationGraph;
    private final Node entitiesGraph;
    private final Consumer<CuratedView> onChange;
    private volatile CuratedView view = CuratedView.NONE;

    /**
     * @param onChange told of every new view, after the transaction that made it committed (the TDB2 store
     *                 installs its query filter from it)
     */
    public Curation(DatasetGraph storage, Iris iris, Clock clock, Transactions transactions, Consumer<CuratedView> onChange) {
        this.storage = storage;
        this.iris = iris;
        this.clock = clock;
        this.transactions = transactions;
        this.onChange = onChange;
        this.curationGraph = NodeFactory.createURI(iris.curationGraph());
        this.entitiesGraph = NodeFactory.createURI(iris.entitiesGraph());
    }

    /** The view the active reviews give now. */
    public CuratedView view() {
        return view;
    }

    /** The entities graph's name. */
    public String entitiesGraphIri() {
        return entitiesGraph.getURI();
    }

    /** The curation graph's name. */
    public String graphIri() {
        return curationGraph.getURI();
    }

    /**
     * Recomputes the view from the curation graph and the store. Cheap when there are no reviews (one lookup);
     * with reviews, a few lookups per rejected fact and edited entity. Serialised, so that the view computed
     * last (after the latest commit) is the one that stays.
     */
    public synchronized void refresh() {
        CuratedView next = transactions.read(() -> storage.contains(curationGraph, Node.ANY, Node.ANY, Node.ANY)
                ? CuratedView.compute(ReviewRecords.readAll(storage, curationGraph), storage)
                : CuratedView.NONE);
        CuratedView before = view;
        view = next;
        if (!(before.isEmpty() && next.isEmpty())) {
            onChange.accept(next);
        }
    }

    /** Every review and edit on record, withdrawn ones included, newest first. */
    public List<Review> reviews() {
        List<Review> all = new ArrayList<>(transactions.read(() -> ReviewRecords.readAll(storage, curationGraph)));
        all.sort(Comparator.comparing(Review::at).thenComparing(Review::iri).reversed());
        return all;
    }

    public Optional<Review> review(String id) {
        Node node = NodeFactory.createURI(iris.review(id));
        return transactions.read(() -> ReviewRecords.read(storage, curationGraph, node));
    }

    /**
     * The fact with this id ({@link FactKey#id()}) among the facts the store holds (extracted or added by hand),
     * else among the facts reviews are about (whose article may have been deleted).
     */
    public Optional<FactKey> findFact(String factId) {
        return transactions.read(() -> {
            var facts = storage.find(Node.ANY, Node.ANY, TYPE, KG.Fact.asNode());
            try {
                while (facts.hasNext()) {
                    Quad q = facts.next();
                    Optional<FactKey> key = keyOf(q.getGraph(), q.getSubject());
                    if (key.isPresent() && key.get().id().equals(factId)) {
                        return key;
                    }
                }
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(facts);
            }
            return ReviewRecords.readAll(storage, curationGraph).stream().map(Review::fact)
                    .filter(k -> k != null && k.id().equals(factId)).findFirst();
        });
    }

    private Optional<FactKey> keyOf(Node graph, Node fact) {
        Node s = first(graph, fact, RDF.subject.asNode());
        Node p = first(graph, fact, RDF.predicate.asNode());
        Node o = first(graph, fact, RDF.object.asNode());
        Node doc = first(graph, fact, KG.document.asNode());
        if (s == null || p == null || o == null || doc == null || !s.isURI() || !p.isURI() || !doc.isURI()) {
            return Optional.empty();
        }
        return Optional.of(new FactKey(doc, s, p, o));
    }

    /** Confirms or rejects a fact. */
    public Review reviewFact(FactKey fact, Verdict verdict, String reviewer, String note) {
        return change(() -> {
            Node review = newReview(KG.FactReview.asNode(), reviewer, note);
            add(review, KG.verdict.asNode(), verdict.node());
            describeFact(review, fact);
            return review;
        });
    }

    /**
     * Adds a statement by hand, with the sentence of its article it rests on (extractor {@value #CURATOR},
     * confidence 1). It lives in the curation graph, so re-ingesting the article keeps it.
     *
     * @throws NoSuchElementException   if the article is not in the store, or the subject is no entity of it
     * @throws IllegalArgumentException if the sentence is not in the article's text
     */
    public Review addFact(FactKey fact, String sentence, String reviewer, String note) {
        return change(() -> {
            Node doc = fact.document();
            Node text = first(doc, doc, NIF.isString.asNode());
            if (text == null) {
                throw new NoSuchElementException("No article " + doc.getURI());
            }
            if (!storage.contains(entitiesGraph, fact.subject(), LABEL, Node.ANY)) {
                throw new NoSuchElementException("No entity " + fact.subject().getURI());
            }
            if (fact.object().isURI() && !storage.contains(entitiesGraph, fact.object(), LABEL, Node.ANY)) {
                throw new NoSuchElementException("No entity " + fact.object().getURI());
            }
            String body = text.getLiteralLexicalForm();
            String quote = sentence == null ? "" : sentence.strip();
            int begin = quote.isEmpty() ? -1 : body.indexOf(quote);
            if (begin < 0) {
                throw new IllegalArgumentException("The sentence must be quoted exactly from the article's text");
            }
            Node evidence = NodeFactory.createURI(iris.fact(doc.getURI(), fact.subject().getURI(), fact.property().getURI(),
                    fact.object().toString(), begin));
            storage.add(curationGraph, fact.subject(), fact.property(), fact.object());
            add(evidence, TYPE, KG.Fact.asNode());
            add(evidence, RDF.subject.asNode(), fact.subject());
            add(evidence, RDF.predicate.asNode(), fact.property());
            add(evidence, RDF.object.asNode(), fact.object());
            add(evidence, KG.document.asNode(), doc);
            add(evidence, KG.sentence.asNode(), NodeFactory.createLiteralString(quote));
            add(evidence, NIF.beginIndex.asNode(), offset(begin));
            add(evidence, NIF.endIndex.asNode(), offset(begin + quote.length()));
            add(evidence, KG.confidence.asNode(), NodeFactory.createLiteralDT("1.0", XSDDatatype.XSDdouble));
            add(evidence, KG.extractor.asNode(), NodeFactory.createLiteralString(CURATOR));
            Node review = newReview(KG.FactAddition.asNode(), reviewer, note);
            add(review, KG.addedFact.asNode(), evidence);
            describeFact(review, fact);
            return review;
        });
    }

    /**
     * Merges {@code duplicate} into {@code survivor}: every statement and mention of the duplicate in the
     * article graphs now names the survivor, its names and links move to the survivor, its description goes,
     * and {@code duplicate owl:sameAs survivor} records where it went. Articles written later that name the
     * duplicate are rewritten the same way.
     *
     * @throws NoSuchElementException   if either is not a described entity
     * @throws IllegalArgumentException if they are the same entity
     */
    public Review merge(Node duplicate, Node survivor, String reviewer, String note) {
        return change(() -> {
            Node target = view.canonical(survivor);
            if (!storage.contains(entitiesGraph, duplicate, LABEL, Node.ANY)) {
                throw new NoSuchElementException("No entity " + duplicate.getURI());
            }
            if (!storage.contains(entitiesGraph, target, LABEL, Node.ANY)) {
                throw new NoSuchElementException("No entity " + survivor.getURI());
            }
            if (duplicate.equals(target)) {
                throw new IllegalArgumentException("An entity cannot be merged into itself");
            }
            moveStatements(duplicate, target);
            Node label = first(entitiesGraph, duplicate, LABEL);
            if (label != null) {
                storage.add(curationGraph, target, ALT_LABEL, label);
            }
            List<Node> links = new ArrayList<>();
            storage.find(entitiesGraph, duplicate, SAME_AS, Node.ANY).forEachRemaining(q -> links.add(q.getObject()));
            links.forEach(link -> storage.add(entitiesGraph, target, SAME_AS, link));
            storage.deleteAny(entitiesGraph, duplicate, Node.ANY, Node.ANY);
            storage.add(curationGraph, duplicate, SAME_AS, target);
            Node review = newReview(KG.EntityMerge.asNode(), reviewer, note);
            add(review, KG.mergedEntity.asNode(), duplicate);
            add(review, KG.survivor.asNode(), target);
            return review;
        });
    }

    /** Replaces {@code from} by {@code to} in every statement of the article graphs and in hand-added statements. */
    private void moveStatements(Node from, Node to) {
        List<Quad> moved = new ArrayList<>();
        storage.find(Node.ANY, from, Node.ANY, Node.ANY).forEachRemaining(moved::add);
        storage.find(Node.ANY, Node.ANY, Node.ANY, from).forEachRemaining(moved::add);
        for (Quad q : moved) {
            if (q.getGraph().equals(entitiesGraph) || (q.getGraph().equals(curationGraph) && isRecordStatement(q))) {
                continue;
            }
            storage.delete(q);
            storage.add(q.getGraph(), q.getSubject().equals(from) ? to : q.getSubject(), q.getPredicate(),
                    q.getObject().equals(from) ? to : q.getObject());
        }
    }

    /** Review records keep naming what they were about; only the statements around them move. */
    private boolean isRecordStatement(Quad q) {
        if (q.getPredicate().equals(SAME_AS) && q.getSubject().isURI()) {
            return true;
        }
        return storage.contains(curationGraph, q.getSubject(), KG.reviewer.asNode(), Node.ANY);
    }

    /**
     * Changes an entity's label or class, adds or removes names, adds links. The label and class are
     * written into the entities graph (and written again whenever the entity's description is rewritten);
     * added names and links are statements of the curation graph; removed names are hidden from the view.
     *
     * @throws NoSuchElementException if the entity is not described
     */
    public Review edit(Node entity, EntityEdit edit, String reviewer, String note) {
        if (edit.isEmpty()) {
            throw new IllegalArgumentException("The edit changes nothing");
        }
        if (edit.classIri() != null && !ClassHierarchy.isA(edit.classIri(), KG.Entity.getURI())) {
            throw new IllegalArgumentException("Not a class of entities: " + edit.classIri());
        }
        return change(() -> {
            Node target = view.canonical(entity);
            if (!storage.contains(entitiesGraph, target, LABEL, Node.ANY)) {
                throw new NoSuchElementException("No entity " + entity.getURI());
            }
            Node review = newReview(KG.EntityEdit.asNode(), reviewer, note);
            add(review, KG.editedEntity.asNode(), target);
            if (edit.label() != null && !edit.label().isBlank()) {
                Node previous = first(entitiesGraph, target, LABEL);
                if (previous != null) {
                    add(review, KG.previousLabel.asNode(), previous);
                }
                add(review, KG.newLabel.asNode(), NodeFactory.createLiteralLang(edit.label().strip(), "en"));
                setLabel(target, edit.label().strip());
            }
            if (edit.classIri() != null) {
                Node previous = mostSpecificClass(target);
                if (previous != null) {
                    add(review, KG.previousClass.asNode(), previous);
                }
                add(review, KG.newClass.asNode(), NodeFactory.createURI(edit.classIri()));
                setClass(target, edit.classIri());
            }
            for (String alias : edit.addAliases()) {
                Node name = NodeFactory.createLiteralLang(alias.strip(), "en");
                add(review, KG.addedAlias.asNode(), name);
                storage.add(curationGraph, target, ALT_LABEL, name);
            }
            for (String alias : edit.removeAliases()) {
                Node name = NodeFactory.createLiteralLang(alias.strip(), "en");
                add(review, KG.removedAlias.asNode(), name);
                storage.delete(curationGraph, target, ALT_LABEL, name);
            }
            for (String link : edit.addLinks()) {
                Node iri = NodeFactory.createURI(link);
                add(review, KG.addedLink.asNode(), iri);
                storage.add(curationGraph, target, SAME_AS, iri);
            }
            return review;
        });
    }

    /**
     * Withdraws a review: it stays on record with {@code kg:withdrawnAt} and no longer applies. A withdrawn
     * addition's statement goes; a withdrawn edit's label and class go back to what they were before it
     * (unless a later edit changed them again). A withdrawn merge stops rewriting later articles; the articles
     * already rewritten keep the survivor until they are ingested again.
     *
     * @return the review as it is now, empty if there is no such review
     */
    public Optional<Review> withdraw(String id, String reviewer) {
        Node node = NodeFactory.createURI(iris.review(id));
        Optional<Review> existing = transactions.read(() -> ReviewRecords.read(storage, curationGraph, node));
        if (existing.isEmpty() || !existing.get().active()) {
            return existing;
        }
        Review review = existing.get();
        return Optional.of(change(() -> {
            add(node, KG.withdrawnAt.asNode(), now());
            add(node, KG.withdrawnBy.asNode(), NodeFactory.createLiteralString(reviewer));
            switch (review.kind()) {
                case FACT_ADDITION -> undoAddition(review);
                case EDIT -> undoEdit(review);
                case MERGE -> storage.delete(curationGraph, review.merged(), SAME_AS, review.entity());
                default -> { }
            }
            return node;
        }));
    }

    private void undoAddition(Review review) {
        Node evidence = review.addedFact();
        FactKey fact = review.fact();
        storage.deleteAny(curationGraph, evidence, Node.ANY, Node.ANY);
        boolean stillAdded = storage.contains(curationGraph, Node.ANY, RDF.subject.asNode(), fact.subject())
                && anyOtherEvidence(fact);
        if (!stillAdded) {
            storage.delete(curationGraph, fact.subject(), fact.property(), fact.object());
        }
    }

    private boolean anyOtherEvidence(FactKey fact) {
        var it = storage.find(curationGraph, Node.ANY, RDF.subject.asNode(), fact.subject());
        try {
            while (it.hasNext()) {
                Node f = it.next().getSubject();
                if (storage.contains(curationGraph, f, RDF.predicate.asNode(), fact.property())
                        && storage.contains(curationGraph, f, RDF.object.asNode(), fact.object())) {
                    return true;
                }
            }
            return false;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private void undoEdit(Review review) {
        Node entity = review.entity();
        List<Review> later = ReviewRecords.readAll(storage, curationGraph).stream()
                .filter(r -> r.active() && r.kind() == Review.Kind.EDIT && entity.equals(r.entity()) && !r.iri().equals(review.iri()))
                .sorted(Comparator.comparing(Review::at)).toList();
        Node node = NodeFactory.createURI(review.iri());
        if (review.newLabel() != null) {
            Optional<String> other = later.stream().map(Review::newLabel).filter(l -> l != null).reduce((a, b) -> b);
            Node previous = first(curationGraph, node, KG.previousLabel.asNode());
            String restore = other.orElse(previous == null ? null : previous.getLiteralLexicalForm());
            if (restore != null && storage.contains(entitiesGraph, entity, LABEL, Node.ANY)) {
                setLabel(entity, restore);
            }
        }
        if (review.newClass() != null) {
            Optional<String> other = later.stream().map(Review::newClass).filter(c -> c != null).reduce((a, b) -> b);
            Node previous = first(curationGraph, node, KG.previousClass.asNode());
            String restore = other.orElse(previous == null ? null : previous.getURI());
            if (restore != null && storage.contains(entitiesGraph, entity, LABEL, Node.ANY)) {
                setClass(entity, restore);
            }
        }
        for (String alias : review.addedAliases()) {
            storage.delete(curationGraph, entity, ALT_LABEL, NodeFactory.createLiteralLang(alias, "en"));
        }
        for (String link : review.addedLinks()) {
            storage.delete(curationGraph, entity, SAME_AS, NodeFactory.createURI(link));
        }
    }

    // ---- hooks of the store's article writes (inside its write transaction) ----

    /**
     * The extraction with every merged entity replaced by its survivor (the duplicate's label becomes one of
     * the survivor's names), so that an article naming the duplicate is written as naming the survivor.
     */
    public ExtractionResult rewrite(ExtractionResult result) {
        Map<Node, Node> survivors = view.survivors();
        if (survivors.isEmpty()) {
            return result;
        }
        Map<String, ExtractedEntity> entities = new LinkedHashMap<>();
        for (ExtractedEntity e : result.entities()) {
            String iri = survivor(survivors, e.iri());
            ExtractedEntity moved = iri.equals(e.iri()) ? e : new ExtractedEntity(iri, e.type(), e.label(),
                    union(e.altLabels(), Set.of(e.label())), e.sameAs());
            entities.merge(iri, moved, (a, b) -> new ExtractedEntity(iri, a.type(), a.label(),
                    union(a.altLabels(), b.altLabels()), union(a.sameAs(), b.sameAs())));
        }
        List<Mention> mentions = result.mentions().stream()
                .map(m -> new Mention(survivor(survivors, m.entityIri()), m.begin(), m.end(), m.text())).toList();
        List<Fact> facts = result.facts().stream().map(f -> new Fact(survivor(survivors, f.subjectIri()), f.propertyIri(),
                f.object().isURI() ? NodeFactory.createURI(survivor(survivors, f.object().getURI())) : f.object(),
                f.evidence())).toList();
        return new ExtractionResult(result.article(), List.copyOf(entities.values()), mentions, facts, result.extractorVersion());
    }

    /** Writes the edited label and class again for the edited entities among {@code entities}. */
    public void reapplyEdits(Collection<String> entities) {
        CuratedView current = view;
        if (current.editedEntities().isEmpty()) {
            return;
        }
        for (String iri : entities) {
            Node entity = NodeFactory.createURI(iri);
            String label = null;
            String classIri = null;
            for (Review edit : current.edits(entity)) {
                label = edit.newLabel() != null ? edit.newLabel() : label;
                classIri = edit.newClass() != null ? edit.newClass() : classIri;
            }
            if (label != null && !storage.contains(entitiesGraph, entity, LABEL, NodeFactory.createLiteralLang(label, "en"))) {
                setLabel(entity, label);
            }
            if (classIri != null && !storage.contains(entitiesGraph, entity, TYPE, NodeFactory.createURI(classIri))) {
                setClass(entity, classIri);
            }
        }
    }

    // ---- helpers ----

    private Review change(Supplier<Node> action) {
        Node node = transactions.write(action);
        refresh();
        return transactions.read(() -> ReviewRecords.read(storage, curationGraph, node)).orElseThrow();
    }

    private Node newReview(Node type, String reviewer, String note) {
        Node review = NodeFactory.createURI(iris.review(UUID.randomUUID().toString()));
        add(review, TYPE, type);
        add(review, TYPE, KG.Review.asNode());
        add(review, KG.reviewer.asNode(), NodeFactory.createLiteralString(reviewer));
        add(review, KG.reviewedAt.asNode(), now());
        if (note != null && !note.isBlank()) {
            add(review, KG.note.asNode(), NodeFactory.createLiteralString(note.strip()));
        }
        return review;
    }

    private void describeFact(Node review, FactKey fact) {
        add(review, KG.reviewedSubject.asNode(), fact.subject());
        add(review, KG.reviewedProperty.asNode(), fact.property());
        add(review, KG.reviewedObject.asNode(), fact.object());
        add(review, KG.reviewedDocument.asNode(), fact.document());
    }

    private Node now() {
        return NodeFactory.createLiteralDT(Instant.now(clock).toString(), XSDDatatype.XSDdateTime);
    }

    private void add(Node s, Node p, Node o) {
        storage.add(curationGraph, s, p, o);
    }

    private void setLabel(Node entity, String label) {
        storage.deleteAny(entitiesGraph, entity, LABEL, Node.ANY);
        storage.add(entitiesGraph, entity, LABEL, NodeFactory.createLiteralLang(label, "en"));
    }

    private void setClass(Node entity, String classIri) {
        storage.deleteAny(entitiesGraph, entity, TYPE, Node.ANY);
        for (String type : ClassHierarchy.selfAndSuperclasses(classIri)) {
            storage.add(entitiesGraph, entity, TYPE, NodeFactory.createURI(type));
        }
    }

    /** The class of the entity's description that no other of its classes is a subclass of. */
    private Node mostSpecificClass(Node entity) {
        List<String> types = new ArrayList<>();
        storage.find(entitiesGraph, entity, TYPE, Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI()) {
                types.add(q.getObject().getURI());
            }
        });
        return types.stream().filter(t -> types.stream().noneMatch(o -> !o.equals(t) && ClassHierarchy.isA(o, t)))
                .findFirst().map(NodeFactory::createURI).orElse(null);
    }

    private Node first(Node graph, Node s, Node p) {
        var it = storage.find(graph, s, p, Node.ANY);
        try {
            return it.hasNext() ? it.next().getObject() : null;
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
    }

    private static Node offset(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDnonNegativeInteger);
    }

    private static String survivor(Map<Node, Node> survivors, String iri) {
        Node to = survivors.get(NodeFactory.createURI(iri));
        return to == null ? iri : to.getURI();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
