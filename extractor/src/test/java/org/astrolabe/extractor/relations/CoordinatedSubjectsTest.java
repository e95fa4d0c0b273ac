package org.astrolabe.extractor.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.astrolabe.extractor.ExtractionAssertions.describe;
import static org.astrolabe.extractor.ExtractionAssertions.extract;
import static org.astrolabe.extractor.ExtractionAssertions.has;

import org.astrolabe.core.model.ExtractionResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What a sentence says of a coordinated subject holds for each member of it. */
@Tag("models")
class CoordinatedSubjectsTest {

    @Test
    void everyMemberOfACoordinatedCrewJoinsTheMission() {
        ExtractionResult r = extract("Japanese astronaut Kenji Arata and Danish astronaut Lars Holm joined Expedition 81.");
        assertThat(has(r, "Kenji Arata", "participatesIn", "Expedition 81")).as(describe(r)).isTrue();
        assertThat(has(r, "Lars Holm", "participatesIn", "Expedition 81")).as(describe(r)).isTrue();
    }

    @Test
    void whatDescribesOneMemberIsNotGivenToTheOthers() {
        ExtractionResult r = extract("NASA astronaut Mira Kowalski and ESA astronaut Lars Holm joined Expedition 81.");
        assertThat(has(r, "Mira Kowalski", "memberOf", "European Space Agency")).as(describe(r)).isFalse();
        assertThat(has(r, "Lars Holm", "memberOf", "National Aeronautics and Space Administration")).as(describe(r)).isFalse();

        ExtractionResult three = extract("Roscosmos cosmonauts Pavel Orlov and Ivan Belov and NASA astronaut Mira Kowalski joined Expedition 81.");
        assertThat(has(three, "Mira Kowalski", "memberOf", "Roscosmos")).as(describe(three)).isFalse();
        assertThat(has(three, "Mira Kowalski", "participatesIn", "Expedition 81")).as(describe(three)).isTrue();
    }

    @Test
    void aPluralRoleAfterAListBelongsToTheLastGroupOfIt() {
        ExtractionResult r = extract("Waiting for them were the crew of Expedition 90: Ana Lind and Rosa Vik of NASA, Ken Sato of Japan, "
                + "and Ivan Petrov, Oleg Popov and Boris Orlov, cosmonauts of Russia's Roscosmos.");
        assertThat(has(r, "Oleg Popov", "memberOf", "Roscosmos")).as(describe(r)).isTrue();
        assertThat(has(r, "Ana Lind", "memberOf", "Roscosmos")).as(describe(r)).isFalse();
        assertThat(has(r, "Rosa Vik", "memberOf", "Roscosmos")).as(describe(r)).isFalse();
    }

    @Test
    void namesNotJoinedByAConjunctionAreNoGroup() {
        ExtractionResult r = extract("Kenji Arata thanked Lars Holm, who joined Expedition 81 in May.");
        assertThat(has(r, "Kenji Arata", "participatesIn", "Expedition 81")).as(describe(r)).isFalse();
    }
}
