package org.astrolabe.extractor.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.PutOutcome;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.extractor.input.ReadResult;

/**
 * Extracts articles and writes each into a store as its own graph, one article at a time, so that a
 * failure costs only that article: the others are still extracted and stored, and nothing half-written
 * remains (each {@link GraphStore#put} is one transaction).
 *
 * <p>Thread-safe when its store and extractor are (their contracts say they are): the server shares one.
 */
public final class Ingestor {
    /** Told about each article as soon as it is done, for progress output. */
    @FunctionalInterface
    public interface Listener {
        /** Called once per article, in order; {@code position} counts from 1. */
        void articleDone(int position, int total, ArticleOutcome outcome);

        Listener SILENT = (position, total, outcome) -> { };
    }

    private final GraphStore store;
    private final ArticleExtractor extractor;

    public Ingestor(GraphStore store, ArticleExtractor extractor) {
        this.store = Objects.requireNonNull(store, "store");
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    /** Extracts and stores one article; a failure is returned as a failed outcome, not thrown. */
    public ArticleOutcome ingest(Article article) {
        long start = System.nanoTime();
        try {
            ExtractionResult result = extractor.extract(article);
            PutOutcome put = store.put(result);
            return new ArticleOutcome(article, put.documentIri(), put.change(), result.entities().size(), result.facts().size(),
                    since(start), null);
        } catch (RuntimeException e) {
            return new ArticleOutcome(article, null, null, 0, 0, since(start), reason(e));
        }
    }

    /** Ingests the articles in order, telling {@code listener} about each. */
    public IngestSummary ingest(List<Article> articles, Listener listener) {
        return ingest(new ReadResult(articles, List.of()), listener);
    }

    /** Ingests what was read; the read problems are carried into the summary. */
    public IngestSummary ingest(ReadResult input, Listener listener) {
        long start = System.nanoTime();
        List<ArticleOutcome> outcomes = new ArrayList<>();
        int total = input.articles().size();
        for (Article article : input.articles()) {
            ArticleOutcome outcome = ingest(article);
            outcomes.add(outcome);
            listener.articleDone(outcomes.size(), total, outcome);
        }
        return new IngestSummary(outcomes, input.problems(), since(start));
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse(message);
    }
}
