package org.astrolabe.api;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds back a server's heavy start-up work (language models, the entity index) until the server has answered
 * its first request or a short grace period has passed, whichever comes first: on a machine of few cores the
 * first query then does not share the CPU with tens of seconds of model loading. Each task runs on its own
 * daemon thread of the lowest priority, so that tasks which do not depend on each other still use every core
 * once they start. Thread-safe.
 */
final class AfterFirstAnswer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AfterFirstAnswer.class);

    /** How long work waits for a first request that does not come (a server nobody asks anything yet). */
    static final Duration DEFAULT_GRACE = Duration.ofSeconds(3);

    private final CountDownLatch answered = new CountDownLatch(1);
    private final Duration grace;
    private volatile boolean closed;

    /** @param grace the longest the work waits for a first answer */
    AfterFirstAnswer(Duration grace) {
        this.grace = Objects.requireNonNull(grace, "grace");
    }

    /**
     * Runs {@code task} on a new low-priority daemon thread named {@code name}, once the first answer is sent
     * or the grace period is over (at once if either already happened); never if {@link #close()} comes first.
     */
    void run(String name, Runnable task) {
        Objects.requireNonNull(task, "task");
        Thread thread = new Thread(() -> {
            try {
                if (!answered.await(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.debug("No request within {} ms: starting {} anyway", grace.toMillis(), name);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!closed) {
                task.run();
            }
        }, name);
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /**
     * Releases the waiting work: called once an answer is sent, or as soon as a request arrives that needs the
     * work's result (entity search needs the index). Idempotent and cheap, so it may follow every request.
     */
    void release() {
        answered.countDown();
    }

    /** Work that has not started yet never will (a server stopped within its grace period). */
    @Override
    public void close() {
        closed = true;
        answered.countDown();
    }

    /** True once the work has been released by a request (or by {@link #close()}), not merely by the grace period. */
    boolean released() {
        return answered.getCount() == 0;
    }
}
