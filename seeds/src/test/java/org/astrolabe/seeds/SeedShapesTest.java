package org.astrolabe.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.astrolabe.core.model.Iris;
import org.astrolabe.core.shapes.StoreValidation;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.InMemoryGraphStore;
import org.astrolabe.extractor.CoreNlpExtractor;
import org.astrolabe.extractor.ingest.IngestSummary;
import org.astrolabe.extractor.ingest.Ingestor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real extractor's graphs of the bundled seed articles conform to the ontology's SHACL shapes. */
@Tag("models")
class SeedShapesTest {

    @Test
    void theSeedArticlesIngestWithoutAShapeViolation() {
        try (GraphStore store = InMemoryGraphStore.create()) {
            IngestSummary summary = new Ingestor(store, CoreNlpExtractor.shared())
                    .ingest(SeedCorpus.articles(), (position, total, outcome) -> { });
            assertThat(summary.failed()).isZero();
            assertThat(store.shapeViolations()).as("violations found while writing").isZero();

            StoreValidation validation = StoreValidation.of(store, Iris.defaults());
            assertThat(validation.articles()).isEqualTo(store.documents(0, Integer.MAX_VALUE).size()).isPositive();
            assertThat(validation.all()).as("violations in the stored graphs").isEmpty();
        }
    }
}
