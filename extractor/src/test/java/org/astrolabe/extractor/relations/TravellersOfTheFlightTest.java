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
    void thoseATravellerFliesWithGoToo() {
        ExtractionResult r = extract("The Axiom Mission 9 flight lifted off from Florida on Sunday. "
                + "Ana Lind is the first Saudi woman in space. She flew with Tomas Vik, a fighter pilot.");
        assertThat(has(r, "Tomas Vik", "participatesIn", "Axiom Mission 9")).as(describe(r)).isTrue();
        ExtractionResult talk = extract("The Axiom Mission 9 flight lifted off from Florida on Sunday. "
                + "Ana Lind is the first Saudi woman in space. She spoke with Tomas Vik, a fighter pilot.");
        assertThat(has(talk, "Tomas Vik", "participatesIn", "Axiom Mission 9")).as(describe(talk)).isFalse();
    }

    @Test
    void theAstronautsTheFlightIsSaidToHaveTakePartInIt() {
        ExtractionResult r = extract("The Axiom Mission 9 flight lifted off from Florida on Sunday. "
                + "The prince received Ana Lind and Tomas Vik, the mission's backup astronauts, before the launch.");
        assertThat(has(r, "Tomas Vik", "participatesIn", "Axiom Mission 9")).as(describe(r)).isTrue();
        ExtractionResult agency = extract("The Axiom Mission 9 flight lifted off from Florida on Sunday. "
                + "The prince received Ana Lind and Tomas Vik, the agency's astronauts, before the launch.");
        assertThat(has(agency, "Tomas Vik", "participatesIn", "Axiom Mission 9")).as(describe(agency)).isFalse();
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

    @Test
    void theHoldersOfTheCrewsSeatsFlyOnTheFlightJustNamed() {
        ExtractionResult r = extract("Axiom Mission 9 is the fourth private flight to the station. Ana Lind is the pilot. "
                + "The commander is Tomas Vik, a retired astronaut, while Ole Berg and Kai Moe fly as mission specialists.");
        assertThat(has(r, "Ana Lind", "participatesIn", "Axiom Mission 9")).as(describe(r)).isTrue();
        assertThat(has(r, "Tomas Vik", "participatesIn", "Axiom Mission 9")).as(describe(r)).isTrue();
        assertThat(has(r, "Kai Moe", "participatesIn", "Axiom Mission 9")).as(describe(r)).isTrue();

        ExtractionResult named = extract("A capsule with two astronauts reached the station on Monday. Mission commander Peggy Olsen "
                + "praised the crew. The crew's pilot is John Berg, a businessman. The mission, called Ax-9, is the second private flight.");
        assertThat(has(named, "Peggy Olsen", "participatesIn", "Ax-9")).as(describe(named)).isTrue();
        assertThat(has(named, "John Berg", "participatesIn", "Ax-9")).as(describe(named)).isTrue();
    }

    @Test
    void anOccupationOrACommandOnTheGroundIsNoSeat() {
        ExtractionResult r = extract("The Soyuz MS-40 mission carried three cosmonauts to the station. Ivan Petrov, a fighter pilot, "
                + "watched the launch. The commander of the air force, Oleg Sidorov, spoke.");
        assertThat(has(r, "Ivan Petrov", "participatesIn", "Soyuz MS-40")).as(describe(r)).isFalse();
        assertThat(has(r, "Oleg Sidorov", "participatesIn", "Soyuz MS-40")).as(describe(r)).isFalse();
    }
}
