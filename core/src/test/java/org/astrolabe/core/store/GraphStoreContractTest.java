package org.astrolabe.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ArticleGraph;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@link GraphStore} contract. A backend's test extends this class and implements {@link #createStore};
 * persistent backends also override {@link #reopen}. Nothing here depends on a particular backend.
 */
public abstract class GraphStoreContractTest {
    protected static final Iris IRIS = new Iris("https://test.example.org/res/");

    @TempDir
    protected Path tempDir;

    protected GraphStore store;
    protected final GeneratedArticles articles = new GeneratedArticles(IRIS);
    private final ArticleGraph layout = new ArticleGraph(IRIS);
    private final List<GraphStore> opened = new ArrayList<>();

    /** A new, empty store using these IRIs and this clock for {@code kg:ingestedAt}. */
    protected abstract GraphStore createStore(Iris iris, Clock clock);

    /** Closes and opens the store again where that means something; in-memory stores return it as it is. */
    protected GraphStore reopen(GraphStore current) {
        return current;
    }

    @BeforeEach
    void openStore() {
        store = track(createStore(IRIS, new TickingClock()));
    }

    @AfterEach
    void closeStores() {
        opened.forEach(GraphStore::close);
    }

    /** Registers a store so it is closed after the test. */
    protected GraphStore track(GraphStore s) {
        opened.add(s);
        return s;
    }

    @Test
    void putAddsTheArticleGraphInOneNamedGraph() {
        ExtractionResult result = articles.article(1, 1);
        PutOutcome outcome = store.put(result);

        String doc = IRIS.document(result.article());
        assertThat(outcome.documentIri()).isEqualTo(doc);
        assertThat(outcome.change()).isEqualTo(PutOutcome.Change.ADDED);
        Set<Triple> stored = graphTriples(doc);
        assertThat(outcome.quads()).isEqualTo(stored.size());
        assertThat(withoutIngestTime(stored)).isEqualTo(withoutIngestTime(expectedTriples(result)));
    }

    @Test
    void wellFormedArticlesBreakNoShape() {
        store.putAll(List.of(articles.article(1, 1), articles.article(2, 1), articles.article(3, 1)), GraphStore.Rewrite.IF_CHANGED);
        assertThat(store.shapeViolations()).isZero();
    }

    @Test
    void anArticleThatBreaksAShapeIsStoredAllTheSameAndTheViolationCounted() {
        ExtractionResult broken = ShapeBreakingArticle.agencyHeadquarteredInAPerson(IRIS, "https://news.example.org/broken");
        PutOutcome outcome = store.put(broken);

        assertThat(store.shapeViolations()).isEqualTo(ShapeBreakingArticle.VIOLATIONS);
        assertThat(outcome.change()).isEqualTo(PutOutcome.Change.ADDED);
        assertThat(store.document(outcome.documentIri())).isPresent();
        boolean factStored = store.read(ds -> ds.asDatasetGraph().contains(NodeFactory.createURI(outcome.documentIri()),
                NodeFactory.createURI(IRIS.entity("Orbital Agency")), KG.headquarteredIn.asNode(),
                NodeFactory.createURI(IRIS.entity("Ada Quill"))));
        assertThat(factStored).isTrue();

        store.put(broken);
        assertThat(store.shapeViolations()).as("an unchanged article is not written, nor checked, again")
                .isEqualTo(ShapeBreakingArticle.VIOLATIONS);
    }

    @Test
    void puttingTheSameArticleAgainChangesNothing() {
        ExtractionResult result = articles.article(2, 1);
        store.put(result);
        Set<Quad> before = allQuads(store);

        PutOutcome again = store.put(articles.article(2, 1));

        assertThat(again.change()).isEqualTo(PutOutcome.Change.UNCHANGED);
        assertThat(again.quads()).isEqualTo(graphTriples(again.documentIri()).size());
        assertThat(allQuads(store)).isEqualTo(before);
    }

    @Test
    void aNewExtractorVersionReplacesTheGraphAsAWhole() {
        store.put(articles.article(3, 1));
        ExtractionResult second = articles.article(3, 2);

        PutOutcome outcome = store.put(second);

        assertThat(outcome.change()).isEqualTo(PutOutcome.Change.REPLACED);
        assertThat(withoutIngestTime(graphTriples(outcome.documentIri())))
                .isEqualTo(withoutIngestTime(expectedTriples(second)));
    }

    @Test
    void changedTextWithTheSameUrlReplacesTheGraph() {
        ExtractionResult first = articles.article(4, 1);
        store.put(first);
        Article edited = new Article(first.article().source(), first.article().url(), first.article().title(),
                first.article().date(), first.article().text() + " Corrected.");
        ExtractionResult corrected = new ExtractionResult(edited, first.entities(), first.mentions(), first.facts(),
                first.extractorVersion());

        assertThat(store.put(corrected).change()).isEqualTo(PutOutcome.Change.REPLACED);
        assertThat(store.document(IRIS.document(edited)).orElseThrow().contentHash())
                .isEqualTo(Iris.contentHash(edited.text()));
    }

    @Test
    void putAllWritesABatchAsOnePutPerArticleWouldInListOrder() {
        List<ExtractionResult> batch = List.of(articles.article(10, 1), articles.article(11, 1), articles.article(10, 1));
        GraphStore oneByOne = track(createStore(IRIS, new TickingClock()));
        batch.forEach(oneByOne::put);

        List<PutOutcome> outcomes = store.putAll(batch, GraphStore.Rewrite.IF_CHANGED);

        assertThat(outcomes).extracting(PutOutcome::change)
                .containsExactly(PutOutcome.Change.ADDED, PutOutcome.Change.ADDED, PutOutcome.Change.UNCHANGED);
        assertThat(outcomes).extracting(PutOutcome::documentIri).containsExactly(
                IRIS.document(batch.get(0).article()), IRIS.document(batch.get(1).article()), IRIS.document(batch.get(0).article()));
        assertThat(withoutIngestTimes(allQuads(store))).isEqualTo(withoutIngestTimes(allQuads(oneByOne)));
        assertEntitiesGraphConsistent(store);
    }

    @Test
    void putAllAlwaysReplacesEvenAnUnchangedArticle() {
        ExtractionResult result = articles.article(12, 1);
        store.put(result);
        Instant firstIngest = store.document(IRIS.document(result.article())).orElseThrow().ingestedAt();

        List<PutOutcome> outcomes = store.putAll(List.of(result), GraphStore.Rewrite.ALWAYS);

        assertThat(outcomes).singleElement().extracting(PutOutcome::change).isEqualTo(PutOutcome.Change.REPLACED);
        assertThat(store.document(IRIS.document(result.article())).orElseThrow().ingestedAt()).isAfter(firstIngest);
        assertThat(withoutIngestTime(graphTriples(outcomes.get(0).documentIri()))).isEqualTo(withoutIngestTime(expectedTriples(result)));
    }

    @Test
    void alreadyStoredAnswersForTheSameTextAndExtractorVersionOnly() {
        ExtractionResult result = articles.article(13, 1);
        Article article = result.article();
        assertThat(store.alreadyStored(article, result.extractorVersion())).isEmpty();

        store.put(result);

        assertThat(store.alreadyStored(article, result.extractorVersion())).contains(IRIS.document(article));
        assertThat(store.alreadyStored(article, "another-version")).isEmpty();
        Article edited = new Article(article.source(), article.url(), article.title(), article.date(), article.text() + " Corrected.");
        assertThat(store.alreadyStored(edited, result.extractorVersion())).as("same URL, changed text").isEmpty();
    }

    @Test
    void theFirstWriterDescribesAnEntityAndLaterOnesOnlyAddSameAs() {
        String iri = IRIS.entity("Shared Agency");
        ExtractedEntity asFirstSeen = new ExtractedEntity(iri, KG.SpaceAgency.getURI(), "Shared Agency", Set.of(), Set.of());
        ExtractedEntity asSeenLater = new ExtractedEntity(iri, KG.SpaceAgency.getURI(), "The Shared Agency",
                Set.of("SA"), Set.of("http://www.wikidata.org/entity/Q42"));
        store.put(singleEntityArticle("https://news.example.org/a", asFirstSeen));
        store.put(singleEntityArticle("https://news.example.org/b", asSeenLater));

        Set<Triple> description = entityDescription(iri);
        assertThat(description).filteredOn(t -> t.getPredicate().equals(RDFS.label.asNode()))
                .extracting(t -> t.getObject().getLiteralLexicalForm()).containsExactly("Shared Agency");
        assertThat(description).filteredOn(t -> t.getPredicate().equals(OWL.sameAs.asNode()))
                .extracting(t -> t.getObject().getURI()).containsExactly("http://www.wikidata.org/entity/Q42");
    }

    @Test
    void deleteRemovesExactlyTheArticleAndTheEntitiesNoOtherArticleMentions() {
        String sharedIri = IRIS.entity("Shared Agency");
        String ownIri = IRIS.entity("Lonely Rover");
        ExtractedEntity shared = new ExtractedEntity(sharedIri, KG.SpaceAgency.getURI(), "Shared Agency", Set.of(), Set.of());
        ExtractedEntity own = new ExtractedEntity(ownIri, KG.Rover.getURI(), "Lonely Rover", Set.of(), Set.of());
        ExtractionResult keep = singleEntityArticle("https://news.example.org/keep", shared);
        ExtractionResult remove = singleEntityArticle("https://news.example.org/remove", shared, own);
        store.put(keep);
        store.put(articles.article(5, 1));
        Set<Quad> before = allQuads(store);
        store.put(remove);
        String removed = IRIS.document(remove.article());

        assertThat(store.delete(removed)).isTrue();

        assertThat(allQuads(store)).isEqualTo(before);
        assertThat(entityDescription(sharedIri)).isNotEmpty();
        assertThat(entityDescription(ownIri)).isEmpty();
        assertThat(store.document(removed)).isEmpty();
        assertThat(store.delete(removed)).isFalse();
        assertThat(store.delete("https://news.example.org/never-stored")).isFalse();
    }

    @Test
    void replacingRemovesDescriptionsOnlyTheOldVersionUsed() {
        ExtractionResult v1 = articles.article(6, 1);
        ExtractionResult v2 = articles.article(6, 2);
        Set<String> onlyInV1 = iris(v1.entities());
        onlyInV1.removeAll(iris(v2.entities()));
        assertThat(onlyInV1).as("the generator changes the entities between versions").isNotEmpty();

        store.put(v1);
        store.put(v2);

        onlyInV1.forEach(iri -> assertThat(entityDescription(iri)).as(iri).isEmpty());
        iris(v2.entities()).forEach(iri -> assertThat(labels(iri)).as(iri).hasSize(1));
    }

    @Test
    void everyDescribedEntityHasExactlyOneLabelAndIsMentioned() {
        for (int n = 0; n < 12; n++) {
            store.put(articles.article(n, n % 3));
        }
        for (int n = 0; n < 12; n += 4) {
            store.put(articles.article(n, 7));
        }
        store.delete(IRIS.document(articles.article(1, 1).article()));
        assertEntitiesGraphConsistent(store);
    }

    @Test
    void queriesSeeTheUnionOfAllGraphsAsTheDefaultGraph() {
        store.put(articles.article(7, 1));
        store.put(articles.article(8, 1));
        String query = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <" + KG.Document.getURI() + "> }";

        long viaRead = store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        long viaDataset = Txn.calculateRead(store.dataset(), () -> {
            try (QueryExecution qe = QueryExecution.dataset(store.dataset()).query(query).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        long labels = store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds)
                    .query("SELECT (COUNT(*) AS ?n) WHERE { ?e <" + RDFS.label.getURI() + "> ?l }").build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });

        assertThat(viaRead).isEqualTo(2);
        assertThat(viaDataset).isEqualTo(2);
        assertThat(labels).as("entity labels live in the entities graph").isPositive();
    }

    @Test
    void documentsAreListedNewestFirstWithCounts() {
        for (int n = 10; n < 15; n++) {
            store.put(articles.article(n, 1));
        }
        List<DocumentSummary> all = store.documents(0, 100);

        assertThat(all).extracting(DocumentSummary::title)
                .containsExactly("Report 14", "Report 13", "Report 12", "Report 11", "Report 10");
        DocumentSummary newest = all.get(0);
        ExtractionResult result = articles.article(14, 1);
        assertThat(newest.url()).isEqualTo(articles.url(14));
        assertThat(newest.source()).isEqualTo("generated-14.html");
        assertThat(newest.date()).isEqualTo(result.article().date());
        assertThat(newest.extractorVersion()).isEqualTo("gen-1");
        assertThat(newest.facts()).isEqualTo(result.facts().size());
        assertThat(newest.quads()).isEqualTo(graphTriples(newest.iri()).size());
        assertThat(newest.ingestedAt()).isAfter(all.get(1).ingestedAt());
        assertThat(store.documents(1, 2)).extracting(DocumentSummary::title).containsExactly("Report 13", "Report 12");
        assertThat(store.documents(10, 2)).isEmpty();
        assertThat(store.document(newest.iri())).contains(newest);
    }

    @Test
    void hasDocumentsTellsAnEmptyStoreFromOneWithArticles() {
        assertThat(store.hasDocuments()).isFalse();
        String iri = store.put(articles.article(20, 1)).documentIri();
        assertThat(store.hasDocuments()).isTrue();
        store.delete(iri);
        assertThat(store.hasDocuments()).isFalse();
    }

    @Test
    void nQuadsExportRoundTripsThroughAnEmptyStore() {
        fill(store, 6);
        byte[] first = export(store, RDFFormat.NQUADS, null);

        GraphStore copy = track(createStore(IRIS, new TickingClock()));
        copy.write(ds -> RDFParser.source(new ByteArrayInputStream(first)).lang(Lang.NQUADS).parse(ds.asDatasetGraph()));
        byte[] second = export(copy, RDFFormat.NQUADS, null);

        assertThat(parseQuads(second, Lang.NQUADS)).isEqualTo(parseQuads(first, Lang.NQUADS)).isEqualTo(allQuads(store));
    }

    @Test
    void everyFormatExportsTheWholeStoreAndSingleGraphs() {
        fill(store, 4);
        Set<Quad> quads = allQuads(store);
        Set<Triple> triples = new HashSet<>();
        quads.forEach(q -> triples.add(q.asTriple()));

        assertThat(parseQuads(export(store, RDFFormat.TRIG, null), Lang.TRIG)).isEqualTo(quads);
        assertThat(parseQuads(export(store, RDFFormat.JSONLD, null), Lang.JSONLD)).isEqualTo(quads);
        assertThat(parseTriples(export(store, RDFFormat.TURTLE, null), Lang.TURTLE)).isEqualTo(triples);
        assertThat(parseTriples(export(store, RDFFormat.NTRIPLES, null), Lang.NTRIPLES)).isEqualTo(triples);

        String doc = IRIS.document(articles.article(2, 1).article());
        Set<Triple> graph = graphTriples(doc);
        for (RDFFormat format : List.of(RDFFormat.TURTLE, RDFFormat.NTRIPLES, RDFFormat.JSONLD)) {
            assertThat(parseTriples(export(store, format, doc), format.getLang())).as(format.toString()).isEqualTo(graph);
        }
        Set<Quad> graphAsQuads = parseQuads(export(store, RDFFormat.NQUADS, doc), Lang.NQUADS);
        assertThat(graphAsQuads).hasSize(graph.size());
        assertThat(store.export(new ByteArrayOutputStream(), RDFFormat.NQUADS, null)).isEqualTo(quads.size());
    }

    @Test
    void exportingAGraphThatDoesNotExistFails() {
        assertThatThrownBy(() -> store.export(new ByteArrayOutputStream(), RDFFormat.NQUADS, "https://nowhere.example.org/g"))
                .isInstanceOf(StoreException.class).hasMessageContaining("no graph");
    }

    @Test
    void statsCountArticlesEntitiesFactsAndQuads() {
        fill(store, 5);
        StoreStats stats = store.stats();

        Set<String> entities = new HashSet<>();
        Map<String, Set<List<Node>>> statements = new HashMap<>();
        for (int n = 0; n < 5; n++) {
            ExtractionResult result = articles.article(n, 1);
            entities.addAll(iris(result.entities()));
            result.facts().forEach(f -> statements.computeIfAbsent(f.propertyIri(), p -> new HashSet<>())
                    .add(List.of(NodeFactory.createURI(f.subjectIri()), f.object())));
        }
        assertThat(stats.articles()).isEqualTo(5);
        assertThat(stats.entitiesPerClass().get(KG.Entity.getURI())).isEqualTo(entities.size());
        assertThat(stats.entitiesPerClass().get(KG.Organization.getURI()))
                .isGreaterThanOrEqualTo(stats.entitiesPerClass().get(KG.SpaceAgency.getURI()));
        statements.forEach((p, set) -> assertThat(stats.factsPerProperty().get(p)).as(p).isEqualTo(set.size()));
        assertThat(stats.quads()).isEqualTo(allQuads(store).size());
    }

    @Test
    void backupWritesAGzippedNQuadsCopy() throws Exception {
        fill(store, 3);
        Path file = store.backup(tempDir);

        assertThat(file.getParent()).isEqualTo(tempDir);
        assertThat(file.getFileName().toString()).endsWith(".nq.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            assertThat(parseQuads(in.readAllBytes(), Lang.NQUADS)).isEqualTo(allQuads(store));
        }
        Path named = store.backup(tempDir.resolve("sub/copy.nq.gz"));
        assertThat(named).exists();
        assertThat(Files.list(named.getParent())).containsExactly(named);
    }

    @Test
    void changesSurviveReopening() {
        fill(store, 3);
        Set<Quad> before = allQuads(store);
        store = reopen(store);
        track(store);
        assertThat(allQuads(store)).isEqualTo(before);
        assertThat(store.documents(0, 10)).hasSize(3);
    }

    @Test
    void compactingKeepsTheStoreUsable() {
        fill(store, 4);
        store.delete(IRIS.document(articles.article(0, 1).article()));
        Set<Quad> before = allQuads(store);

        store.compact();

        assertThat(allQuads(store)).isEqualTo(before);
        assertThat(store.put(articles.article(20, 1)).change()).isEqualTo(PutOutcome.Change.ADDED);
        long documents = store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds)
                    .query("ASK { <" + IRIS.document(articles.article(20, 1).article()) + "> a <" + KG.Document.getURI() + "> }").build()) {
                return qe.execAsk() ? 1L : 0L;
            }
        });
        assertThat(documents).as("the union default graph still works after compaction").isEqualTo(1);
    }

    @Test
    void readersNeverSeeAHalfWrittenArticle() throws Exception {
        Map<String, Integer> expectedSizes = new HashMap<>();
        for (int n = 0; n < 25; n++) {
            ExtractionResult result = articles.article(n, 1);
            expectedSizes.put(IRIS.document(result.article()), expectedTriples(result).size());
        }
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger checks = new AtomicInteger();
        List<String> problems = new ArrayList<>();
        Thread reader = new Thread(() -> {
            while (writing.get() || checks.get() == 0) {
                store.read(ds -> {
                    DatasetGraph dsg = ds.asDatasetGraph();
                    expectedSizes.forEach((doc, size) -> {
                        long seen = Iter.count(dsg.find(NodeFactory.createURI(doc), Node.ANY, Node.ANY, Node.ANY));
                        if (seen != 0 && seen != size) {
                            synchronized (problems) {
                                problems.add(doc + " had " + seen + " of " + size + " quads");
                            }
                        }
                    });
                    return null;
                });
                checks.incrementAndGet();
            }
        });
        reader.start();
        for (int n = 0; n < 25; n++) {
            store.put(articles.article(n, 1));
        }
        writing.set(false);
        reader.join();
        assertThat(problems).isEmpty();
        assertThat(checks.get()).isPositive();
    }

    @Test
    void aFailedWriteLeavesNothingBehind() {
        store.put(articles.article(1, 1));
        Set<Quad> before = allQuads(store);
        assertThatThrownBy(() -> store.write(ds -> {
            ds.asDatasetGraph().add(NodeFactory.createURI("https://test.example.org/g"), NodeFactory.createURI("https://test.example.org/s"),
                    RDFS.label.asNode(), NodeFactory.createLiteralString("half"));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");
        assertThat(allQuads(store)).isEqualTo(before);
    }

    @Test
    void aClosedStoreRefusesWork() {
        store.close();
        store.close();
        assertThatThrownBy(() -> store.put(articles.article(1, 1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.documents(0, 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.dataset()).isInstanceOf(IllegalStateException.class);
    }

    // ---- helpers, usable by subclasses

    /** Puts articles 0..count-1 in version 1. */
    protected void fill(GraphStore target, int count) {
        for (int n = 0; n < count; n++) {
            target.put(articles.article(n, 1));
        }
    }

    /** The triples the layout makes for this result (the ingest time aside, which the store sets). */
    protected Set<Triple> expectedTriples(ExtractionResult result) {
        return new HashSet<>(layout.articleGraph(result, Instant.EPOCH).find().toList());
    }

    /**
     * The triples without {@code kg:ingestedAt}, with xsd:double literals in one lexical form: a store may
     * keep numbers as values (TDB2 gives "0.5" back as "0.5e0"), which is the same RDF literal value.
     */
    public static Set<Triple> withoutIngestTime(Set<Triple> triples) {
        Set<Triple> copy = new HashSet<>();
        for (Triple t : triples) {
            if (!t.getPredicate().equals(KG.ingestedAt.asNode())) {
                copy.add(Triple.create(t.getSubject(), t.getPredicate(), sameDoubleForm(t.getObject())));
            }
        }
        return copy;
    }

    private static Node sameDoubleForm(Node node) {
        if (node.isLiteral() && XSDDatatype.XSDdouble.equals(node.getLiteralDatatype())) {
            return NodeFactory.createLiteralDT(Double.toString(Double.parseDouble(node.getLiteralLexicalForm())), XSDDatatype.XSDdouble);
        }
        return node;
    }

    protected Set<Triple> graphTriples(String graphIri) {
        return store.read(ds -> {
            Set<Triple> triples = new HashSet<>();
            ds.asDatasetGraph().find(NodeFactory.createURI(graphIri), Node.ANY, Node.ANY, Node.ANY)
                    .forEachRemaining(q -> triples.add(q.asTriple()));
            return triples;
        });
    }

    protected Set<Triple> entityDescription(String entityIri) {
        return store.read(ds -> {
            Set<Triple> triples = new HashSet<>();
            ds.asDatasetGraph().find(NodeFactory.createURI(IRIS.entitiesGraph()), NodeFactory.createURI(entityIri), Node.ANY, Node.ANY)
                    .forEachRemaining(q -> triples.add(q.asTriple()));
            return triples;
        });
    }

    private List<Triple> labels(String entityIri) {
        return entityDescription(entityIri).stream().filter(t -> t.getPredicate().equals(RDFS.label.asNode())).toList();
    }

    /** Quads without {@code kg:ingestedAt}, which differs between two stores written at different times. */
    protected static Set<Quad> withoutIngestTimes(Set<Quad> quads) {
        Set<Quad> copy = new HashSet<>(quads);
        copy.removeIf(q -> q.getPredicate().equals(KG.ingestedAt.asNode()));
        return copy;
    }

    protected static Set<Quad> allQuads(GraphStore target) {
        return target.read(ds -> {
            Set<Quad> quads = new HashSet<>();
            ds.asDatasetGraph().find().forEachRemaining(quads::add);
            return quads;
        });
    }

    /**
     * Checks the entities graph against the article graphs: every described entity has one label and is
     * mentioned by some article graph, and every entity an article types has a description.
     */
    public static void assertEntitiesGraphConsistent(GraphStore target) {
        Node entitiesGraph = NodeFactory.createURI(IRIS.entitiesGraph());
        target.read(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Map<Node, Integer> labelCount = new HashMap<>();
            dsg.find(entitiesGraph, Node.ANY, RDFS.label.asNode(), Node.ANY)
                    .forEachRemaining(q -> labelCount.merge(q.getSubject(), 1, Integer::sum));
            Set<Node> described = new HashSet<>();
            dsg.find(entitiesGraph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> described.add(q.getSubject()));
            Set<Node> mentioned = new HashSet<>();
            dsg.findNG(Node.ANY, Node.ANY, KG.refersTo.asNode(), Node.ANY).forEachRemaining(q -> {
                if (!q.getGraph().equals(entitiesGraph)) {
                    mentioned.add(q.getObject());
                }
            });
            assertThat(described).as("described entities are exactly the mentioned ones").isEqualTo(mentioned);
            described.forEach(e -> assertThat(labelCount.get(e)).as("labels of " + e).isEqualTo(1));
            return null;
        });
    }

    private static Set<String> iris(List<ExtractedEntity> entities) {
        Set<String> iris = new HashSet<>();
        entities.forEach(e -> iris.add(e.iri()));
        return iris;
    }

    private static ExtractionResult singleEntityArticle(String url, ExtractedEntity... entities) {
        StringBuilder text = new StringBuilder();
        List<org.astrolabe.core.model.Mention> mentions = new ArrayList<>();
        for (ExtractedEntity e : entities) {
            int begin = text.length();
            text.append(e.label());
            mentions.add(new org.astrolabe.core.model.Mention(e.iri(), begin, text.length(), e.label()));
            text.append(" was in the news. ");
        }
        Article article = new Article("test.html", url, "Test " + url, null, text.toString().strip());
        return new ExtractionResult(article, List.of(entities), mentions, List.of(), "test-1");
    }

    protected static byte[] export(GraphStore target, RDFFormat format, String graph) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        target.export(out, format, graph);
        return out.toByteArray();
    }

    protected static Set<Quad> parseQuads(byte[] data, Lang lang) {
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(new ByteArrayInputStream(data)).lang(lang).parse(parsed);
        return new HashSet<>(Iter.toList(parsed.find()));
    }

    protected static Set<Triple> parseTriples(byte[] data, Lang lang) {
        Graph parsed = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(data)).lang(lang).parse(parsed);
        return new HashSet<>(parsed.find().toList());
    }
}
