package org.astrolabe.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParsersTest {

    @Test
    void peakHeapIsTheLargestOccupancyInTheGcLog() {
        List<String> log = List.of(
                "[0.010s][info][gc] Using G1",
                "[0.512s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 2.345ms",
                "[1.204s][info][gc] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 140M->12M(256M) 4.1ms",
                "[2.000s][info][gc] GC(2) Pause Full (System.gc()) 90M->1024K(64M) 11.0ms");
        assertThat(GcLog.peakHeapBytes(log)).isEqualTo(140L << 20);
        assertThat(GcLog.peakHeapBytes(List.of("[0.1s][info][gc] GC(0) Pause Young 1G->200M(2G) 5ms"))).isEqualTo(1L << 30);
        assertThat(GcLog.peakHeapBytes(List.of("no collections"))).isZero();
    }

    @Test
    void pausesAreCountedInTheirWindowOfUptime() {
        List<String> log = List.of(
                "[0.010s] Using G1",
                "[0.512s] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 2.345ms",
                "[1.204s] GC(1) Pause Young (Normal) (G1 Evacuation Pause) 140M->12M(256M) 40.1ms",
                "[1.300s] GC(2) Pause Remark 90M->80M(256M) 1.5ms",
                "[1.350s] GC(2) Concurrent Mark Cycle 35.000ms",
                "[2.000s] GC(3) Pause Full (System.gc()) 90M->1024K(64M) 11.0ms");
        GcLog.Pauses window = GcLog.pauses(log, 1.0, 1.9);
        assertThat(window.count()).isEqualTo(2);
        assertThat(window.totalMs()).isCloseTo(41.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(window.longestMs()).isEqualTo(40.1);
        assertThat(GcLog.pauses(log, 0, 10).count()).isEqualTo(4);
        assertThat(GcLog.pauses(log, 3, 4)).isEqualTo(new GcLog.Pauses(0, 0, 0));
    }

    @Test
    void readsVmHwmFromAProcStatusText() {
        String status = "Name:\tjava\nVmPeak:\t 9000000 kB\nVmHWM:\t  524288 kB\nVmRSS:\t  400000 kB\n";
        assertThat(ProcStatus.parseKilobytes(status, "VmHWM")).hasValue(524288);
        assertThat(ProcStatus.parseKilobytes(status, "VmSwap")).isEmpty();
    }

    @Test
    void readsThisProcessesPeakRss() {
        assertThat(ProcStatus.kilobytes(ProcessHandle.current().pid(), "VmHWM").orElse(0)).isPositive();
    }

    @Test
    void reportReplacesOnlyItsOwnBlock(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("performance.md");
        Report.write(file, "first table\n");
        assertThat(Files.readString(file)).startsWith("# Performance").contains("first table");
        String handWritten = Files.readString(file).replace("# Performance\n", "# Performance\n\nIntro by hand.\n")
                + "\n## Analysis\n\nKept.\n";
        Files.writeString(file, handWritten);
        Report.write(file, "second table\n");
        String text = Files.readString(file);
        assertThat(text).contains("Intro by hand.", "second table", "## Analysis", "Kept.").doesNotContain("first table");
        assertThat(text.split(java.util.regex.Pattern.quote(Report.BEGIN), -1)).hasSize(2);
    }
}
