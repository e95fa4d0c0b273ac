package org.astrolabe.extractor.ingest;

import java.time.Duration;
import java.util.Optional;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.extractor.ArticleExtractor;

/**
 * The extraction stage of an ingest for one article: asks the store first whether it already holds the
 * article's text from this extractor version (a read of two values, against about a second of
 * extraction), and extracts only if not. Thread-safe when the store and the extractor are.
 */
final class ArticlePreparation {
    private final GraphStore store;
    private final ArticleExtractor extractor;
    private final boolean force;

    ArticlePreparation(GraphStore store, ArticleExtractor extractor, boolean force) {
        this.store = store;
        this.extractor = extractor;
        this.force = force;
    }

    /** Never throws for a bad article or a failing store: that is a failed {@link Prepared}. Errors propagate. */
    Prepared prepare(int index, Article article) {
        long start = System.nanoTime();
        try {
            if (!force) {
                Optional<String> stored = store.alreadyStored(article, extractor.version());
                if (stored.isPresent()) {
                    return Prepared.alreadyStored(index, article, stored.get(), since(start));
                }
            }
            return Prepared.extracted(index, article, extractor.extract(article), since(start));
        } catch (RuntimeException e) {
            return Prepared.failed(index, article, Ingestor.reason(e), since(start));
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
