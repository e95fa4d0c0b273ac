package org.astrolabe.core.store;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that moves one second forward each time it is read, so ingest order is unambiguous in tests. */
public final class TickingClock extends Clock {
    private final AtomicReference<Instant> now;

    public TickingClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public TickingClock() {
        this(Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Override
    public Instant instant() {
        return now.getAndUpdate(t -> t.plus(Duration.ofSeconds(1)));
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
