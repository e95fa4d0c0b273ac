package org.astrolabe.extractor.relations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.astrolabe.extractor.ExtractionAssertions.describe;
import static org.astrolabe.extractor.ExtractionAssertions.extract;
import static org.astrolabe.extractor.ExtractionAssertions.has;

import org.astrolabe.core.model.ExtractionResult;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** "Prime Minister X" with no country leads the country the article is about, when there is one. */
@Tag("models")
class UnstatedCountryOfALeaderTest {

    @Test
    void aLeaderWithoutACountryLeadsTheCountryTheArticleIsAbout() {
        ExtractionResult r = extract("""
                Pakistan launched its second lunar probe on Monday. Pakistan's space agency built it in Karachi. \
                Prime Minister Imran Qadir praised the engineers.
                """);
        assertThat(has(r, "Imran Qadir", "leaderOf", "Pakistan")).as(describe(r)).isTrue();
    }

    @Test
    void aLeaderWithoutACountryLeadsNoneWhenTwoCountriesShareTheArticle() {
        ExtractionResult r = extract("""
                China launched Nigeria's second satellite on Monday. China built it for Nigeria in Xi'an. \
                President Musa Bello praised the engineers.
                """);
        assertThat(has(r, "Musa Bello", "leaderOf", "China")).as(describe(r)).isFalse();
        assertThat(has(r, "Musa Bello", "leaderOf", "Nigeria")).as(describe(r)).isFalse();
    }

    @Test
    void thenTheCountryTheSentenceNamesAsItselfNotAsAPlaceVisited() {
        ExtractionResult r = extract("""
                China launched Nigeria's second satellite on Monday. China built it for Nigeria in Xi'an. \
                President Musa Bello hailed the launch as a step in Nigeria's march towards a knowledge economy. \
                Prime Minister Ali Dogo, visiting China in May, thanked the engineers.
                """);
        assertThat(has(r, "Musa Bello", "leaderOf", "Nigeria")).as(describe(r)).isTrue();
        assertThat(has(r, "Ali Dogo", "leaderOf", "China")).as(describe(r)).isFalse();
    }
}
