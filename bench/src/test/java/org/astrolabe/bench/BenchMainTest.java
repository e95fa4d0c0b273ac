package org.astrolabe.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.astrolabe.bench.scaling.StoreSizes;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BenchMainTest {

    @Test
    void scalingOptionsAreParsed() {
        BenchMain main = new BenchMain();
        new CommandLine(main).parseArgs("--section", "scaling", "--sizes", "100k,1M", "--sizes", "300k", "--large");
        assertThat(main.sections).containsExactly("scaling");
        assertThat(main.large).isTrue();
        assertThat(StoreSizes.choose(main.sizes, main.large, main.quick)).containsExactly(100_000L, 300_000L, 1_000_000L, 10_000_000L);
    }

    @Test
    void scalingIsNotPartOfTheDefaultRun() {
        assertThat(BenchMain.SECTIONS).doesNotContain("scaling");
        assertThat(BenchMain.ON_REQUEST).contains("scaling");
    }

    @Test
    void unknownSectionsAndSizesAreRefusedBeforeAnythingRuns() {
        CommandLine unknownSection = new CommandLine(new BenchMain());
        unknownSection.setErr(new java.io.PrintWriter(java.io.Writer.nullWriter()));
        assertThat(unknownSection.execute("--section", "scalling")).isEqualTo(2);
        assertThat(new CommandLine(new BenchMain()).execute("--section", "scaling", "--sizes", "lots")).isEqualTo(2);
    }

    @Test
    void theChartGoesBesideTheMarkdown() {
        assertThat(BenchMain.chartFile(Path.of("docs/performance.md"))).isEqualTo(Path.of("docs/performance-scaling.svg"));
        assertThat(BenchMain.chartFile(Path.of("/tmp/run"))).isEqualTo(Path.of("/tmp/run-scaling.svg"));
    }
}
