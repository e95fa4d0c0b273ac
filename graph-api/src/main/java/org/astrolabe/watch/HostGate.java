package org.astrolabe.watch;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Per-host politeness: at most {@code concurrency} requests in flight to one host, and request starts at
 * least {@code interval} apart (or the host's robots.txt {@code Crawl-delay}, when longer). Thread-safe.
 */
final class HostGate {
    private final int concurrency;
    private final Duration interval;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();

    private final class Host {
        final Semaphore slots = new Semaphore(concurrency, true);
        long nextStartNanos = System.nanoTime();
        long crawlDelayNanos;

        synchronized long reserveStart() {
            long now = System.nanoTime();
            long start = Math.max(now, nextStartNanos);
            nextStartNanos = start + Math.max(interval.toNanos(), crawlDelayNanos);
            return start;
        }
    }

    HostGate(int concurrency, Duration interval) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        this.concurrency = concurrency;
        this.interval = interval;
    }

    /**
     * Takes a slot of the host (waiting for one while {@code stopping} is false) and reserves the host's next
     * start time. The caller waits the returned nanoseconds before sending, then must {@link #release}.
     *
     * @return the nanoseconds to wait before sending, or -1 if {@code stopping} became true (no slot taken)
     */
    long acquire(String host, java.util.function.BooleanSupplier stopping) throws InterruptedException {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        while (!h.slots.tryAcquire(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            if (stopping.getAsBoolean()) {
                return -1;
            }
        }
        return Math.max(0, h.reserveStart() - System.nanoTime());
    }

    void release(String host) {
        Host h = hosts.get(host);
        if (h != null) {
            h.slots.release();
        }
    }

    /** The host's robots.txt asks for this much time between requests (capped by the caller). */
    void crawlDelay(String host, Duration delay) {
        Host h = hosts.computeIfAbsent(host, k -> new Host());
        synchronized (h) {
            h.crawlDelayNanos = delay.toNanos();
        }
    }
}
