package org.astrolabe.extractor.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.jena.riot.RDFFormat;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.DocumentSummary;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.PutOutcome;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.extractor.ArticleExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches, extraction threads and resume of {@link Ingestor}, on a TDB2 store in a temporary folder. */
class BatchIngestTest {
    private static final Iris IRIS = Iris.defaults();
    private static final IngestOptions TWO_THREADS_BATCHES_OF_3 = IngestOptions.defaults().withThreads(2).withBatchSize(3);

    @TempDir
    Path dir;

    private static Article article(int n, String text) {
        return new Article("a" + n + ".txt", "https://news.example.org/" + n, "Story " + n, null, text);
    }

    private static Article article(int n) {
        return article(n, "Story " + n + "\n\nISRO of India and JAXA of Japan, report " + n + ".");
    }

    private static List<Article> articles(int count) {
        return IntStream.range(0, count).mapToObj(BatchIngestTest::article).toList();
    }

    private Tdb2GraphStore open() {
        return Tdb2GraphStore.open(dir.resolve("store"), IRIS, new SteppingClock());
    }

    private static List<String> storedSources(GraphStore store) {
        return store.documents(0, 1000).stream().map(DocumentSummary::source).sorted().toList();
    }

    private static String nquads(GraphStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, RDFFormat.NQUADS, null);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Records progress lines and commits as the command prints them. */
    private static class Recorder implements Ingestor.Listener {
        final List<String> lines = new ArrayList<>();
        final List<BatchProgress> commits = new ArrayList<>();

        @Override
        public void articleDone(int position, int total, ArticleOutcome outcome) {
            lines.add(outcome.progressLine(position, total));
        }

        @Override
        public void batchCommitted(BatchProgress progress) {
            commits.add(progress);
        }
    }

    @Test
    void aBatchWithAFailingArticleStoresAllOthersAndReportsTheFailedOne() {
        List<Article> input = new ArrayList<>(articles(7));
        input.set(3, article(3, "Story 3\n\nFAIL-EXTRACT in India."));
        Recorder recorder = new Recorder();
        try (GraphStore store = open()) {
            IngestSummary summary = new Ingestor(store, new KnownNamesExtractor(), TWO_THREADS_BATCHES_OF_3).ingest(input, recorder);

            assertThat(summary.stored()).isEqualTo(6);
            assertThat(summary.notStored()).containsExactly("a3.txt  \"Story 3\": cannot parse this article");
            assertThat(storedSources(store)).containsExactly("a0.txt", "a1.txt", "a2.txt", "a4.txt", "a5.txt", "a6.txt");
        }
        assertThat(recorder.commits).extracting(BatchProgress::done).containsExactly(3, 6, 7);
        assertThat(recorder.lines).hasSize(7);
        for (int i = 0; i < 7; i++) {
            assertThat(recorder.lines.get(i)).startsWith("[" + (i + 1) + "/7] a" + i + ".txt  ");
        }
        assertThat(recorder.lines.get(3)).contains("FAILED: cannot parse this article");
    }

    @Test
    void anArticleTheStoreRejectsCostsOnlyThatArticle() {
        // Read 2 fails the first batch at its second article; written one by one, that article fails alone (read 4).
        try (GraphStore store = Tdb2GraphStore.open(dir.resolve("store"), IRIS, new SteppingClock(Set.of(2, 4)))) {
            IngestSummary summary = new Ingestor(store, new KnownNamesExtractor(), TWO_THREADS_BATCHES_OF_3.withThreads(1))
                    .ingest(articles(6), Ingestor.Listener.SILENT);

            assertThat(summary.notStored()).containsExactly("a1.txt  \"Story 1\": not stored: clock failed");
            assertThat(storedSources(store)).containsExactly("a0.txt", "a2.txt", "a3.txt", "a4.txt", "a5.txt");
        }
    }

