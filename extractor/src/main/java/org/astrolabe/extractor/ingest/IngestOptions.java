package org.astrolabe.extractor.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How an ingest run uses the machine and the store.
 *
 * @param threads       extraction threads; they share the one extractor instance (and its loaded models)
 * @param batchSize     articles per write transaction: a commit costs a journal sync, so fewer commits write
 *                      faster, while a crash loses at most the batch in progress
 * @param maxBatchDelay the longest an extracted article waits for its batch to be committed: when extraction
 *                      is slow a batch fills slowly, and this bounds the work a crash can lose
 * @param force         extract every article even when the store already holds its text from this
 *                      extractor version, and replace its graph even when the result looks unchanged
 *                      (for extractor code that changed without a new version)
 */
public record IngestOptions(int threads, int batchSize, Duration maxBatchDelay, boolean force) {
    /**
     * A TDB2 commit (a sync of every index file) cost about as much as writing 90 articles on the bench
     * machine: 2,000 extracted articles were written at 15k quads/s in batches of 100, 25k in batches of
     * 500 and 28k in one batch.
     */
    public static final int DEFAULT_BATCH_SIZE = 500;
    public static final Duration DEFAULT_MAX_BATCH_DELAY = Duration.ofSeconds(5);

    public IngestOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1: " + threads);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batchSize must be at least 1: " + batchSize);
        }
        Objects.requireNonNull(maxBatchDelay, "maxBatchDelay");
        if (maxBatchDelay.isNegative()) {
            throw new IllegalArgumentException("maxBatchDelay must not be negative: " + maxBatchDelay);
        }
    }

    /** One extraction thread per core, batches of {@value #DEFAULT_BATCH_SIZE}, at most 5 s to a commit. */
    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH_SIZE, DEFAULT_MAX_BATCH_DELAY, false);
    }

    public IngestOptions withThreads(int count) {
        return new IngestOptions(count, batchSize, maxBatchDelay, force);
    }

    public IngestOptions withBatchSize(int size) {
        return new IngestOptions(threads, size, maxBatchDelay, force);
    }

    public IngestOptions withMaxBatchDelay(Duration delay) {
        return new IngestOptions(threads, batchSize, delay, force);
    }

    public IngestOptions withForce(boolean extractAgain) {
        return new IngestOptions(threads, batchSize, maxBatchDelay, extractAgain);
    }
}
