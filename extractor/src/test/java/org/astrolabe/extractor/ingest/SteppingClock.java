package org.astrolabe.extractor.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A clock one second later at each read, so that the store's {@code kg:ingestedAt} shows the order articles
 * were written in; the reads numbered in {@code failingReads} (from 1) throw instead. The store reads its
 * clock once per article it writes, inside the write transaction, so a failing read fails that article's
 * write.
 */
final class SteppingClock extends Clock {
    private final Set<Integer> failingReads;
    private final AtomicInteger reads = new AtomicInteger();
    private final Instant start = Instant.parse("2025-01-01T00:00:00Z");

    SteppingClock(Set<Integer> failingReads) {
        this.failingReads = Set.copyOf(failingReads);
    }

    SteppingClock() {
        this(Set.of());
    }

    @Override
    public Instant instant() {
        int read = reads.incrementAndGet();
        if (failingReads.contains(read)) {
            throw new IllegalStateException("clock failed");
        }
        return start.plus(Duration.ofSeconds(read));
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
