package org.astrolabe.watch;

import java.util.concurrent.atomic.AtomicLong;

/** Running totals of a watcher since it started, for {@code /metrics}. Thread-safe. */
public final class WatchCounters {
    final AtomicLong polls = new AtomicLong();
    final AtomicLong pollFailures = new AtomicLong();
    final AtomicLong itemsListed = new AtomicLong();
    final AtomicLong stored = new AtomicLong();
    final AtomicLong replaced = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong itemFailures = new AtomicLong();

    public long polls() {
        return polls.get();
    }

    public long pollFailures() {
        return pollFailures.get();
    }

    public long itemsListed() {
        return itemsListed.get();
    }

    public long articlesStored() {
        return stored.get();
    }

    public long articlesReplaced() {
        return replaced.get();
    }

    public long duplicates() {
        return duplicates.get();
    }

    public long itemFailures() {
        return itemFailures.get();
    }
}
