package org.astrolabe.api;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.extractor.ArticleExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the extraction of posted articles on a small pool with a time budget per article, so that a few heavy
 * articles cannot take every request thread (or all memory) and a request never hangs: past the budget the
 * client gets a clear error and the extraction is cancelled. Too many waiting articles get 503 with
 * {@code Retry-After}. Thread-safe.
 */
final class ExtractionRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractionRunner.class);
    private static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    private static final int QUEUE = 16;

    private final Duration budget;
    private final ThreadPoolExecutor pool;

    ExtractionRunner(Duration budget) {
        this.budget = budget;
        AtomicInteger count = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(WORKERS, WORKERS, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(QUEUE), r -> {
            Thread t = new Thread(r, "astrolabe-extraction-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    ExtractionResult extract(ArticleExtractor extractor, Article article) {
        Future<ExtractionResult> running;
        try {
            running = pool.submit(() -> extractor.extract(article));
        } catch (RejectedExecutionException e) {
            throw ApiException.unavailable("Too many articles are being extracted; try again shortly", 30);
        }
        try {
            return running.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            LOG.warn("Extraction of an article of {} characters exceeded {} s and was cancelled", article.text().length(), budget.toSeconds());
            throw new ApiException(422, "extraction timeout", "Reading this article took longer than " + budget.toSeconds()
                    + " s and was stopped; nothing was stored. Split very long articles into parts.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.cancel(true);
            throw ApiException.unavailable("The server is shutting down", 30);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException bad) {
                throw new ApiException(422, "unprocessable article", String.valueOf(bad.getMessage()));
            }
            LOG.error("Extraction failed: {}", cause.toString(), cause);
            throw new ApiException(500, "extraction failed", "The article could not be read; the server log has the details");
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
