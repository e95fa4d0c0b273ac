package org.astrolabe.bench.scaling;

import org.astrolabe.bench.harness.ResultTable.Better;

/** The four figures measured at each store size, each with the baseline it is set beside. */
public enum ScalingMetric {
    LOOKUP_P99("Entity lookup p99", "ms", "Fuseki, label lookup", Better.LOWER),
    SPARQL_MIX("SPARQL query mix", "queries/s", "Fuseki", Better.HIGHER),
    INGEST("Ingest into an empty store", "quads/s", "tdb2.tdbloader", Better.HIGHER),
    EXPORT("Export as N-Quads", "quads/s", "tdb2.tdbdump", Better.HIGHER);

    private final String title;
    private final String unit;
    private final String baseline;
    private final Better better;

    ScalingMetric(String title, String unit, String baseline, Better better) {
        this.title = title;
        this.unit = unit;
        this.baseline = baseline;
        this.better = better;
    }

    public String title() {
        return title;
    }

    public String unit() {
        return unit;
    }

    /** The baseline's name, as the chart's legend and the table show it. */
    public String baseline() {
        return baseline;
    }

    public Better better() {
        return better;
    }
}
