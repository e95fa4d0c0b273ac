package org.astrolabe.api;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.astrolabe.extractor.ArticleExtractor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the article extractor (CoreNLP models, tens of seconds) on a background thread so that the server
 * answers queries at once; ingestion waits for {@link #ready()}. Thread-safe.
 */
public final class ExtractorLoader {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractorLoader.class);

    private final CompletableFuture<ArticleExtractor> loading;
    private final AtomicReference<String> failure = new AtomicReference<>();
    private Thread starter;

    private ExtractorLoader(CompletableFuture<ArticleExtractor> loading) {
        this.loading = loading;
        loading.whenComplete((extractor, error) -> {
            if (error != null) {
                Throwable cause = error.getCause() != null ? error.getCause() : error;
                failure.set(String.valueOf(cause.getMessage()));
                LOG.error("Could not load the extractor: {}", cause.toString());
            }
        });
    }

    /** Starts loading now, on a daemon thread. */
    public static ExtractorLoader inBackground(Supplier<ArticleExtractor> factory) {
        ExtractorLoader loader = later(factory);
        loader.start();
        return loader;
    }

    /**
     * A loader that starts loading, on a low-priority daemon thread, only when {@link #start()} is called: a server can open
     * its port first, so that model loading does not compete with its start-up for the CPU.
     */
    public static ExtractorLoader later(Supplier<ArticleExtractor> factory) {
        CompletableFuture<ArticleExtractor> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(factory.get());
            } catch (Throwable e) {
                future.completeExceptionally(e);
            }
        }, "astrolabe-model-loader");
        thread.setDaemon(true);
        // Queries come first: the scheduler may honour the hint (Linux does only with -XX:ThreadPriorityPolicy=1).
        thread.setPriority(Thread.MIN_PRIORITY);
        ExtractorLoader loader = new ExtractorLoader(future);
        loader.starter = thread;
        return loader;
    }

    /** Starts loading if it has not started yet (loaders made by {@link #later}); a no-op otherwise. Idempotent. */
    public synchronized void start() {
        if (starter != null) {
            starter.start();
            starter = null;
        }
    }

    /** An extractor that is ready at once (already loaded elsewhere). */
    public static ExtractorLoader of(ArticleExtractor extractor) {
        return new ExtractorLoader(CompletableFuture.completedFuture(extractor));
    }

    /** No extractor at all: ingestion stays unavailable. */
    public static ExtractorLoader none() {
        ExtractorLoader loader = new ExtractorLoader(new CompletableFuture<>());
        loader.failure.set("this server was started without an extractor");
        return loader;
    }

    public boolean ready() {
        return loading.isDone() && !loading.isCompletedExceptionally() && !loading.isCancelled();
    }

    /** Why the extractor is not available, if loading failed. */
    public Optional<String> failure() {
        return Optional.ofNullable(failure.get());
    }

    /** The extractor, or empty while it is still loading or if loading failed. */
    public Optional<ArticleExtractor> extractor() {
        return ready() ? Optional.of(loading.join()) : Optional.empty();
    }

    /** Completes when the extractor is loaded (exceptionally if loading failed). */
    public CompletableFuture<ArticleExtractor> whenReady() {
        return loading;
    }
}
