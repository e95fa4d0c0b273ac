package org.astrolabe.extractor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.query.QueryExecution;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.InMemoryGraphStore;
import org.astrolabe.core.store.PutOutcome;
import org.astrolabe.extractor.input.ArticleSources;
import org.astrolabe.extractor.input.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
    @TempDir
    Path dir;

    @Test
    void storesEachArticleReportsProgressAndKeepsGoingAfterFailures() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "ISRO and JAXA sign pact\n\nISRO of India and JAXA of Japan signed a pact.");
        Files.writeString(dir.resolve("b.txt"), "Broken story\n\nFAIL-EXTRACT in India.");
        Files.writeString(dir.resolve("d.jsonl"), "{\"title\":\"JAXA plans\",\"text\":\"JAXA of Japan plans a probe.\"}\nnot json\n");
        ReadResult input = ArticleSources.read(dir);

        try (GraphStore store = InMemoryGraphStore.create()) {
            List<String> lines = new ArrayList<>();
            IngestSummary summary = new Ingestor(store, new KnownNamesExtractor())
                    .ingest(input, (position, total, outcome) -> lines.add(outcome.progressLine(position, total)));

            assertThat(lines).hasSize(3);
            assertThat(lines.get(0)).matches("\\[1/3] a\\.txt  \"ISRO and JAXA sign pact\"  4 entities, 2 facts  \\(\\d+\\.\\d s\\)");
            assertThat(lines.get(1)).startsWith("[2/3] b.txt  \"Broken story\"  FAILED: cannot parse this article  (");
            assertThat(lines.get(2)).startsWith("[3/3] d.jsonl:1  \"JAXA plans\"  2 entities, 1 facts");

            assertThat(summary.stored()).isEqualTo(2);
            assertThat(summary.failed()).isEqualTo(1);
            assertThat(summary.entities()).isEqualTo(6);
            assertThat(summary.facts()).isEqualTo(3);
            assertThat(summary.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
            assertThat(summary.hasFailures()).isTrue();
            assertThat(summary.describe()).startsWith("Stored 2 of 3 articles (0 unchanged): 6 entities, 3 facts in ")
                    .endsWith("; 1 article failed; 1 input skipped.");

            long graphs = store.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds)
                        .query("SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?g a <https://w3id.org/astrolabe/ontology#Document> } }").build()) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertThat(graphs).as("only the two good articles are stored").isEqualTo(2);
        }
    }

    @Test
    void aFailingStoreFailsEachArticleWithItsReasonAndTheRunStillEnds() {
        GraphStore store = InMemoryGraphStore.create();
        store.close();
        IngestSummary summary = new Ingestor(store, new KnownNamesExtractor()).ingest(List.of(
                new Article("x.txt", null, "T", null, "T\n\nISRO of India."),
                new Article("y.txt", null, "U", null, "U\n\nJAXA of Japan.")), Ingestor.Listener.SILENT);
        assertThat(summary.failed()).isEqualTo(2);
        assertThat(summary.outcomes()).allSatisfy(o -> assertThat(o.error()).isNotBlank());
    }

    @Test
    void ingestingTheSameArticleAgainLeavesItUnchanged() {
        Article article = new Article("x.txt", null, "T", null, "T\n\nISRO of India.");
        try (GraphStore store = InMemoryGraphStore.create()) {
            Ingestor ingestor = new Ingestor(store, new KnownNamesExtractor());
            assertThat(ingestor.ingest(article).change()).isEqualTo(PutOutcome.Change.ADDED);
            ArticleOutcome again = ingestor.ingest(article);
            assertThat(again.change()).isEqualTo(PutOutcome.Change.UNCHANGED);
            assertThat(again.foundStored()).isTrue();
            assertThat(again.documentIri()).isEqualTo(Iris.defaults().document(article));
            assertThat(again.progressLine(1, 1)).contains("unchanged, already stored: not extracted");
            assertThat(new Ingestor(store, new KnownNamesExtractor()).ingest(List.of(article), Ingestor.Listener.SILENT).hasFailures()).isFalse();
        }
    }
}
