package org.astrolabe.reliability.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDFS;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash run's audit must see each kind of damage it claims to rule out: an acknowledged article
 * missing, a graph missing part of a fact's evidence, an article back after its delete, a graph that differs
 * from the one acknowledged, an orphaned entity description; and it must settle requests in flight by what the
 * store holds.
 */
class StoreAuditTest {
    private final SyntheticArticles articles = new SyntheticArticles("audit");

    @TempDir
    Path storeDir;

    @Test
    void anIntactStoreHasNoProblemAndRequestsInFlightAreSettled() {
        ArticleLedger ledger = new ArticleLedger();
        try (GraphStore store = Tdb2GraphStore.open(storeDir)) {
            acknowledge(store, ledger, 0);
            acknowledge(store, ledger, 1);
            ledger.posting(articles.documentIri(2), null);
            store.put(articles.article(2));
            ledger.posting(articles.documentIri(3), null);
            ledger.deleting(articles.documentIri(1));
        }

        StoreAudit.Result result = StoreAudit.check(storeDir, ledger);

        assertThat(result.problems()).isEmpty();
        assertThat(result.postsInFlightStored()).isEqualTo(1);
        assertThat(result.postsInFlightAbsent()).isEqualTo(1);
        assertThat(result.deletesInFlightUndone()).isEqualTo(1);
        assertThat(ledger.present()).extracting(ArticleLedger.Present::iri)
                .containsExactlyInAnyOrder(articles.documentIri(0), articles.documentIri(1), articles.documentIri(2));
        assertThat(ledger.gone()).containsExactly(articles.documentIri(3));
    }

    @Test
    void seesALostArticleAHalfWrittenOneAndOneBackAfterItsDelete() {
        ArticleLedger ledger = new ArticleLedger();
        try (GraphStore store = Tdb2GraphStore.open(storeDir)) {
            acknowledge(store, ledger, 0);
            acknowledge(store, ledger, 1);
            acknowledge(store, ledger, 2);
            store.delete(articles.documentIri(0));
            Node graph = NodeFactory.createURI(articles.documentIri(1));
            store.write(ds -> {
                DatasetGraph dsg = ds.asDatasetGraph();
                var sentence = dsg.find(graph, Node.ANY, KG.sentence.asNode(), Node.ANY).next();
                dsg.delete(sentence);
            });
            ledger.deleting(articles.documentIri(2));
            ledger.deleted(articles.documentIri(2));
        }

        StoreAudit.Result result = StoreAudit.check(storeDir, ledger);

        assertThat(result.lost()).isEqualTo(1);
        assertThat(result.halfPresent()).isEqualTo(1);
        assertThat(result.resurrected()).isEqualTo(1);
        assertThat(result.changed()).isEqualTo(1);
        assertThat(result.problems()).anyMatch(p -> p.contains("without exactly one sentence"));
    }

    @Test
    void seesAnEntityDescribedButMentionedByNoArticle() {
        ArticleLedger ledger = new ArticleLedger();
        try (GraphStore store = Tdb2GraphStore.open(storeDir)) {
            acknowledge(store, ledger, 0);
            store.write(ds -> ds.asDatasetGraph().add(NodeFactory.createURI(Iris.defaults().entitiesGraph()),
                    NodeFactory.createURI(Iris.defaults().base() + "left-behind"), RDFS.label.asNode(), NodeFactory.createLiteralString("Left behind")));
        }

        StoreAudit.Result result = StoreAudit.check(storeDir, ledger);

        assertThat(result.problems()).containsExactly("entity " + Iris.defaults().base() + "left-behind is described but no article mentions it");
    }

    /** Stores article {@code n} and writes it down as acknowledged, with the graph fetched afterwards. */
    private void acknowledge(GraphStore store, ArticleLedger ledger, int n) {
        ExtractionResult article = articles.article(n);
        String iri = articles.documentIri(n);
        ledger.posting(iri, Iris.contentHash(article.article().text()));
        long quads = store.put(article).quads();
        ledger.posted(iri, ArticleClient.id(iri), quads, Iris.contentHash(article.article().text()));
        ledger.fetched(iri, GraphDigest.of(store, iri));
    }
}
