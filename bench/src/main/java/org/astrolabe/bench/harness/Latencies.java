package org.astrolabe.bench.harness;

import java.util.Arrays;

/**
 * Latency samples in nanoseconds and their percentiles (nearest-rank: the smallest sample at or above
 * the requested fraction of all samples). Not thread-safe: each load-generator worker keeps its own and
 * they are merged at the end.
 */
public final class Latencies {
    private long[] samples = new long[1024];
    private int count;

    public void add(long nanos) {
        if (count == samples.length) {
            samples = Arrays.copyOf(samples, count * 2);
        }
        samples[count++] = nanos;
    }

    public void addAll(Latencies other) {
        for (int i = 0; i < other.count; i++) {
            add(other.samples[i]);
        }
    }

    public int count() {
        return count;
    }

    /** The nearest-rank percentile, {@code p} in (0, 100]; NaN when there are no samples. */
    public double percentileMillis(double p) {
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("A percentile is in (0, 100]: " + p);
        }
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(samples, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(rank, 1) - 1] / 1e6;
    }

    /** How many samples took at least {@code millis}: with the overall p99, how much of the slowest 1% is this one's. */
    public int countAtLeastMillis(double millis) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            // The same conversion as percentileMillis, so that a percentile's own sample counts.
            if (samples[i] / 1e6 >= millis) {
                n++;
            }
        }
        return n;
    }

    public double meanMillis() {
        if (count == 0) {
            return Double.NaN;
        }
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += samples[i];
        }
        return sum / count / 1e6;
    }
}
