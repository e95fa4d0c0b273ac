package org.astrolabe.bench.sections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class IngestSectionTest {
    @Test
    void readsTheRateTdbloaderReports() {
        List<String> log = List.of(
                "[main] INFO org.apache.jena.tdb2.loader - Index set:  GSPO => GSPO->GPOS [9,890 items, 0.1 seconds]",
                "[main] INFO org.apache.jena.tdb2.loader - Time = 7.202 seconds : Quads = 1,009,890 : Rate = 141,373 /s");
        assertThat(IngestSection.loaderReportedRate(log)).hasValue(141_373.0);
        assertThat(IngestSection.loaderReportedRate(List.of("no summary"))).isEmpty();
    }
}
