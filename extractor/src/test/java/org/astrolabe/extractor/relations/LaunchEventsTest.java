package org.astrolabe.extractor.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.astrolabe.extractor.ExtractionAssertions.describe;
import static org.astrolabe.extractor.ExtractionAssertions.extract;
import static org.astrolabe.extractor.ExtractionAssertions.has;

import org.astrolabe.core.model.ExtractionResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Launches told over two sentences. */
@Tag("models")
class LaunchEventsTest {

    @Test
    void theSatellitesOfTheNextSentenceRodeTheRocketJustLaunched() {
        ExtractionResult r = extract("""
                India's PSLV lifted off from Sriharikota on 26 November 2022 with nine satellites. \
                The nanosatellites included two Orbix satellites.
                """);
        assertThat(has(r, "Orbix", "launchVehicle", "PSLV")).as(describe(r)).isTrue();
        assertThat(has(r, "Orbix", "launchDate", "2022-11-26")).as(describe(r)).isTrue();

        ExtractionResult later = extract("""
                India's PSLV lifted off from Sriharikota on 26 November 2022 with nine satellites. \
                Engineers later compared two Orbix satellites.
                """);
        assertThat(has(later, "Orbix", "launchVehicle", "PSLV")).as(describe(later)).isFalse();
    }
}
