package org.astrolabe.extractor.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.astrolabe.extractor.ExtractionAssertions.describe;
import static org.astrolabe.extractor.ExtractionAssertions.extract;
import static org.astrolabe.extractor.ExtractionAssertions.has;

import org.astrolabe.core.model.ExtractionResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Those named alongside a participant take part in what it takes part in; those alongside a party are parties. */
@Tag("models")
class TakingPartAlongsideTest {

    @Test
    void aListAlongsideAJoinerJoinsToo() {
        ExtractionResult r = extract("Kenya joined the International Lunar Research Station alongside Ghana and Senegal.");
        assertThat(has(r, "Ghana", "participatesIn", "International Lunar Research Station")).as(describe(r)).isTrue();
        assertThat(has(r, "Senegal", "participatesIn", "International Lunar Research Station")).as(describe(r)).isTrue();
    }

    @Test
    void companionsAreAlongsideInWhatTheirClauseNames() {
        ExtractionResult r = extract("Argentina is a member of the Artemis Accords and takes part in the Kestrel telescope project "
                + "alongside South Africa and Australia.");
        assertThat(has(r, "South Africa", "participatesIn", "Artemis Accords")).as(describe(r)).isFalse();
        assertThat(has(r, "Artemis Accords", "party", "South Africa")).as(describe(r)).isFalse();
    }

    @Test
    void togetherWithNamesCompanionsToo() {
        ExtractionResult r = extract("Kenya joined the International Lunar Research Station together with Ghana.");
        assertThat(has(r, "Ghana", "participatesIn", "International Lunar Research Station")).as(describe(r)).isTrue();
    }

    @Test
    void thoseAlongsideAPartyAreParties() {
        ExtractionResult r = extract("Kenya signed the Artemis Accords alongside Ghana and Senegal.");
        assertThat(has(r, "Artemis Accords", "party", "Ghana")).as(describe(r)).isTrue();
        assertThat(has(r, "Artemis Accords", "party", "Senegal")).as(describe(r)).isTrue();
        assertThat(has(r, "Ghana", "participatesIn", "Artemis Accords")).as(describe(r)).isFalse();
    }

    @Test
    void othersInTheSentenceWhoAreNotListedAlongsideDoNotJoin() {
        ExtractionResult r = extract("Kenya joined the International Lunar Research Station, and Ghana and Senegal watched.");
        assertThat(has(r, "Kenya", "participatesIn", "International Lunar Research Station")).as(describe(r)).isTrue();
        assertThat(has(r, "Ghana", "participatesIn", "International Lunar Research Station")).as(describe(r)).isFalse();
    }
}