    @Test
    void runningTheSameIngestAgainExtractsNoneOfTheArticles() {
        CountingExtractor extractor = new CountingExtractor(new KnownNamesExtractor());
        try (GraphStore store = open()) {
            Ingestor ingestor = new Ingestor(store, extractor, TWO_THREADS_BATCHES_OF_3);
            ingestor.ingest(articles(6), Ingestor.Listener.SILENT);
            String before = nquads(store);
            assertThat(extractor.extracted()).hasSize(6);

            Recorder recorder = new Recorder();
            IngestSummary again = ingestor.ingest(articles(6), recorder);

            assertThat(extractor.extracted()).as("nothing extracted in the second run").hasSize(6);
            assertThat(again.foundStored()).isEqualTo(6);
            assertThat(again.hasFailures()).isFalse();
            assertThat(again.describe()).startsWith("Stored 6 of 6 articles (6 unchanged, 6 of them not extracted again): ");
            assertThat(recorder.lines).allSatisfy(line -> assertThat(line).contains("unchanged, already stored: not extracted"));
            assertThat(nquads(store)).as("not even the ingest times change").isEqualTo(before);
        }
    }

    @Test
    void aChangedArticleIsExtractedAgainAndItsGraphReplaced() {
        CountingExtractor extractor = new CountingExtractor(new KnownNamesExtractor());
        try (GraphStore store = open()) {
            Ingestor ingestor = new Ingestor(store, extractor, TWO_THREADS_BATCHES_OF_3);
            ingestor.ingest(articles(3), Ingestor.Listener.SILENT);
            List<Article> edited = new ArrayList<>(articles(3));
            edited.set(1, article(1, "Story 1\n\nJAXA of Japan alone, corrected."));

            IngestSummary summary = ingestor.ingest(edited, Ingestor.Listener.SILENT);

            assertThat(extractor.extracted()).containsExactlyInAnyOrder("a0.txt", "a1.txt", "a2.txt", "a1.txt");
            assertThat(summary.outcomes()).extracting(ArticleOutcome::change)
                    .containsExactly(PutOutcome.Change.UNCHANGED, PutOutcome.Change.REPLACED, PutOutcome.Change.UNCHANGED);
            String iri = IRIS.document(edited.get(1));
            assertThat(store.document(iri).orElseThrow().contentHash()).isEqualTo(Iris.contentHash(edited.get(1).text()));
            assertThat(store.documents(0, 10)).hasSize(3);
            assertThat(nquads(store)).doesNotContain("ISRO of India and JAXA of Japan, report 1.").contains("JAXA of Japan alone, corrected.");
        }
    }

    @Test
    void forceExtractsEveryArticleAgainAndReplacesItsGraph() {
        CountingExtractor extractor = new CountingExtractor(new KnownNamesExtractor());
        try (GraphStore store = open()) {
            new Ingestor(store, extractor, TWO_THREADS_BATCHES_OF_3).ingest(articles(3), Ingestor.Listener.SILENT);
            Instant firstIngest = store.document(IRIS.document(article(0))).orElseThrow().ingestedAt();

            IngestSummary forced = new Ingestor(store, extractor, TWO_THREADS_BATCHES_OF_3.withForce(true))
                    .ingest(articles(3), Ingestor.Listener.SILENT);

            assertThat(extractor.extracted()).hasSize(6);
            assertThat(forced.outcomes()).extracting(ArticleOutcome::change).containsOnly(PutOutcome.Change.REPLACED);
            assertThat(store.document(IRIS.document(article(0))).orElseThrow().ingestedAt()).isAfter(firstIngest);
        }
    }

    /** Stands for a crash of the process: an Error, which the ingest does not treat as one article's failure. */
    private static final class SimulatedCrash extends Error {
        SimulatedCrash() {
            super("simulated crash");
        }
    }

