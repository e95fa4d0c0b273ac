package org.astrolabe.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.astrolabe.bench.harness.LatencySamples.millis;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class AlternatingPhasesTest {
    @Test
    void phasesAlternateSoThatASteadyDriftFallsOnBothAlike() {
        List<Integer> order = IntStream.range(0, 8).map(AlternatingPhases::serverOf).boxed().toList();
        assertThat(order).containsExactly(0, 1, 1, 0, 0, 1, 1, 0);
    }

    @Test
    void phasesAddUpToOneRun() {
        LoadGenerator.Result first = new LoadGenerator.Result(2, 0, 1.5, millis(10, 20), null, Map.of("lookup", millis(10, 20)));
        LoadGenerator.Result second = new LoadGenerator.Result(3, 1, 2.5, millis(30, 40, 50), "HTTP 500",
                Map.of("lookup", millis(30), "two-hop", millis(40, 50)));

        LoadGenerator.Result both = LoadGenerator.Result.combine(List.of(first, second));

        assertThat(both.requests()).isEqualTo(5);
        assertThat(both.errors()).isEqualTo(1);
        assertThat(both.seconds()).isEqualTo(4.0);
        assertThat(both.perSecond()).isEqualTo(1.25);
        assertThat(both.latencies().count()).isEqualTo(5);
        assertThat(both.latencies().percentileMillis(100)).isEqualTo(50.0);
        assertThat(both.firstError()).isEqualTo("HTTP 500");
        assertThat(both.kind("lookup").count()).isEqualTo(3);
        assertThat(both.kind("two-hop").count()).isEqualTo(2);
    }

    @Test
    void pausesOfPhasesAddUpAndKeepTheLongest() {
        GcLog.Pauses sum = new GcLog.Pauses(2, 30, 20).plus(new GcLog.Pauses(3, 15, 8));
        assertThat(sum).isEqualTo(new GcLog.Pauses(5, 45, 20));
    }
}
