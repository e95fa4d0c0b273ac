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
}
