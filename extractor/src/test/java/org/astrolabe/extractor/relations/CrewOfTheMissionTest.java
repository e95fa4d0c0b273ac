package org.astrolabe.extractor.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.astrolabe.extractor.ExtractionAssertions.describe;
import static org.astrolabe.extractor.ExtractionAssertions.extract;
import static org.astrolabe.extractor.ExtractionAssertions.entity;
import static org.astrolabe.extractor.ExtractionAssertions.has;

import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Crew roles given one sentence after the mission put the person on the mission in focus. */
@Tag("models")
class CrewOfTheMissionTest {

    @Test
    void rolesGivenAfterTheMissionIsNamedPutThePeopleOnIt() {
        ExtractionResult r = extract("""
                The Axiom Mission 9 flight will be commanded by Clara Voss. \
                Omar Haddad will serve as pilot, and Lena Ortiz and Kai Moto will be mission specialists.
                """);
        for (String person : new String[] {"Omar Haddad", "Lena Ortiz", "Kai Moto"}) {
            assertThat(has(r, person, "participatesIn", "Axiom Mission 9")).as(person + "\n" + describe(r)).isTrue();
        }
    }

    @Test
    void theMissionInFocusIsTheLastNamedBeforeTheRoleNotAPastFlight() {
        ExtractionResult r = extract("""
                The Shenzhou-23 crew arrived at the station on Friday. \
                Zhang Lu, the mission commander, is a veteran of Shenzhou-15.
                """);
        assertThat(has(r, "Zhang Lu", "participatesIn", "Shenzhou-23")).as(describe(r)).isTrue();
        assertThat(has(r, "Zhang Lu", "participatesIn", "Shenzhou-15")).as(describe(r)).isTrue();
    }

    @Test
    void thePeopleOnBoardAFlightAreItsCrew() {
        ExtractionResult r = extract("""
                A Falcon 9 rocket lifted off on Sunday carrying the Ax-7 mission to the space station. \
                On board were NASA astronaut Rita Gomez and two Polish engineers, Adam Nowak and Ewa Lis.
                """);
        for (String person : new String[] {"Rita Gomez", "Adam Nowak", "Ewa Lis"}) {
            assertThat(has(r, person, "participatesIn", "Ax-7")).as(person + "\n" + describe(r)).isTrue();
        }
        ExtractionResult notACrewList = extract("""
                A Falcon 9 rocket lifted off on Sunday carrying the Ax-7 mission to the space station. \
                Rita Gomez, the launch director, and Lee Park said nobody on board had been told of the delay.
                """);
        assertThat(has(notACrewList, "Lee Park", "participatesIn", "Ax-7")).as(describe(notACrewList)).isFalse();
    }

    @Test
    void aRoleOutsideACrewOrWithoutAMissionPutsNobodyOnOne() {
        ExtractionResult noMission = extract("Omar Haddad will serve as pilot of the company's new jet.");
        String omar = entity(noMission, "Omar Haddad").map(ExtractedEntity::iri).orElse("");
        assertThat(noMission.facts()).as(describe(noMission))
                .noneMatch(f -> f.subjectIri().equals(omar) && f.propertyIri().equals(KG.NS + "participatesIn"));
        ExtractionResult notCrew = extract("""
                The Shenzhou-23 crew arrived at the station on Friday. \
                Li Wen, the director of the training centre, welcomed them.
                """);
        assertThat(has(notCrew, "Li Wen", "participatesIn", "Shenzhou-23")).as(describe(notCrew)).isFalse();
    }

    @Test
    void anAstronautNamedRightAfterTheMissionFliesOnIt() {
        ExtractionResult r = extract("""
                The Kestrel-4 mission lifted off from Kourou on Monday. \
                Ana Lima, a Brazilian astronaut, will conduct 20 experiments.
                """);
        assertThat(has(r, "Ana Lima", "participatesIn", "Kestrel-4")).as(describe(r)).isTrue();

        ExtractionResult farAway = extract("""
                The Kestrel-4 mission lifted off from Kourou on Monday. \
                The rocket's second stage performed well. \
                Engineers will study the data for weeks. \
                Officials praised the team in Paris. \
                Ana Lima, a Brazilian astronaut, said she was impressed.
                """);
        assertThat(has(farAway, "Ana Lima", "participatesIn", "Kestrel-4")).as(describe(farAway)).isFalse();
    }
}
