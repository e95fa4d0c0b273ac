package org.astrolabe.extractor.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.jena.riot.RDFFormat;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.extractor.CoreNlpExtractor;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bulk ingest with the real extractor, shared by the extraction threads as it is in {@code astrolabe ingest}. */
@Tag("models")
class RealExtractorIngestTest {
    private static final List<Article> ARTICLES = List.of(
            new Article("isro.txt", null, "ISRO and JAXA sign pact", LocalDate.of(2024, 3, 8),
                    "The Indian Space Research Organisation and the Japan Aerospace Exploration Agency signed an agreement"
                            + " in Tokyo on Friday to cooperate on a lunar polar exploration mission."),
            new Article("esa.txt", null, "ESA picks Ariane 6", LocalDate.of(2024, 5, 2),
                    "The European Space Agency said on Thursday that its Juice probe team will work with Airbus."
                            + " ESA Director General Josef Aschbacher announced the decision in Paris."),
            new Article("suparco.txt", null, "Pakistan and China", LocalDate.of(2025, 2, 28),
                    "Pakistan's space agency SUPARCO signed a cooperation agreement with the China Manned Space Agency"
                            + " on Friday for the first Pakistani astronaut mission to the Tiangong space station."),
            new Article("nasa.txt", null, "NASA launch", LocalDate.of(2024, 9, 10),
                    "NASA launched the Europa Clipper spacecraft on a SpaceX Falcon Heavy rocket from Kennedy Space Center"
                            + " in Florida on Monday."));

    @TempDir
    Path dir;

    @Test
    void twoThreadsSharingTheExtractorStoreWhatOneThreadStoresAndARerunExtractsNothing() {
        CountingExtractor extractor = new CountingExtractor(CoreNlpExtractor.shared());
        String oneThread;
        try (GraphStore store = Tdb2GraphStore.open(dir.resolve("one"))) {
            new Ingestor(store, extractor, IngestOptions.defaults().withThreads(1)).ingest(ARTICLES, Ingestor.Listener.SILENT);
            oneThread = withoutIngestTimes(store);
        }
        try (GraphStore store = Tdb2GraphStore.open(dir.resolve("two"))) {
            Ingestor ingestor = new Ingestor(store, extractor, IngestOptions.defaults().withThreads(2).withBatchSize(2));
            IngestSummary first = ingestor.ingest(ARTICLES, Ingestor.Listener.SILENT);
            assertThat(first.hasFailures()).as(first.notStored().toString()).isFalse();
            assertThat(first.facts()).as("the articles state facts").isPositive();
            assertThat(withoutIngestTimes(store)).as("same quads as with one thread").isEqualTo(oneThread);

            IngestSummary again = ingestor.ingest(ARTICLES, Ingestor.Listener.SILENT);

            assertThat(extractor.extracted()).as("two runs extracted each article, the third none").hasSize(2 * ARTICLES.size());
            assertThat(again.foundStored()).isEqualTo(ARTICLES.size());
        }
    }

    private static String withoutIngestTimes(GraphStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, RDFFormat.NQUADS, null);
        return out.toString(StandardCharsets.UTF_8).lines().filter(line -> !line.contains(KG.ingestedAt.getURI())).sorted()
                .collect(Collectors.joining("\n"));
    }
}
