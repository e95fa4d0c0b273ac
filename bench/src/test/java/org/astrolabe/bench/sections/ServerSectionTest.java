package org.astrolabe.bench.sections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.astrolabe.bench.harness.Latencies;
import org.astrolabe.bench.harness.LoadGenerator;
import org.junit.jupiter.api.Test;

class ServerSectionTest {
    private static Latencies millis(int times, long value) {
        Latencies l = new Latencies();
        for (int i = 0; i < times; i++) {
            l.add(value * 1_000_000);
        }
        return l;
    }

    @Test
    void theTailNamesTheKindsOfTheSlowestRequestsMostFirst() {
        Latencies lookups = millis(95, 5);
        Latencies aggregates = millis(3, 300);
        Latencies texts = millis(2, 300);
        Latencies all = new Latencies();
        all.addAll(lookups);
        all.addAll(aggregates);
        all.addAll(texts);
        LoadGenerator.Result run = new LoadGenerator.Result(100, 0, 1, all, null,
                Map.of("lookup", lookups, "aggregate", aggregates, "text", texts));

        // p99 of 100 samples is the 99th smallest, 300 ms: the requests at or above it are all of those kinds.
        assertThat(ServerSection.tail(run)).isEqualTo("aggregate 3, text 2 of 5");
    }

    @Test
    void aRunWithoutSamplesHasNoTail() {
        LoadGenerator.Result run = new LoadGenerator.Result(0, 4, 1, new Latencies(), "HTTP 500", Map.of());
        assertThat(ServerSection.tail(run)).isEqualTo("none");
    }
}
