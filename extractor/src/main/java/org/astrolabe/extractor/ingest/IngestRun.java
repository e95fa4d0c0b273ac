package org.astrolabe.extractor.ingest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.astrolabe.core.model.Article;

/**
 * One ingest of a list of articles: a pool of extraction threads feeds the calling thread, which writes
 * batches in input order. Writing in input order keeps the store's content independent of the number of
 * threads (the first article to mention an entity writes its description) and the progress lines in the
 * order of the input.
 *
 * <p>Extraction may run ahead of writing by at most {@code window} articles: a slow article holds back the
 * writing of later ones, and the window bounds how many finished ones wait for it in memory.
 */
final class IngestRun {
    /** How often a waiting thread looks whether the run has failed or stopped. */
    private static final long CHECK_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final List<Article> articles;
    private final ArticlePreparation preparation;
    private final BatchWriter writer;
    private final IngestOptions options;
    private final Ingestor.Listener listener;

    private final Semaphore window;
    private final BlockingQueue<Prepared> ready;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicReference<Throwable> workerFailure = new AtomicReference<>();
    private final List<ArticleOutcome> outcomes = new ArrayList<>();
    private long startNanos;
    private volatile boolean stopped;

    IngestRun(List<Article> articles, ArticlePreparation preparation, BatchWriter writer, IngestOptions options,
              Ingestor.Listener listener) {
        this.articles = articles;
        this.preparation = preparation;
        this.writer = writer;
        this.options = options;
        this.listener = listener;
        int windowSize = 8 * options.threads();
        this.window = new Semaphore(windowSize);
        this.ready = new ArrayBlockingQueue<>(windowSize);
    }

    /**
     * Runs to the end and returns the outcomes in input order. An {@link Error} in an extraction thread (or
     * anything thrown by the listener) stops the run and is thrown here: the batches committed before it
     * stay stored, the batch in progress is not written.
     *
     * @throws CancellationException if the calling thread is interrupted; committed batches stay stored
     */
    List<ArticleOutcome> run() {
        startNanos = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(r, "ingest-extract");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int t = 0; t < options.threads(); t++) {
                pool.execute(this::extractUntilDone);
            }
            writeInOrder();
            return outcomes;
        } finally {
            stopped = true;
            pool.shutdownNow();
        }
    }

    private void extractUntilDone() {
        try {
            while (!stopped) {
                // Timed, so that a thread whose interrupt the extractor swallowed still ends when the run stops.
                if (!window.tryAcquire(CHECK_INTERVAL_NANOS, TimeUnit.NANOSECONDS)) {
                    continue;
                }
                int index = next.getAndIncrement();
                if (index >= articles.size()) {
                    window.release();
                    return;
                }
                // Never blocks: the window's permits bound the queue's content to its capacity.
                ready.add(preparation.prepare(index, articles.get(index)));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable fatal) {
            workerFailure.compareAndSet(null, fatal);
        }
    }

    private void writeInOrder() {
        Map<Integer, Prepared> waiting = new HashMap<>();
        List<Prepared> batch = new ArrayList<>();
        long batchDeadline = 0;
        int nextIndex = 0;
        while (nextIndex < articles.size()) {
            Throwable failure = workerFailure.get();
            if (failure instanceof Error error) {
                throw error;
            }
            if (failure != null) {
                throw new IllegalStateException("an extraction thread failed", failure);
            }
            Prepared prepared = poll(batch.isEmpty() ? CHECK_INTERVAL_NANOS : Math.min(CHECK_INTERVAL_NANOS, batchDeadline - System.nanoTime()));
            if (prepared != null) {
                waiting.put(prepared.index(), prepared);
                for (Prepared inOrder = waiting.remove(nextIndex); inOrder != null; inOrder = waiting.remove(nextIndex)) {
                    nextIndex++;
                    window.release();
                    if (batch.isEmpty()) {
                        batchDeadline = System.nanoTime() + options.maxBatchDelay().toNanos();
                    }
                    batch.add(inOrder);
                    if (batch.size() >= options.batchSize()) {
                        commit(batch);
                    }
                }
            }
            if (!batch.isEmpty() && System.nanoTime() - batchDeadline >= 0) {
                commit(batch);
            }
        }
        if (!batch.isEmpty()) {
            commit(batch);
        }
    }

    private Prepared poll(long timeoutNanos) {
        try {
            return ready.poll(Math.max(0, timeoutNanos), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("ingest interrupted after " + outcomes.size() + " of " + articles.size() + " articles");
        }
    }

    private void commit(List<Prepared> batch) {
        List<ArticleOutcome> written = writer.write(batch);
        for (ArticleOutcome outcome : written) {
            outcomes.add(outcome);
            listener.articleDone(outcomes.size(), articles.size(), outcome);
        }
        listener.batchCommitted(new BatchProgress(batch.size(), outcomes.size(), articles.size(),
                Duration.ofNanos(System.nanoTime() - startNanos)));
        batch.clear();
    }
}
