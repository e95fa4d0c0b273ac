package org.astrolabe.extractor.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.astrolabe.core.model.Article;
import org.junit.jupiter.api.Test;

class ScrapedPageTest {

    /** A news page as scrapers save it: header widgets, a caption, summary bullets, a second article glued on. */
    static final String TWO_ARTICLE_PAGE = """
            India and Japan agree to build lunar polar lander together

            ISRO chairman S. Somanath and JAXA president Hiroshi Yamakawa in Bengaluru on March 14, 2025. (PIB)
            Short Url
            Updated 14 March 2025
            Follow

            India and Japan agree to build lunar polar lander together

              • The LUPEX mission will explore water ice near the lunar south pole
              • Japan's H3 rocket will carry the lander and an Indian rover

            NEW DELHI: The Indian Space Research Organisation (ISRO) and the Japan Aerospace Exploration Agency (JAXA) signed an implementing arrangement on Friday for the Lunar Polar Exploration mission.

            The mission is expected to launch in 2028 aboard an H3 rocket.
            -
            Share


            Floods cut roads in the northern hills, officials say

            Updated 3 min ago
            Follow

            Floods cut roads in the northern hills, officials say

              • Rescue teams reached two villages by boat

            SHIMLA: Heavy rain cut three highways on Sunday, district officials said.

            Schools stayed closed across the district.

            LEAVE A REPLY

            Please enter your comment!
            Please enter your name here

            Must Read

            Ten things to know about monsoon insurance

            A short teaser sentence about something else entirely...
            """;

    @Test
    void splitsAGluedOnArticleAndKeepsEachTitleAndDate() {
        List<Article> articles = PlainTextReader.read(TWO_ARTICLE_PAGE, "page.txt");

        assertThat(articles).hasSize(2);
        Article first = articles.get(0);
        assertThat(first.source()).isEqualTo("page.txt");
        assertThat(first.title()).isEqualTo("India and Japan agree to build lunar polar lander together");
        assertThat(first.date()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(first.text()).isEqualTo("""
                India and Japan agree to build lunar polar lander together

                NEW DELHI: The Indian Space Research Organisation (ISRO) and the Japan Aerospace Exploration Agency (JAXA) \
                signed an implementing arrangement on Friday for the Lunar Polar Exploration mission.

                The mission is expected to launch in 2028 aboard an H3 rocket.""");

        Article second = articles.get(1);
        assertThat(second.source()).isEqualTo("page.txt#2");
        assertThat(second.title()).isEqualTo("Floods cut roads in the northern hills, officials say");
        assertThat(second.date()).as("no date of its own: the page's date").isEqualTo(first.date());
        assertThat(second.text()).isEqualTo("""
                Floods cut roads in the northern hills, officials say

                SHIMLA: Heavy rain cut three highways on Sunday, district officials said.

                Schools stayed closed across the district.""");
    }

    @Test
    void aSplitOffArticleWithItsOwnDateKeepsIt() {
        String page = """
                Agency picks landing site

                Updated 2 June 2024

                The agency picked a landing site near the crater rim.


                Satellite maker opens new plant

                Published 30 May 2024

                The company opened its third plant in the city.
                """;
        List<Article> articles = PlainTextReader.read(page, "p.txt");
        assertThat(articles).extracting(Article::date).containsExactly(LocalDate.of(2024, 6, 2), LocalDate.of(2024, 5, 30));
        assertThat(articles).extracting(Article::title).containsExactly("Agency picks landing site", "Satellite maker opens new plant");
    }

    @Test
    void subheadingsDoNotSplitAnArticle() {
        String page = """
                Space agencies agree on a five-year plan
                Joint focus on training
                The two agencies agreed to train astronauts together.
                Next steps
                Talks about a ground station will continue next year.
                """;
        List<Article> articles = PlainTextReader.read(page, "p.txt");
        assertThat(articles).hasSize(1);
        assertThat(articles.get(0).text()).contains("Joint focus on training", "Next steps", "ground station");
    }

    @Test
    void dropsATeaserLeadThatTheStoryRepeatsAndKeepsListItems() {
        String page = """
                Startup plans satellite plant
                The startup, known for small radar satellites, plans a plant in the capital.

                The startup, known for small radar satellites, plans a plant in the capital. It would employ 300 people.
                -
                A satellite assembly line
                -
                A ground station
                """;
        Article article = PlainTextReader.read(page, "p.txt").get(0);
        assertThat(article.text()).isEqualTo("""
                Startup plans satellite plant

                The startup, known for small radar satellites, plans a plant in the capital. It would employ 300 people.

                A satellite assembly line

                A ground station""");
        assertThat(article.date()).isNull();
    }

    @Test
    void aDateInTheFirstParagraphIsTheArticleDateWhenTheHeaderHasNone() {
        String page = """
                Rover team celebrates first year on the Moon

                The rover team met in Beijing on January 3, 2025 to mark the anniversary. Another date, 5 May 2025, follows.
                """;
        assertThat(PlainTextReader.read(page, "p.txt").get(0).date()).isEqualTo(LocalDate.of(2025, 1, 3));
    }

    @Test
    void metadataTitleIsNotRepeatedWhenThePageOpensWithIt() {
        List<Article> articles = ScrapedPage.articles(List.of("Probe reaches orbit", "", "The probe reached orbit on Monday."),
                new PageMetadata("https://example.org/a", "Probe reaches orbit", LocalDate.of(2024, 2, 5)), "a.html");
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo("Probe reaches orbit\n\nThe probe reached orbit on Monday.");
            assertThat(a.url()).isEqualTo("https://example.org/a");
            assertThat(a.date()).isEqualTo(LocalDate.of(2024, 2, 5));
        });
    }

    @Test
    void aPageOfBoilerplateOnlyHasNoArticle() {
        assertThat(PlainTextReader.read("Short Url\nFollow\n-\nLEAVE A REPLY\n", "p.txt")).isEmpty();
    }
}
