package org.astrolabe.extractor.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Short Url", "Short URL", "Follow", "Follow us on X", "Updated 7 sec ago", "Updated 22 April 2025",
            "Published: May 3, 2024 10:15 am", "Last updated on 3 May 2024", "3 hours ago", "5 min read",
            "-", "•", "—", "* * *", "Share", "Share this article", "Tweet", "Advertisement",
            "Please enter your comment!", "Please enter your name here", "You have entered an incorrect email address!",
            "Read more: ESA picks new launcher", "Also Read: Rover lands", "Copyright 2025 The Daily Orbit",
            "Minister Ahsan Iqbal at the launch ceremony in Karachi. (APP)",
            "The rocket lifts off from Jiuquan on Friday. (Reuters)", "Photo: ESA/Handout", "By John Smith", "(PMO)",
            "Rescuers search the rubble in the old town (AFP Photo/Handout)",
            "Get the week's top stories delivered to your inbox: sign up for our free newsletter.",
            "Sign up for our weekly Space newsletter: launches and discoveries, every Friday.",
            "Get the best of Orbit Weekly in your inbox: subscribe to our newsletter for news from across the city.",
            "In other news, the city council approved a new bus route on Tuesday.",
            "In other news: the national football team won its qualifier in Lima.",
            "Advertisement · Scroll to continue", "Story continues below advertisement", "Scroll to continue with content",
            "10:12 IST", "9.58am", "21:40",
            "Reporting by Ana Souza in Brasilia and Li Wen in Beijing; Editing by Mark Fletcher",
            "Reporting by Ana Souza; Additional reporting by Li Wen; Editing by Mark Fletcher",
    })
    void dropsBoilerplateLines(String line) {
        assertThat(Boilerplate.isNoise(line)).as(line).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "ISLAMABAD: Pakistan and China signed an agreement on Friday.",
            "The agency said it followed the plan closely.",
            "Updated figures from the agency show a rise in launches across the region this year and beyond, it said in a long statement.",
            "Joint development of LEO satellites",
            "ESA and NASA signed the agreement in Paris (France).",
            "Follow-up missions are planned for 2027.",
            "Share prices of launch companies rose on Monday.",
            "SUPARCO",
            "China Manned Space Agency (CMSA)",
            "The Indian Space Research Organisation (ISRO) and JAXA will build the lander.",
            "The agency will publish a newsletter for schools about the mission.",
            "Engineers delivered the satellite to the launch site in March.",
            "The mission made news in other countries as well.",
            "Reporting by local media said the launch had been delayed by a week.",
            "10 people were hurt.",
            "Scroll down for the full list of missions.",
    })
    void keepsArticleLines(String line) {
        assertThat(Boilerplate.isNoise(line)).as(line).isFalse();
        assertThat(Boilerplate.isTailMarker(line)).as(line).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"LEAVE A REPLY", "Leave a comment", "Must Read", "Related Articles", "You may also like",
            "Most Read", "12 Comments"})
    void recognisesWhereCommentsAndTeasersBegin(String line) {
        assertThat(Boilerplate.isTailMarker(line)).as(line).isTrue();
    }

    @Test
    void recognisesHeadlinesDatelinesAndBullets() {
        assertThat(Boilerplate.isTitleLike("ISRO and JAXA agree on joint lunar polar mission")).isTrue();
        assertThat(Boilerplate.isTitleLike("ISRO and JAXA agreed on a joint lunar polar mission.")).isFalse();
        assertThat(Boilerplate.isTitleLike("Updated 7 sec ago")).isFalse();
        assertThat(Boilerplate.startsWithDateline("NEW DELHI: The Indian space agency said")).isTrue();
        assertThat(Boilerplate.startsWithDateline("PARIS, May 3 (Reuters) - The European Space Agency")).isTrue();
        assertThat(Boilerplate.startsWithDateline("ESA said on Friday: the launch is delayed")).isFalse();
        assertThat(Boilerplate.isBullet("• The rover will land in 2028")).isTrue();
        assertThat(Boilerplate.stripBullet("• The rover will land in 2028")).isEqualTo("The rover will land in 2028");
        assertThat(Boilerplate.isBullet("-")).isFalse();
        assertThat(Boilerplate.normaliseSpace("  a\u00a0 b\u200b\tc ")).isEqualTo("a b c");
    }
}
