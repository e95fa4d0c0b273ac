package org.astrolabe.core.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link TickingClock} whose n-th reads (counting from 1) throw. The store reads its clock once per
 * article it writes, inside the write transaction, so this makes a write fail at a chosen article.
 */
final class FailingClock extends Clock {
    private final TickingClock ticking = new TickingClock();
    private final Set<Integer> failingReads;
    private final AtomicInteger reads = new AtomicInteger();

    FailingClock(Set<Integer> failingReads) {
        this.failingReads = Set.copyOf(failingReads);
    }

    @Override
    public Instant instant() {
        if (failingReads.contains(reads.incrementAndGet())) {
            throw new IllegalStateException("clock failed");
        }
        return ticking.instant();
    }

    @Override
    public ZoneId getZone() {
        return ticking.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
