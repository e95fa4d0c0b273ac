package org.astrolabe.extractor.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.astrolabe.extractor.ExtractionAssertions.describe;
import static org.astrolabe.extractor.ExtractionAssertions.extract;
import static org.astrolabe.extractor.ExtractionAssertions.has;

import org.astrolabe.core.model.ExtractionResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Travellers said to go to space in one sentence take part in the flight another sentence names. */
@Tag("models")
class TravellersOfTheFlightTest {

    @Test
    void travellersBeforeTheFlightIsNamedTakePartInIt() {
        ExtractionResult r = extract("Ana Lind and Tomas Vik blasted off on Sunday on a private mission to the space station. "
                + "The Axiom Mission 9 flight lifted off from Florida aboard a Falcon 9 rocket.");
        assertThat(has(r, "Ana Lind", "participatesIn", "Axiom Mission 9")).as(describe(r)).isTrue();
        assertThat(has(r, "Tomas Vik", "participatesIn", "Axiom Mission 9")).as(describe(r)).isTrue();
    }

    @Test
    void aFlightOfAnotherYearIsAPastFlight() {
        ExtractionResult r = extract("The Axiom Mission 9 flight lifted off from Florida on Sunday. "
                + "Ana Lind, its commander, praised the crew. Tomas Vik flew to the station in 2009.");
        assertThat(has(r, "Tomas Vik", "participatesIn", "Axiom Mission 9")).as(describe(r)).isFalse();
    }

    @Test
    void aVerbOfGoingElsewhereIsNoFlight() {
        ExtractionResult r = extract("The Axiom Mission 9 flight lifted off from Florida on Sunday. "
                + "Tomas Vik, the company's director, watched the launch with reporters.");
        assertThat(has(r, "Tomas Vik", "participatesIn", "Axiom Mission 9")).as(describe(r)).isFalse();
    }
}
