package org.astrolabe.extractor.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.astrolabe.core.model.Article;
import org.junit.jupiter.api.Test;

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
}
