package org.astrolabe.extractor.ingest;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.extractor.input.ReadResult;

/**
 * Extracts articles and writes each into a store as its own graph.
 *
 * <p>A run of many articles extracts on {@link IngestOptions#threads()} threads sharing the one extractor
 * and writes from the calling thread, {@link IngestOptions#batchSize()} articles per write transaction, in
 * input order. Before extracting an article it asks the store whether its text is already stored from this
 * extractor version, and if so does not extract it (unless {@link IngestOptions#force()}), so running the
 * same ingest again after a crash costs little for what was committed. A failure costs only its article:
 * an extraction that fails is reported and the others go on; a batch the store rejects is written again
 * one article per transaction, so only the articles that cannot be stored are lost, each with its reason.
 * Committed batches stay stored whatever happens later.
 *
 * <p>Thread-safe when its store and extractor are (their contracts say they are): the server shares one.
 */
public final class Ingestor {
    /** Told about each article as its batch is committed, in input order, and about each commit. */
    public interface Listener {
        /** Called once per article, in input order; {@code position} counts from 1. */
        void articleDone(int position, int total, ArticleOutcome outcome);

        /** Called after each commit, once its articles have been reported. */
        default void batchCommitted(BatchProgress progress) {
        }

        Listener SILENT = (position, total, outcome) -> { };
    }

    private final ArticlePreparation preparation;
    private final BatchWriter writer;
    private final IngestOptions options;

    /** An ingestor with {@link IngestOptions#defaults()}. */
    public Ingestor(GraphStore store, ArticleExtractor extractor) {
        this(store, extractor, IngestOptions.defaults());
    }

    public Ingestor(GraphStore store, ArticleExtractor extractor, IngestOptions options) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(extractor, "extractor");
        this.options = Objects.requireNonNull(options, "options");
        this.preparation = new ArticlePreparation(store, extractor, options.force());
        this.writer = new BatchWriter(store, options.force() ? GraphStore.Rewrite.ALWAYS : GraphStore.Rewrite.IF_CHANGED);
    }

    /** Extracts (unless already stored) and stores one article; a failure is returned as a failed outcome, not thrown. */
    public ArticleOutcome ingest(Article article) {
        return writer.write(List.of(preparation.prepare(0, article))).get(0);
    }

    /** Ingests the articles, telling {@code listener} about each. */
    public IngestSummary ingest(List<Article> articles, Listener listener) {
        return ingest(new ReadResult(articles, List.of()), listener);
    }

    /** Ingests what was read; the read problems are carried into the summary. */
    public IngestSummary ingest(ReadResult input, Listener listener) {
        long start = System.nanoTime();
        List<ArticleOutcome> outcomes = new IngestRun(input.articles(), preparation, writer, options, listener).run();
        return new IngestSummary(outcomes, input.problems(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** The first line of the exception's message, or its class name. */
    static String reason(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
