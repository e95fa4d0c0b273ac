package org.astrolabe.bench.harness;

/** Latencies for tests, written in milliseconds. */
final class LatencySamples {
    private LatencySamples() {
    }

    static Latencies millis(long... values) {
        Latencies l = new Latencies();
        for (long v : values) {
            l.add(v * 1_000_000);
        }
        return l;
    }
}
