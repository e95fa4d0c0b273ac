package org.astrolabe.extractor.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MainContentTest {

    @Test
    void givesReadabilityAnAddressItCanResolveLinksAgainst() {
        assertThat(MainContent.baseAddress(page("https://news.example.org/story"))).isEqualTo("https://news.example.org/story");
        assertThat(MainContent.baseAddress(page("file:/data/pages/story.html"))).isEqualTo("file:/data/pages/story.html");
        assertThat(MainContent.baseAddress(page(""))).as("uploaded content has no address").isEqualTo("http://localhost/");
        assertThat(MainContent.baseAddress(page("https://news.example.org"))).as("no path").isEqualTo("http://localhost/");
        assertThat(MainContent.baseAddress(page("https://news.example.org/a story"))).isEqualTo("http://localhost/");
    }

    @Test
    void findsTheStoryOfAPageWithoutAnAddress() {
        Document page = Jsoup.parse("<html><body><div class=menu><a href='/'>Home</a> <a href='/world'>World</a></div>"
                + "<div class=story><p>The rover <a href='/rover'>landed</a> on the Moon on Friday, the agency said.</p>"
                + "<p>It will work for two weeks, until the lunar night.</p></div></body></html>");
        assertThat(MainContent.find(page)).hasValueSatisfying(content -> assertThat(content.text())
                .contains("The rover landed on the Moon", "It will work for two weeks").doesNotContain("Home", "World"));
    }

    private static Document page(String location) {
        return Jsoup.parse("<html><body><p>Text.</p></body></html>", location);
    }
}
