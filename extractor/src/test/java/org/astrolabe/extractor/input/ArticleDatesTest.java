package org.astrolabe.extractor.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ArticleDatesTest {
    @Test
    void readsWrittenDates() {
        assertThat(ArticleDates.findInText("Updated 22 April 2025")).contains(LocalDate.of(2025, 4, 22));
        assertThat(ArticleDates.findInText("met in Islamabad on April 22, 2025. (PID)")).contains(LocalDate.of(2025, 4, 22));
        assertThat(ArticleDates.findInText("Published Sept. 3rd, 2024")).contains(LocalDate.of(2024, 9, 3));
        assertThat(ArticleDates.findInText("on 2024-05-03 and then on June 1, 2024")).contains(LocalDate.of(2024, 5, 3));
        assertThat(ArticleDates.findInText("on June 1, 2024 and then on 2024-05-03")).contains(LocalDate.of(2024, 6, 1));
    }

    @Test
    void ignoresIncompleteOrImpossibleDates() {
        assertThat(ArticleDates.findInText("Updated 7 sec ago")).isEmpty();
        assertThat(ArticleDates.findInText("in May 2024")).isEmpty();
        assertThat(ArticleDates.findInText("on Oct. 19")).isEmpty();
        assertThat(ArticleDates.findInText("February 30, 2025")).isEmpty();
    }

    @Test
    void readsMetadataValues() {
        assertThat(ArticleDates.parseMetadata("2025-04-22")).contains(LocalDate.of(2025, 4, 22));
        assertThat(ArticleDates.parseMetadata("2025-04-22T23:30:00+05:00")).contains(LocalDate.of(2025, 4, 22));
        assertThat(ArticleDates.parseMetadata("2025-04-22T09:30:00Z")).contains(LocalDate.of(2025, 4, 22));
        assertThat(ArticleDates.parseMetadata("Tue, 22 Apr 2025 09:30:00 GMT")).contains(LocalDate.of(2025, 4, 22));
        assertThat(ArticleDates.parseMetadata("2025-04-22T09:30:00")).contains(LocalDate.of(2025, 4, 22));
        assertThat(ArticleDates.parseMetadata("20250422")).as("<meta name=pubdate>").contains(LocalDate.of(2025, 4, 22));
        assertThat(ArticleDates.parseMetadata("20251322")).isEmpty();
        assertThat(ArticleDates.parseMetadata("soon")).isEmpty();
    }
}
