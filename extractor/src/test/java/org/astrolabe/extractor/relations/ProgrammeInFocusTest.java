package org.astrolabe.extractor.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.astrolabe.extractor.ExtractionAssertions.describe;
import static org.astrolabe.extractor.ExtractionAssertions.extract;
import static org.astrolabe.extractor.ExtractionAssertions.has;

import org.astrolabe.core.model.ExtractionResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Members and joiners named in a sentence that does not say what they joined take part in the programme just named. */
@Tag("models")
class ProgrammeInFocusTest {

    @Test
    void aListThatSignsOnJoinsTheProgrammeOfTheSentenceBefore() {
        ExtractionResult r = extract("""
                China and Russia announced the International Lunar Research Station in 2021. \\
                Since then, Venezuela, South Africa and Azerbaijan have signed on.
                """);
        assertThat(has(r, "Azerbaijan", "participatesIn", "International Lunar Research Station")).as(describe(r)).isTrue();
        assertThat(has(r, "Venezuela", "participatesIn", "International Lunar Research Station")).as(describe(r)).isTrue();

        ExtractionResult signedSomething = extract("""
                China and Russia announced the International Lunar Research Station in 2021. \\
                Since then, Venezuela and Azerbaijan have signed trade deals.
                """);
        assertThat(has(signedSomething, "Azerbaijan", "participatesIn", "International Lunar Research Station"))
                .as(describe(signedSomething)).isFalse();
    }

    @Test
    void whatComesFromAnOrganisationAboardAFlightMakesItNoPartnerOfTheProgrammeNamedBefore() {
        ExtractionResult aboard = extract("""
                NASA pays Kestrel Dynamics to deliver its experiments under the Commercial Lunar Payload Services program. \\
                Also aboard is a small rover from Lakeford Robotics, a Colorado company.
                """);
        assertThat(has(aboard, "Lakeford Robotics", "participatesIn", "Commercial Lunar Payload Services"))
                .as(describe(aboard)).isFalse();
        ExtractionResult named = extract("The Commercial Lunar Payload Services program carries instruments from Lakeford Robotics and Kestrel Dynamics.");
        assertThat(has(named, "Lakeford Robotics", "participatesIn", "Commercial Lunar Payload Services")).as(describe(named)).isTrue();
    }

    @Test
    void partnersListedWithoutTheirProgrammeBelongToTheOneJustNamed() {
        ExtractionResult r = extract("""
                NASA leads the Artemis programme. \\
                The programme now has 50 signatories, including Peru and Chile.
                """);
        assertThat(has(r, "Chile", "participatesIn", "Artemis program")).as(describe(r)).isTrue();

        ExtractionResult otherGroup = extract("""
                NASA leads the Artemis programme. \\
                Peru and Chile are members of the Andean Community.
                """);
        assertThat(has(otherGroup, "Chile", "participatesIn", "Artemis program")).as(describe(otherGroup)).isFalse();

        ExtractionResult tooFar = extract("""
                NASA leads the Artemis programme. The budget grew in 2020. Costs rose again in 2021. \\
                Its partners include Peru and Chile.
                """);
        assertThat(has(tooFar, "Chile", "participatesIn", "Artemis program")).as(describe(tooFar)).isFalse();
    }

    @Test
    void theFlyersOfASentenceAfterTheMissionAreItsCrew() {
        ExtractionResult named = extract("""
                Shenzhou-31 docked with Tiangong on Saturday. \
                The astronauts, Zhang Lu, Wu Fei and Li Min, will stay for six months.
                """);
        assertThat(has(named, "Wu Fei", "participatesIn", "Shenzhou-31")).as(describe(named)).isTrue();

        ExtractionResult staying = extract("""
                The Crew-19 mission launched on Friday. \
                NASA astronauts Rita Gomez and Tom Reyes and cosmonaut Ivan Petrov will spend six months on the station.
                """);
        assertThat(has(staying, "Ivan Petrov", "participatesIn", "Crew-19")).as(describe(staying)).isTrue();

        ExtractionResult visitors = extract("""
                The Crew-19 mission launched on Friday. \
                NASA officials Rita Gomez and Tom Reyes will spend six months in Houston.
                """);
        assertThat(has(visitors, "Tom Reyes", "participatesIn", "Crew-19")).as(describe(visitors)).isFalse();
    }

    @Test
    void aCrewListedAfterAColonOrAfterCrewOfFliesOnTheMission() {
        ExtractionResult colon = extract("Three astronauts blasted off aboard Shenzhou-31 on Friday: Zhang Lu, Wu Fei and Li Min.");
        assertThat(has(colon, "Li Min", "participatesIn", "Shenzhou-31")).as(describe(colon)).isTrue();

        ExtractionResult crewOf = extract("The Shenzhou-31 crew of Zhang Lu, Wu Fei and Li Min arrived on Friday.");
        assertThat(has(crewOf, "Li Min", "participatesIn", "Shenzhou-31")).as(describe(crewOf)).isTrue();

        ExtractionResult notCrew = extract("Shenzhou-31 blasted off on Friday, officials said: the launch was watched by Zhang Lu.");
        assertThat(has(notCrew, "Zhang Lu", "participatesIn", "Shenzhou-31")).as(describe(notCrew)).isFalse();
    }
}
