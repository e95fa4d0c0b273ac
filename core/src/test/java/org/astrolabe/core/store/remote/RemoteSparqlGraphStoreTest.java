package org.astrolabe.core.store.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdflink.RDFLink;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ArticleGraph;
import org.astrolabe.core.model.Evidence;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Fact;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.model.Mention;
import org.astrolabe.core.store.DocumentSummary;
import org.astrolabe.core.store.PutOutcome.Change;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RemoteSparqlGraphStoreTest {
    private static final Iris IRIS = Iris.defaults();
    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static FusekiOnLoopback fuseki;
    private RemoteSparqlGraphStore store;

    @BeforeAll
    static void startServer() {
        fuseki = FusekiOnLoopback.start();
    }

    @AfterAll
    static void stopServer() {
        fuseki.close();
    }

    @BeforeEach
    void connect() {
        Txn.executeWrite(fuseki.dataset(), () -> fuseki.dataset().clear());
        store = RemoteSparqlGraphStore.connect(SparqlEndpoints.fuseki(fuseki.datasetUrl()), IRIS, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void storesTheArticleGraphExactlyAsTheLayoutWritesIt() {
        ExtractionResult result = nasaAndEsa("https://example.org/a", "NASA and ESA signed an agreement.", "v1");
        var outcome = store.put(result);

        Graph expected = new ArticleGraph(IRIS).articleGraph(result, NOW);
        Graph stored = Txn.calculateRead(fuseki.dataset(), () -> copy(fuseki.dataset(), outcome.documentIri()));
        assertThat(outcome.change()).isEqualTo(Change.ADDED);
        assertThat(outcome.quads()).isEqualTo(expected.size());
        // TDB2 keeps numbers by value ("0.9"^^xsd:double comes back as "0.9e0"): compare canonical forms.
        assertThat(canonical(stored)).containsExactlyInAnyOrderElementsOf(canonical(expected));
    }

    @Test
    void putIsIdempotentAndReplacesChangedText() {
        ExtractionResult first = nasaAndEsa("https://example.org/a", "NASA and ESA signed an agreement.", "v1");
        String doc = store.put(first).documentIri();
        assertThat(store.put(first).change()).isEqualTo(Change.UNCHANGED);

        ExtractionResult edited = nasaAndEsa("https://example.org/a", "NASA and ESA signed a new agreement.", "v1");
        var replaced = store.put(edited);
        assertThat(replaced.change()).isEqualTo(Change.REPLACED);
        assertThat(replaced.documentIri()).isEqualTo(doc);
        assertThat(store.put(nasaAndEsa("https://example.org/a", "NASA and ESA signed a new agreement.", "v2")).change())
                .isEqualTo(Change.REPLACED);
        assertThat(store.stats().articles()).isEqualTo(1);
        assertThat(store.document(doc)).map(DocumentSummary::extractorVersion).contains("v2");
    }

    @Test
    void firstLabelOfAnEntityWinsAndDescriptionsLeaveWithTheirLastArticle() {
        String nasa = IRIS.entity("NASA");
        String esa = IRIS.entity("ESA");
        String a = store.put(nasaAndEsa("https://example.org/a", "NASA and ESA signed an agreement.", "v1")).documentIri();
        String b = store.put(result("https://example.org/b", "The N.A.S.A. flew.", "v1",
                entity(nasa, KG.SpaceAgency, "N.A.S.A."))).documentIri();

        assertThat(labels(nasa)).containsExactly("NASA");

        assertThat(store.delete(a)).isTrue();
        assertThat(labels(esa)).isEmpty();
        assertThat(labels(nasa)).containsExactly("NASA");
        assertThat(store.delete(a)).isFalse();

        assertThat(store.delete(b)).isTrue();
        assertThat(labels(nasa)).isEmpty();
        assertThat(store.stats().quads()).isZero();
    }

    @Test
    void laterArticlesAddSameAsLinksButNeverChangeLabelOrTypes() {
        String nasa = IRIS.entity("NASA");
        store.put(nasaAndEsa("https://example.org/a", "NASA and ESA signed an agreement.", "v1"));
        store.put(result("https://example.org/b", "The agency NASA flew.", "v1",
                new ExtractedEntity(nasa, KG.Organization.getURI(), "N.A.S.A.", Set.of("NASA"), Set.of("http://www.wikidata.org/entity/Q23548"))));

        Node e = NodeFactory.createURI(nasa);
        Node g = NodeFactory.createURI(IRIS.entitiesGraph());
        assertThat(labels(nasa)).containsExactly("NASA");
        assertThat(Txn.calculateRead(fuseki.dataset(), () -> fuseki.dataset().contains(g, e,
                org.apache.jena.vocabulary.OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q23548")))).isTrue();
        assertThat(Txn.calculateRead(fuseki.dataset(), () -> fuseki.dataset().contains(g, e,
                org.apache.jena.vocabulary.RDF.type.asNode(), KG.SpaceAgency.asNode()))).isTrue();
    }

    @Test
    void replacingAnArticleDropsTheEntitiesItNoLongerMentions() {
        String esa = IRIS.entity("ESA");
        store.put(nasaAndEsa("https://example.org/a", "NASA and ESA signed an agreement.", "v1"));
        store.put(result("https://example.org/a", "NASA flew alone.", "v1", entity(IRIS.entity("NASA"), KG.SpaceAgency, "NASA")));

        assertThat(labels(esa)).isEmpty();
        assertThat(labels(IRIS.entity("NASA"))).containsExactly("NASA");
    }

    @Test
    void summariesComeNewestFirstWithCounts() {
        RemoteSparqlGraphStore later = RemoteSparqlGraphStore.connect(SparqlEndpoints.fuseki(fuseki.datasetUrl()), IRIS,
                Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC));
        String a = store.put(nasaAndEsa("https://example.org/a", "NASA and ESA signed an agreement.", "v1")).documentIri();
        String b = later.put(nasaAndEsa("https://example.org/b", "ESA and NASA signed again.", "v1")).documentIri();

        assertThat(store.documents(0, 10)).extracting(DocumentSummary::iri).containsExactly(b, a);
        assertThat(store.documents(1, 10)).extracting(DocumentSummary::iri).containsExactly(a);
        DocumentSummary summary = store.document(a).orElseThrow();
        assertThat(summary.title()).isEqualTo("Title of https://example.org/a");
        assertThat(summary.date()).isEqualTo(LocalDate.of(2026, 2, 27));
        assertThat(summary.url()).isEqualTo("https://example.org/a");
        assertThat(summary.ingestedAt()).isEqualTo(NOW);
        assertThat(summary.facts()).isEqualTo(1);
        assertThat(summary.quads()).isEqualTo(store.export(new ByteArrayOutputStream(), RDFFormat.NQUADS, a));
        assertThat(store.document(IRIS.base() + "doc/none")).isEmpty();
    }

    @Test
    void queriesSeeTheUnionOfTheArticleGraphs() {
        store.put(nasaAndEsa("https://example.org/a", "NASA and ESA signed an agreement.", "v1"));
        String query = "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e <" + RDFS.label + "> ?l ; <" + KG.cooperatesWith + "> ?o }";

        try (RDFLink link = RDFLink.queryConnect(store.endpoints().query())) {
            assertThat(link.query(query).select().next().get("n").getLiteralValue()).isEqualTo(1);
        }
        long viaView = store.read(ds -> {
            try (var exec = QueryExecutionFactory.create(query, ds)) {
                return exec.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertThat(viaView).isEqualTo(1);
    }

    @Test
    void theDatasetViewIsReadOnlyAndWriteSendsOneUpdate() {
        Resource thing = org.apache.jena.rdf.model.ResourceFactory.createResource("https://example.org/thing");
        String graph = "https://example.org/graph/notes";
        assertThatThrownBy(() -> store.dataset().getDefaultModel().add(thing, RDFS.label, "x"))
                .isInstanceOf(UnsupportedOperationException.class);

        assertThatThrownBy(() -> store.write(ds -> {
            ds.getNamedModel(graph).add(thing, RDFS.label, "lost");
            throw new IllegalStateException("changed my mind");
        })).hasMessage("changed my mind");
        assertThat(store.stats().quads()).isZero();

        store.write(ds -> {
            ds.getNamedModel(graph).add(thing, RDFS.label, "kept");
            assertThat(ds.getNamedModel(graph).contains(thing, RDFS.label)).isTrue();
        });
        assertThat(store.<Boolean>read(ds -> ds.getNamedModel(graph).contains(thing, RDFS.label, "kept")).booleanValue()).isTrue();
        store.write(ds -> ds.getNamedModel(graph).remove(thing, RDFS.label, ds.getNamedModel(graph).createLiteral("kept")));
        assertThat(store.stats().quads()).isZero();
    }

    @Test
    void backupHoldsEveryQuad(@TempDir Path dir) throws Exception {
        store.put(nasaAndEsa("https://example.org/a", "NASA and ESA signed an agreement.", "v1"));
        Path backup = store.backup(dir);

        DatasetGraph restored = DatasetGraphFactory.createTxnMem();
        try (var in = new GZIPInputStream(Files.newInputStream(backup))) {
            RDFDataMgr.read(restored, in, Lang.NQUADS);
        }
        assertThat(restored.stream().count()).isEqualTo(store.stats().quads());
        assertThat(Txn.calculateRead(fuseki.dataset(), () -> fuseki.dataset().stream().count())).isEqualTo(store.stats().quads());
    }

    @Test
    void statsCountArticlesEntitiesAndFacts() {
        store.put(nasaAndEsa("https://example.org/a", "NASA and ESA signed an agreement.", "v1"));
        store.put(nasaAndEsa("https://example.org/b", "ESA and NASA signed again.", "v1"));
        var stats = store.stats();
        assertThat(stats.articles()).isEqualTo(2);
        assertThat(stats.entitiesPerClass()).containsEntry(KG.SpaceAgency.getURI(), 2L).containsEntry(KG.Organization.getURI(), 2L);
        assertThat(stats.factsPerProperty()).containsEntry(KG.cooperatesWith.getURI(), 1L);
    }

    @Test
    void failsClearlyWhenClosedOrUnreachable() {
        store.close();
        assertThatThrownBy(() -> store.stats()).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");

        RemoteSparqlGraphStore nowhere = RemoteSparqlGraphStore.connect("http://127.0.0.1:9/astrolabe");
        assertThatThrownBy(nowhere::stats).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("http://127.0.0.1:9/astrolabe/query");
        assertThatThrownBy(() -> RemoteSparqlGraphStore.connect("ftp://example.org/x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // --- fixtures ------------------------------------------------------------------------------------

    private List<String> labels(String entityIri) {
        Node e = NodeFactory.createURI(entityIri);
        Node g = NodeFactory.createURI(IRIS.entitiesGraph());
        return Txn.calculateRead(fuseki.dataset(), () -> fuseki.dataset().stream(g, e, RDFS.label.asNode(), Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).toList());
    }

    private static List<Triple> canonical(Graph graph) {
        CanonicalizeLiteral canonical = CanonicalizeLiteral.get();
        return graph.find().mapWith(t -> Triple.create(t.getSubject(), t.getPredicate(), canonical.apply(t.getObject()))).toList();
    }

    private static Graph copy(DatasetGraph dataset, String graph) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        dataset.getGraph(NodeFactory.createURI(graph)).find().forEachRemaining(g::add);
        return g;
    }

    private static ExtractionResult nasaAndEsa(String url, String text, String version) {
        String nasa = IRIS.entity("NASA");
        String esa = IRIS.entity("ESA");
        ExtractionResult base = result(url, text, version, entity(nasa, KG.SpaceAgency, "NASA"), entity(esa, KG.SpaceAgency, "ESA"));
        Fact fact = new Fact(nasa, KG.cooperatesWith.getURI(), NodeFactory.createURI(esa),
                new Evidence(text, 0, text.length(), 0.9, "rule:test"));
        return new ExtractionResult(base.article(), base.entities(), base.mentions(), List.of(fact), version);
    }

    private static ExtractionResult result(String url, String text, String version, ExtractedEntity... entities) {
        Article article = new Article("test", url, "Title of " + url, LocalDate.of(2026, 2, 27), text);
        List<Mention> mentions = java.util.Arrays.stream(entities)
                .filter(e -> text.contains(e.label()))
                .map(e -> new Mention(e.iri(), text.indexOf(e.label()), text.indexOf(e.label()) + e.label().length(), e.label()))
                .toList();
        return new ExtractionResult(article, List.of(entities), mentions, List.of(), version);
    }

    private static ExtractedEntity entity(String iri, Resource type, String label) {
        return new ExtractedEntity(iri, type.getURI(), label, Set.of(label), Set.of());
    }
}
