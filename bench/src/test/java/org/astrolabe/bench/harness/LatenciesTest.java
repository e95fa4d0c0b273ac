package org.astrolabe.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.astrolabe.bench.harness.LatencySamples.millis;

import org.junit.jupiter.api.Test;

class LatenciesTest {
    @Test
    void nearestRankPercentilesOfOneToHundred() {
        Latencies l = new Latencies();
        for (int i = 100; i >= 1; i--) {
            l.add(i * 1_000_000L);
        }
        assertThat(l.percentileMillis(50)).isEqualTo(50.0);
        assertThat(l.percentileMillis(99)).isEqualTo(99.0);
        assertThat(l.percentileMillis(100)).isEqualTo(100.0);
        assertThat(l.percentileMillis(0.5)).isEqualTo(1.0);
        assertThat(l.meanMillis()).isEqualTo(50.5);
    }

    @Test
    void p99OfFewSamplesIsTheLargest() {
        assertThat(millis(3, 1, 2).percentileMillis(99)).isEqualTo(3.0);
        assertThat(millis(3, 1, 2).percentileMillis(50)).isEqualTo(2.0);
    }

    @Test
    void oneSlowRequestInAHundredShowsAtP100NotP99() {
        long[] values = new long[100];
        java.util.Arrays.fill(values, 5);
        values[42] = 900;
        Latencies l = millis(values);
        assertThat(l.percentileMillis(99)).isEqualTo(5.0);
        assertThat(l.percentileMillis(100)).isEqualTo(900.0);
    }

    @Test
    void mergesWorkersAndGrowsBeyondItsInitialCapacity() {
        Latencies a = new Latencies();
        Latencies b = new Latencies();
        for (int i = 0; i < 3000; i++) {
            a.add(1_000_000);
            b.add(3_000_000);
        }
        a.addAll(b);
        assertThat(a.count()).isEqualTo(6000);
        assertThat(a.percentileMillis(50)).isEqualTo(1.0);
        assertThat(a.percentileMillis(51)).isEqualTo(3.0);
    }

    @Test
    void countsTheSamplesAtOrAboveAThreshold() {
        Latencies l = millis(1, 5, 5, 9, 12);
        assertThat(l.countAtLeastMillis(5)).isEqualTo(4);
        assertThat(l.countAtLeastMillis(9.5)).isEqualTo(1);
        assertThat(l.countAtLeastMillis(13)).isZero();
        assertThat(new Latencies().countAtLeastMillis(1)).isZero();
        Latencies odd = new Latencies();
        for (long nanos : new long[] {982_712_345L, 1_000_001L, 333_333_333L}) {
            odd.add(nanos);
        }
        assertThat(odd.countAtLeastMillis(odd.percentileMillis(99))).isEqualTo(1);
        assertThat(odd.countAtLeastMillis(odd.percentileMillis(50))).isEqualTo(2);
    }

    @Test
    void emptyGivesNaNAndBadPercentilesAreRejected() {
        assertThat(new Latencies().percentileMillis(50)).isNaN();
        assertThatThrownBy(() -> millis(1).percentileMillis(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> millis(1).percentileMillis(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
