package org.astrolabe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.spark.sql.SparkSession;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.InMemoryGraphStore;
import org.astrolabe.extractor.ingest.Ingestor;
import org.astrolabe.extractor.input.ArticleSources;
import org.astrolabe.extractor.input.ReadResult;
import org.astrolabe.ontology.KG;
import org.astrolabe.seeds.SeedCorpus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed pages extracted by Spark in local mode ({@code local[2]}) give exactly the quads that
 * single-machine ingestion stores: the same extractor through {@code Ingestor}, as {@code astrolabe ingest}
 * runs it ({@code GraphStore.put} article by article in input order), into an in-memory store. Both sides
 * use one fixed ingest time, so every quad is compared, {@code kg:ingestedAt} included.
 */
class SeedsOnSparkTest {
    private static final Instant INGESTED = Instant.parse("2026-03-01T00:00:00Z");

    @Test
    @Tag("models")
    void withCoreNlpSparkWritesTheQuadsSingleMachineIngestionStores(@TempDir Path dir) throws Exception {
        assertSparkMatchesSingleMachine(SparkExtract.DEFAULT_EXTRACTOR, dir);
    }

    /** The same check with a model-free extractor: the distributed plumbing alone, fast enough for every build. */
    @Test
    void withAModelFreeExtractorSparkWritesTheQuadsSingleMachineIngestionStores(@TempDir Path dir) throws Exception {
        assertSparkMatchesSingleMachine(CapitalisedNamesExtractor.class.getName(), dir);
    }

    private static void assertSparkMatchesSingleMachine(String extractorClass, Path dir) throws Exception {
        Path seeds = SeedFiles.copyTo(dir);
        Iris iris = Iris.defaults();

        Set<Quad> single;
        int articleCount;
        try (InMemoryGraphStore store = InMemoryGraphStore.create(iris, Clock.fixed(INGESTED, ZoneOffset.UTC))) {
            ReadResult input = ArticleSources.read(seeds);
            assertThat(input.problems()).isEmpty();
            var summary = new Ingestor(store, SharedExtractor.get(extractorClass)).ingest(input, (position, total, outcome) -> {});
            assertThat(summary.failed()).isZero();
            articleCount = input.articles().size();
            ByteArrayOutputStream dump = new ByteArrayOutputStream();
            store.export(dump, RDFFormat.NQUADS, null);
            DatasetGraph stored = DatasetGraphFactory.createGeneral();
            RDFDataMgr.read(stored, new ByteArrayInputStream(dump.toByteArray()), Lang.NQUADS);
            single = stored.stream().collect(Collectors.toSet());
        }

        SparkSession spark = LocalSpark.start(2);
        ExtractionJob.Outcome outcome;
        try {
            var records = SparkArticleInputs.files(spark, List.of(seeds.toUri().toString()), spark.sparkContext().collectionAccumulator());
            outcome = ExtractionJob.writeNQuads(records, new NQuadsExtraction.Settings(extractorClass, iris.base(), INGESTED),
                    dir.resolve("out").toString(), false);
        } finally {
            spark.stop();
        }
        Set<Quad> distributed = NQuadsExtractionTest.read(dir.resolve("out")).stream().collect(Collectors.toSet());

        assertThat(outcome.failed()).isZero();
        assertThat(outcome.articles()).isEqualTo(articleCount);
        assertThat(single).anyMatch(q -> q.getPredicate().getURI().equals(KG.refersTo.getURI()));
        assertThat(distributed).containsExactlyInAnyOrderElementsOf(single);
    }
}
