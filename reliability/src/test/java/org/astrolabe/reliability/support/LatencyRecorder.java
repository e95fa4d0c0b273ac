package org.astrolabe.reliability.support;

import java.util.Arrays;

/** Collects latencies from many threads and reports percentiles in milliseconds. Thread-safe. */
public final class LatencyRecorder {
    private long[] nanos = new long[1024];
    private int count;

    public synchronized void record(long latencyNanos) {
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = latencyNanos;
    }

    public synchronized int count() {
        return count;
    }

    /** The latency that {@code percent} per cent of the samples do not exceed (nearest rank), in ms. */
    public synchronized double percentile(double percent) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1e6;
    }

    public synchronized double max() {
        return percentile(100);
    }
}
