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

/**
 * The time one article's extraction may take, and how many extractions run at once. An extraction that
 * overruns is stopped (its worker is interrupted) and reported to the client as 422 with a one-line
 * reason, so an upload never hangs; when every worker is busy and the small queue is full, uploads get 503
 * with {@code Retry-After} instead of piling up. Thread-safe; {@link #close()} stops the workers.
 */
public final class ExtractionBudget implements AutoCloseable {
    public static final Duration DEFAULT_TIME = Duration.ofSeconds(60);

    private final Duration time;
    private final ThreadPoolExecutor workers;

    /**
     * @param time     the longest one extraction may run
     * @param parallel how many extractions may run at once (as many more may wait)
     */
    public ExtractionBudget(Duration time, int parallel) {
        if (time.isNegative() || time.isZero()) {
            throw new IllegalArgumentException("The extraction time budget must be positive: " + time);
        }
        if (parallel < 1) {
            throw new IllegalArgumentException("At least one extraction must be able to run: " + parallel);
        }
        this.time = time;
        AtomicInteger count = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(parallel, parallel, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(parallel),
                task -> {
                    Thread thread = new Thread(task, "astrolabe-extraction-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** 60 s per article, one extraction per two cores (at least one). */
    public static ExtractionBudget defaults() {
        return new ExtractionBudget(DEFAULT_TIME, Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
    }

    public Duration time() {
        return time;
    }

    /** Runs {@code extractor} on {@code article} within the budget; see the class comment for the failures. */
    ExtractionResult extract(ArticleExtractor extractor, Article article) {
        Future<ExtractionResult> running;
        try {
            running = workers.submit(() -> extractor.extract(article));
        } catch (RejectedExecutionException e) {
            throw ApiException.unavailable("Every extraction worker is busy; try again shortly", 5);
        }
        try {
            return running.get(time.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new ApiException(422, "extraction timeout", "Extracting this article took longer than " + time.toSeconds()
                    + " s and was stopped; nothing was stored. Split it into shorter articles or raise the time budget");
        } catch (InterruptedException e) {
            running.cancel(true);
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("The server is shutting down", 5);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
