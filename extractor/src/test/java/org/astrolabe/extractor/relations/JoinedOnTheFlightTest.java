package org.astrolabe.extractor.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.astrolabe.extractor.ExtractionAssertions.describe;
import static org.astrolabe.extractor.ExtractionAssertions.extract;
import static org.astrolabe.extractor.ExtractionAssertions.has;

import org.astrolabe.core.model.ExtractionResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Those who join a traveller named in the sentence before take part in the traveller's flight. */
@Tag("models")
class JoinedOnTheFlightTest {

    @Test
    void thoseWhoJoinTheAssignedAstronautFlyOnTheMission() {
        ExtractionResult passive = extract("Ana Lund, a Kestrel Space Agency astronaut, was assigned to the Ax-5 mission on Tuesday. "
                + "She will be joined by Hungarian astronaut Tibor Kovacs and Peruvian astronaut Maria Quispe.");
        assertThat(has(passive, "Maria Quispe", "participatesIn", "Ax-5")).as(describe(passive)).isTrue();

        ExtractionResult active = extract("Ana Lund will command the Ax-5 mission. Tibor Kovacs and Maria Quispe will join her.");
        assertThat(has(active, "Maria Quispe", "participatesIn", "Ax-5")).as(describe(active)).isTrue();
    }

    @Test
    void thoseWhoJoinHerOnTheGroundDoNot() {
        ExtractionResult r = extract("Ana Lund will command the Ax-5 mission. She was joined at the ceremony by Kestrel Space Agency chief Tibor Kovacs.");
        assertThat(has(r, "Tibor Kovacs", "participatesIn", "Ax-5")).as(describe(r)).isFalse();
    }
}
