package org.astrolabe.extractor.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.astrolabe.core.model.Article;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class HtmlReaderTest {

    @Test
    void readsTheArticleElementAndTheMetadata() {
        String html = """
                <html><head>
                  <title>ESA and NASA sign Mars sample deal | Orbit Daily</title>
                  <meta property="og:title" content="ESA and NASA sign Mars sample deal">
                  <meta property="article:published_time" content="2024-11-05T08:00:00+01:00">
                  <link rel="canonical" href="https://news.example.org/esa-nasa-mars">
                </head><body>
                  <nav><ul><li>Home</li><li>Space</li></ul></nav>
                  <article>
                    <h1>ESA and NASA sign Mars sample deal</h1>
                    <p class="meta">Updated 5 November 2024</p>
                    <figure><img src="a.jpg"><figcaption>The signing in Paris. (ESA)</figcaption></figure>
                    <p>PARIS: The European Space Agency (ESA) and NASA signed an agreement on Tuesday.</p>
                    <p>The deal covers the <a href="/erl">Earth Return Orbiter</a>.</p>
                    <ul><li>Launch in 2030</li><li>Return in 2033</li></ul>
                    <div class="share"><button>Share</button></div>
                  </article>
                  <aside><p>Most read: something unrelated about football.</p></aside>
                  <footer><p>Copyright 2024 Orbit Daily</p></footer>
                </body></html>
                """;
        List<Article> articles = HtmlReader.read(html, "esa.html");
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("ESA and NASA sign Mars sample deal");
            assertThat(a.date()).isEqualTo(LocalDate.of(2024, 11, 5));
            assertThat(a.url()).isEqualTo("https://news.example.org/esa-nasa-mars");
            assertThat(a.source()).isEqualTo("esa.html");
            assertThat(a.text()).isEqualTo("""
                    ESA and NASA sign Mars sample deal

                    PARIS: The European Space Agency (ESA) and NASA signed an agreement on Tuesday.

                    The deal covers the Earth Return Orbiter.

                    Launch in 2030

                    Return in 2033""");
        });
    }

    @Test
    void fallsBackToH1TimeAndJsonLdAndTheDensestParagraphs() {
        String html = """
                <html><head><title>Site name</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","datePublished":"2023-07-14T10:00:00Z"}]}</script>
                <meta property="og:url" content="https://example.org/story">
                </head><body>
                <div class="menu"><p>Home</p></div>
                <div class="story"><h1>Lander launched to the Moon</h1>
                  <p>The lander was launched on Friday from Sriharikota.</p>
                  <p>It carries a rover built by the national agency.</p></div>
                </body></html>
                """;
        Article a = HtmlReader.read(html, "story.htm").get(0);
        assertThat(a.title()).isEqualTo("Lander launched to the Moon");
        assertThat(a.date()).isEqualTo(LocalDate.of(2023, 7, 14));
        assertThat(a.url()).isEqualTo("https://example.org/story");
        assertThat(a.text()).isEqualTo("Lander launched to the Moon\n\nThe lander was launched on Friday from Sriharikota."
                + "\n\nIt carries a rover built by the national agency.");

        String withTime = "<html><body><header><h1>Orbit Daily</h1></header><main><h1>Probe wakes up</h1><time datetime=\"2022-03-01\">1 March</time>"
                + "<p>The probe woke up after a long sleep.</p></main></body></html>";
        Article woken = HtmlReader.read(withTime, "t.html").get(0);
        assertThat(woken.date()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(woken.title()).as("the story's headline, not the site's logo").isEqualTo("Probe wakes up");
    }

    @Test
    void usesThePageTitleWhenThereIsNoHeadline() {
        Article a = HtmlReader.read("<html><head><title>Satellite deal signed | Orbit Daily</title></head><body>"
                + "<p>The two agencies signed the deal on Monday.</p></body></html>", "x.html").get(0);
        assertThat(a.title()).isEqualTo("Satellite deal signed");
        assertThat(a.text()).startsWith("Satellite deal signed\n\nThe two agencies");
        assertThat(a.date()).isNull();

        Article b = HtmlReader.read("<html><head><title>Orbit Daily</title></head><body>"
                + "<p>Probe reaches orbit</p><p>The probe reached orbit on Monday.</p></body></html>", "y.html").get(0);
        assertThat(b.title()).as("the text's own headline beats a page title").isEqualTo("Probe reaches orbit");
        assertThat(b.text()).doesNotContain("Orbit Daily");
    }

    static Stream<MainContentEvaluation.Page> pages() throws IOException {
        return MainContentEvaluation.pages().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void readsEveryPageOfTheSetCloseToItsExpectedTextWithItsMetadata(MainContentEvaluation.Page page) {
        MainContentEvaluation.Extraction read = MainContentEvaluation.astrolabe(page, HtmlReader::read);
        MainContentEvaluation.Score score = MainContentEvaluation.score(page, read, true);
        assertThat(score.f1()).as("F1 of the main text").isGreaterThanOrEqualTo(0.85);
        assertThat(read.title()).isEqualTo(page.title());
        assertThat(read.date()).isEqualTo(page.date());
        assertThat(read.url()).isEqualTo(page.url());
    }

    @Test
    void readsParagraphsWrittenInDivsOrBetweenLineBreaks() {
        String divs = """
                <html><body><div class="nav"><a href="/">Home</a> <a href="/world">World</a></div>
                <div class="story"><h1>Rover reaches the crater rim</h1>
                <div class="paragraph">The rover reached the rim of the crater on Monday after a climb of three weeks, the agency said.</div>
                <div class="paragraph">Engineers will now check its wheels before it starts the descent into the crater, which holds old lake beds.</div>
                <div class="paragraph">The mission has already lasted twice as long as planned, and its power supply is still in good health.</div>
                </div></body></html>""";
        assertThat(HtmlReader.read(divs, "divs.html").get(0).text()).isEqualTo("""
                Rover reaches the crater rim

                The rover reached the rim of the crater on Monday after a climb of three weeks, the agency said.

                Engineers will now check its wheels before it starts the descent into the crater, which holds old lake beds.

                The mission has already lasted twice as long as planned, and its power supply is still in good health.""");

        String breaks = """
                <html><body><h1>Rover reaches the crater rim</h1><div class="post-body">
                The rover reached the rim of the crater on Monday after a climb of three weeks, the agency said.<br><br>
                Engineers will now check its <b>wheels</b> before it starts the descent,<br>which holds old lake beds.<br /><br />
                The mission has already lasted twice as long as planned.
                </div><div class="comments"><p>Great news!</p></div></body></html>""";
        assertThat(HtmlReader.read(breaks, "breaks.html").get(0).text()).isEqualTo("""
                Rover reaches the crater rim

                The rover reached the rim of the crater on Monday after a climb of three weeks, the agency said.

                Engineers will now check its wheels before it starts the descent, which holds old lake beds.

                The mission has already lasted twice as long as planned.""");
    }

    @Test
    void readsAloneTheArticleHoldingTheHeadlineWhenThePageAppendsTheNextStory() throws IOException {
        MainContentEvaluation.Page page = page("09-next-article-below");
        List<Article> articles = HtmlReader.read(Jsoup.parse(page.html()), page.name());
        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo(page.title());
            assertThat(a.text()).contains("Saudi Space Agency").doesNotContain("Oman", "Duqm");
        });
    }

    @Test
    void stillSplitsAStoryGluedBelowTheFirstInOneElement() throws IOException {
        MainContentEvaluation.Page page = page("10-glued-second-story");
        List<Article> articles = HtmlReader.read(Jsoup.parse(page.html()), page.name());
        assertThat(articles).hasSize(2);
        assertThat(articles.get(0).text()).doesNotContain("cotton");
        assertThat(articles.get(1).source()).isEqualTo(page.name() + "#2");
        assertThat(articles.get(1).title()).isEqualTo("Floods damage cotton crop in southern Punjab");
        assertThat(articles.get(1).date()).as("the page's date").isEqualTo(page.date());
        assertThat(articles.get(1).text()).startsWith("Floods damage cotton crop in southern Punjab\n\nMULTAN: Heavy rain");
    }

    @Test
    void keepsEveryEntryOfALiveBlogWithoutItsTimes() throws IOException {
        MainContentEvaluation.Page page = page("11-live-blog");
        String text = HtmlReader.read(Jsoup.parse(page.html()), page.name()).get(0).text();
        assertThat(text).contains("Satellite separated, both agencies confirm", "Second stage performing normally", "Lift-off",
                "Weather is clear for launch", "What the satellite will do").doesNotContain("IST");
    }

    @Test
    void takesTheTitleWithoutTheSiteNameAndTheUrlOfTheJsonLdArticle() {
        String html = """
                <html><head><meta property="og:title" content="Probe wakes up | Orbit Daily">
                <meta property="og:site_name" content="Orbit Daily">
                <script type="application/ld+json">{"@graph":[{"@type":"WebSite","url":"https://orbit.example/"},
                  {"@type":"NewsArticle","mainEntityOfPage":{"@id":"https://orbit.example/probe-wakes-up"},"datePublished":"2022-03-01"}]}</script>
                </head><body><p>The probe woke up after a long sleep, the agency said on Tuesday.</p></body></html>""";
        Article a = HtmlReader.read(html, "p.html").get(0);
        assertThat(a.title()).isEqualTo("Probe wakes up");
        assertThat(a.url()).as("the article's page, not the site's home").isEqualTo("https://orbit.example/probe-wakes-up");

        String dashInHeadline = "<html><head><meta property=\"og:title\" content=\"Soyuz - the workhorse that never retires\"></head>"
                + "<body><h1>A workhorse</h1><p>The rocket flew again on Monday.</p></body></html>";
        assertThat(HtmlReader.read(dashInHeadline, "s.html").get(0).title()).as("no known site name: the title is whole")
                .isEqualTo("Soyuz - the workhorse that never retires");
    }

    private static MainContentEvaluation.Page page(String name) throws IOException {
        return MainContentEvaluation.pages().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }
}
