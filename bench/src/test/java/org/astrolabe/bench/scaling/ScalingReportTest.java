package org.astrolabe.bench.scaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.astrolabe.bench.harness.Report;
import org.astrolabe.bench.scaling.ScalingPoint.Pair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScalingReportTest {
    private static final ScalingPoint POINT = new ScalingPoint(1_000_000, 1_000_023, 9_876, 1.5, 3.25, 4.0,
            Map.of(ScalingMetric.LOOKUP_P99, new Pair(20, 10), ScalingMetric.INGEST, new Pair(30_000, 60_000)),
            List.of("store generated and loaded in 3.0 min"));

    private static String block() {
        return ScalingReport.markdown(List.of(POINT), "./astrolabe bench --section scaling", "2 cores", ZonedDateTime.parse("2026-11-28T03:00:00Z"),
                12.5, "performance-scaling.svg", "5 s warm-up and 15 s measured per load test");
    }

    @Test
    void tableHasARowPerMetricWithRatioAndLoad() {
        String md = block();
        assertThat(md).contains("](performance-scaling.svg)");
        assertThat(md).contains("| 1,000,023 | 9,876 | Entity lookup p99 (ms) | 20 | Fuseki, label lookup | 10 | 0.500x | 1.5 / 3.3 |");
        assertThat(md).contains("| Ingest into an empty store (quads/s) | 30,000 | tdb2.tdbloader | 60,000 | 0.500x |");
        // Not measured: empty cells, no ratio.
        assertThat(md).contains("| Export as N-Quads (quads/s) |  | tdb2.tdbdump |  |  |");
        assertThat(md).contains("- 1M (4.0 min): store generated and loaded in 3.0 min");
    }

    @Test
    void scalingBlockAndMainBlockLeaveEachOtherAlone(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("performance.md");
        Files.writeString(page, "# Performance\n\nintro\n\n" + Report.BEGIN + "\nmain figures\n" + Report.END + "\n\nanalysis\n\n"
                + ScalingReport.BEGIN + "\nold scaling\n" + ScalingReport.END + "\n\nend\n");
        Report.write(page, block(), ScalingReport.BEGIN, ScalingReport.END);
        String text = Files.readString(page);
        assertThat(text).contains("main figures", "analysis", "end", "| 1,000,023 |").doesNotContain("old scaling");
        Report.write(page, "new main figures\n");
        text = Files.readString(page);
        assertThat(text).contains("new main figures", "| 1,000,023 |").doesNotContain("\nmain figures");
    }
}
