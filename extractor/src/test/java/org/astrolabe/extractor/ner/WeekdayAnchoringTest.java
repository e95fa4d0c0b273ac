package org.astrolabe.extractor.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

class WeekdayAnchoringTest {
    /** A Saturday. */
    private static final LocalDate ARTICLE_DATE = LocalDate.of(2022, 12, 17);

    private static List<CoreLabel> anchored(String... tokens) {
        CoreMap sentence = TokenLines.sentence(false, tokens);
        WeekdayAnchoring.anchor(List.of(sentence), ARTICLE_DATE);
        return TokenLines.tokens(sentence);
    }

    private static String value(CoreLabel token) {
        return TokenLines.value(token);
    }

    @Test
    void aReportedWeekdayIsTheLatestOneOnOrBeforeTheArticle() {
        List<CoreLabel> tokens = anchored("launched/O", "on/O", "Tuesday/DATE/2022-12-20");
        assertThat(value(tokens.get(2))).isEqualTo("2022-12-13");
        assertThat(value(anchored("launched/O", "on/O", "Saturday/DATE/2022-12-17").get(2))).isEqualTo("2022-12-17");
    }

    @Test
    void aWeekdayInASentenceAboutTheFutureIsTheNextOne() {
        assertThat(value(anchored("will/O", "launch/O", "on/O", "Tuesday/DATE/2022-12-13").get(3))).isEqualTo("2022-12-20");
    }

    @Test
    void beingSetToOrAheadOfAnnouncesTheFuture() {
        assertThat(value(anchored("is/O", "set/O", "to/O", "blast/O", "off/O", "Tuesday/DATE/2022-12-13").get(5))).isEqualTo("2022-12-20");
        assertThat(value(anchored("crew/O", "named/O", "ahead/O", "of/O", "Tuesday/DATE/2022-12-13", "launch/O").get(4)))
                .isEqualTo("2022-12-20");
        assertThat(value(anchored("the/O", "rocket/O", "was/O", "set/O", "upright/O", "on/O", "Tuesday/DATE/2022-12-20").get(6)))
                .as("'set' without 'to' is a past act").isEqualTo("2022-12-13");
    }

    @Test
    void aWeekdayWithAPartOfTheDayBecomesADate() {
        List<CoreLabel> tokens = anchored("on/O", "Monday/TIME/2022-12-19TEV", "evening/TIME/2022-12-19TEV");
        assertThat(tokens.get(1).ner()).isEqualTo("DATE");
        assertThat(value(tokens.get(1))).isEqualTo("2022-12-12");
        assertThat(value(tokens.get(2))).isEqualTo("2022-12-12");
    }

    @Test
    void aPartOfTheArticlesDayOrTheDayBeforeBecomesADate() {
        List<CoreLabel> morning = anchored("lifted/O", "off/O", "this/TIME/2022-12-17TMO", "morning/TIME/2022-12-17TMO");
        assertThat(morning.get(2).ner()).isEqualTo("DATE");
        assertThat(value(morning.get(3))).isEqualTo("2022-12-17");
        assertThat(value(anchored("landed/O", "last/TIME/2022-12-16TNI", "night/TIME/2022-12-16TNI").get(1))).isEqualTo("2022-12-16");
        List<CoreLabel> clock = anchored("lifted/O", "off/O", "at/O", "11:22/TIME/2022-12-17T11:22", "a.m./TIME/2022-12-17T11:22");
        assertThat(clock.get(3).ner()).as("a clock time alone names no day").isEqualTo("TIME");
    }

    @Test
    void aClockTimeOnAWeekdayBecomesThatDaysDate() {
        List<CoreLabel> tokens = anchored("at/O", "04:30/TIME/2022-12-20T04:30", "GMT/TIME/2022-12-20T04:30",
                "on/TIME/2022-12-20T04:30", "Tuesday/TIME/2022-12-20T04:30");
        assertThat(tokens.get(1).ner()).isEqualTo("DATE");
        assertThat(value(tokens.get(4))).isEqualTo("2022-12-13");
    }

    @Test
    void aClockTimeWithItsDateBecomesTheDate() {
        List<CoreLabel> tokens = anchored("at/O", "10:30/TIME/2016-12-05T10:30", "am/TIME/2016-12-05T10:30", "on/TIME/2016-12-05T10:30",
                "December/TIME/2016-12-05T10:30", "5/TIME/2016-12-05T10:30");
        assertThat(tokens.get(1).ner()).isEqualTo("DATE");
        assertThat(value(tokens.get(1))).isEqualTo("2016-12-05");
    }

    @Test
    void aReportedClockTimeOnADayNotYetComeIsThatDayOfTheYearBefore() {
        List<CoreLabel> reported = anchored("lifted/O", "off/O", "at/O", "10/TIME/2022-12-30T22:00", "p.m./TIME/2022-12-30T22:00",
                "on/TIME/2022-12-30T22:00", "Dec./TIME/2022-12-30T22:00", "30/TIME/2022-12-30T22:00");
        assertThat(value(reported.get(3))).isEqualTo("2021-12-30");
        List<CoreLabel> announced = anchored("will/O", "lift/O", "off/O", "at/O", "10/TIME/2022-12-30T22:00", "p.m./TIME/2022-12-30T22:00",
                "on/TIME/2022-12-30T22:00", "Dec./TIME/2022-12-30T22:00", "30/TIME/2022-12-30T22:00");
        assertThat(value(announced.get(4))).isEqualTo("2022-12-30");
        List<CoreLabel> withItsYear = anchored("lifted/O", "off/O", "at/O", "10/TIME/2023-12-30T22:00", "p.m./TIME/2023-12-30T22:00",
                "on/TIME/2023-12-30T22:00", "Dec./TIME/2023-12-30T22:00", "30/TIME/2023-12-30T22:00", ",/TIME/2023-12-30T22:00",
                "2023/TIME/2023-12-30T22:00");
        assertThat(value(withItsYear.get(3))).isEqualTo("2023-12-30");
    }

    @Test
    void aClockTimeAloneStaysATime() {
        List<CoreLabel> tokens = anchored("at/O", "10:30/TIME/2022-12-17T10:30", "am/TIME/2022-12-17T10:30");
        assertThat(tokens.get(1).ner()).isEqualTo("TIME");
    }

    @Test
    void aWeekdayWrittenWithItsDateKeepsSutimesValue() {
        List<CoreLabel> tokens = anchored("on/O", "Friday/DATE/2021-05-14", "14/DATE/2021-05-14", "May/DATE/2021-05-14");
        assertThat(value(tokens.get(1))).isEqualTo("2021-05-14");
        assertThat(value(anchored("next/DATE/2022-12-20", "Tuesday/DATE/2022-12-20").get(1))).isEqualTo("2022-12-20");
    }
}