    @Test
    void anInterruptedIngestKeepsItsCommittedBatchesAndTheNextRunDoesOnlyTheRest() throws Exception {
        CountDownLatch twoBatchesCommitted = new CountDownLatch(2);
        ArticleExtractor crashesAtTheFifthArticle = new ArticleExtractor() {
            private final ArticleExtractor real = new KnownNamesExtractor();

            @Override
            public ExtractionResult extract(Article article) {
                if (article.source().equals("a4.txt")) {
                    await(twoBatchesCommitted);
                    throw new SimulatedCrash();
                }
                return real.extract(article);
            }

            @Override
            public String version() {
                return real.version();
            }
        };
        Recorder recorder = new Recorder() {
            @Override
            public void batchCommitted(BatchProgress progress) {
                super.batchCommitted(progress);
                twoBatchesCommitted.countDown();
            }
        };
        IngestOptions oneThreadBatchesOf2 = IngestOptions.defaults().withThreads(1).withBatchSize(2);
        try (GraphStore store = open()) {
            assertThatThrownBy(() -> new Ingestor(store, crashesAtTheFifthArticle, oneThreadBatchesOf2).ingest(articles(8), recorder))
                    .isInstanceOf(SimulatedCrash.class);
        }
        assertThat(recorder.lines).hasSize(4);

        CountingExtractor counting = new CountingExtractor(new KnownNamesExtractor());
        try (GraphStore reopened = open()) {
            assertThat(storedSources(reopened)).containsExactly("a0.txt", "a1.txt", "a2.txt", "a3.txt");

            IngestSummary resumed = new Ingestor(reopened, counting, oneThreadBatchesOf2).ingest(articles(8), Ingestor.Listener.SILENT);

            assertThat(counting.extracted()).containsExactly("a4.txt", "a5.txt", "a6.txt", "a7.txt");
            assertThat(resumed.foundStored()).isEqualTo(4);
            assertThat(storedSources(reopened)).hasSize(8);
        }
    }

    @Test
    void articlesAreWrittenInInputOrderWhateverOrderTheirExtractionsFinishIn() {
        int count = 6;
        ArticleExtractor earlierIsSlower = new ArticleExtractor() {
            private final ArticleExtractor real = new KnownNamesExtractor();

            @Override
            public ExtractionResult extract(Article article) {
                int n = Integer.parseInt(article.source().replaceAll("\\D", ""));
                sleep(20L * (count - n));
                return real.extract(article);
            }

            @Override
            public String version() {
                return real.version();
            }
        };
        Recorder recorder = new Recorder();
        try (GraphStore store = open()) {
            new Ingestor(store, earlierIsSlower, IngestOptions.defaults().withThreads(3).withBatchSize(2)).ingest(articles(count), recorder);

            assertThat(store.documents(0, 10).stream().sorted(Comparator.comparing(DocumentSummary::ingestedAt)).map(DocumentSummary::source))
                    .containsExactly("a0.txt", "a1.txt", "a2.txt", "a3.txt", "a4.txt", "a5.txt");
        }
        for (int i = 0; i < count; i++) {
            assertThat(recorder.lines.get(i)).startsWith("[" + (i + 1) + "/" + count + "] a" + i + ".txt");
        }
    }

    @Test
    void slowExtractionCommitsBeforeTheBatchIsFull() {
        ArticleExtractor slow = new ArticleExtractor() {
            private final ArticleExtractor real = new KnownNamesExtractor();

            @Override
            public ExtractionResult extract(Article article) {
                sleep(40);
                return real.extract(article);
            }

            @Override
            public String version() {
                return real.version();
            }
        };
        Recorder recorder = new Recorder();
        IngestOptions bigBatchesShortDelay = IngestOptions.defaults().withThreads(1).withBatchSize(100).withMaxBatchDelay(Duration.ofMillis(50));
        try (GraphStore store = open()) {
            new Ingestor(store, slow, bigBatchesShortDelay).ingest(articles(6), recorder);

            assertThat(storedSources(store)).hasSize(6);
        }
        assertThat(recorder.commits).hasSizeGreaterThan(1).allSatisfy(commit -> assertThat(commit.batch()).isLessThan(6));
        assertThat(recorder.commits.get(recorder.commits.size() - 1).done()).isEqualTo(6);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out waiting for the batches to commit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
