package org.astrolabe.bench.scaling;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the scaling section measured at one store size.
 *
 * @param size       the size asked for, which names the point ({@code 1M})
 * @param quads      quads in the store (the generator stops at the first article past the target size)
 * @param articles   article graphs in the store
 * @param loadBefore the machine's 1-minute load average when this size started
 * @param loadAfter  the same when it ended
 * @param minutes    wall time spent on this size, store generation included
 * @param figures    Astrolabe's and the baseline's figure per metric; NaN where one was not measured
 * @param notes      sample sizes and anything that went wrong at this size
 */
public record ScalingPoint(long size, long quads, int articles, double loadBefore, double loadAfter, double minutes,
                           Map<ScalingMetric, Pair> figures, List<String> notes) {

    /** Astrolabe's figure and its baseline's, measured minutes apart on the same store. */
    public record Pair(double astrolabe, double baseline) {
        public static final Pair NONE = new Pair(Double.NaN, Double.NaN);
    }

    public ScalingPoint {
        EnumMap<ScalingMetric, Pair> all = new EnumMap<>(ScalingMetric.class);
        for (ScalingMetric m : ScalingMetric.values()) {
            all.put(m, figures.getOrDefault(m, Pair.NONE));
        }
        figures = java.util.Collections.unmodifiableMap(all);
        notes = List.copyOf(notes);
    }

    public Pair figure(ScalingMetric metric) {
        return figures.get(metric);
    }
}
