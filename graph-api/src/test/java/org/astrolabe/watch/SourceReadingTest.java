package org.astrolabe.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sources file and the readers of every kind of source document. */
class SourceReadingTest {
    private static final String BASE = "https://news.example.org/feeds/x";

    @TempDir
    Path dir;

    private static SourceListing parse(String body, SourceSpec.Kind kind) {
        return SourceParser.parse(body.getBytes(StandardCharsets.UTF_8), "application/xml", BASE, kind);
    }

    @Test
    void readsRss2Rss1AndAtomWithLinksResolvedAndDates() {
        SourceListing rss2 = parse("<rss version=\"2.0\"><channel><title>t</title><link>https://news.example.org/</link><description>d</description>"
                + "<item><title>One</title><link>/story/1#top</link><pubDate>Mon, 02 Jun 2025 09:30:00 GMT</pubDate></item>"
                + "<item><title>Mail</title><link>mailto:x@example.org</link></item></channel></rss>", SourceSpec.Kind.AUTO);
        assertThat(rss2.kind()).isEqualTo(SourceSpec.Kind.FEED);
        assertThat(rss2.items()).extracting(FeedItem::url).containsExactly("https://news.example.org/story/1");
        assertThat(rss2.items().get(0).published()).isEqualTo(Instant.parse("2025-06-02T09:30:00Z"));

        SourceListing rss1 = parse("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel rdf:about=\"https://news.example.org/\"><title>t</title>"
                + "<link>https://news.example.org/</link><description>d</description></channel>"
                + "<item rdf:about=\"https://news.example.org/story/2\"><title>Two</title><link>https://news.example.org/story/2</link>"
                + "<dc:date>2025-06-03T10:00:00Z</dc:date></item></rdf:RDF>", SourceSpec.Kind.FEED);
        assertThat(rss1.items()).extracting(FeedItem::url).containsExactly("https://news.example.org/story/2");
        assertThat(rss1.items().get(0).published()).isEqualTo(Instant.parse("2025-06-03T10:00:00Z"));

        SourceListing atom = parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:x</id><updated>2025-06-04T00:00:00Z</updated>"
                + "<entry><title>Three</title><id>urn:3</id><link href=\"https://news.example.org/story/3\"/>"
                + "<published>2025-06-04T08:00:00Z</published><updated>2025-06-05T08:00:00Z</updated></entry></feed>", SourceSpec.Kind.AUTO);
        FeedItem three = atom.items().get(0);
        assertThat(three.url()).isEqualTo("https://news.example.org/story/3");
        assertThat(three.published()).isEqualTo(Instant.parse("2025-06-04T08:00:00Z"));
        assertThat(three.version()).startsWith("2025-06-05T08:00:00Z");
    }

    @Test
    void readsSitemapsSitemapIndexesNewsSitemapsAndUrlLists() {
        SourceListing index = parse("<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>https://news.example.org/sitemap-1.xml</loc></sitemap></sitemapindex>", SourceSpec.Kind.AUTO);
        assertThat(index.kind()).isEqualTo(SourceSpec.Kind.SITEMAP);
        assertThat(index.sitemaps()).containsExactly("https://news.example.org/sitemap-1.xml");

        SourceListing news = parse("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\"><url><loc>https://news.example.org/story/4</loc>"
                + "<news:news><news:publication><news:name>X</news:name><news:language>en</news:language></news:publication>"
                + "<news:publication_date>2025-06-06T12:00:00Z</news:publication_date><news:title>Four</news:title></news:news></url>"
                + "<url><loc>https://news.example.org/story/5</loc><lastmod>2025-06-07</lastmod></url></urlset>", SourceSpec.Kind.AUTO);
        assertThat(news.items()).extracting(FeedItem::url)
                .containsExactly("https://news.example.org/story/4", "https://news.example.org/story/5");
        assertThat(news.items().get(0).title()).isEqualTo("Four");
        assertThat(news.items().get(0).published()).isEqualTo(Instant.parse("2025-06-06T12:00:00Z"));

        SourceListing list = SourceParser.parse("# articles\nhttps://news.example.org/story/6\n\n/story/7\nftp://x/y\n"
                .getBytes(StandardCharsets.UTF_8), "text/plain", BASE, SourceSpec.Kind.AUTO);
        assertThat(list.kind()).isEqualTo(SourceSpec.Kind.URLS);
        assertThat(list.items()).extracting(FeedItem::url)
                .containsExactly("https://news.example.org/story/6", "https://news.example.org/story/7");
    }

    @Test
    void malformedFeedsAreRefusedWithTheirReason() {
        assertThatThrownBy(() -> parse("<rss version=\"2.0\"><channel><item><link>x</link></chan", SourceSpec.Kind.AUTO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a readable feed");
        assertThatThrownBy(() -> parse("<urlset><url><loc>https://x/</loc></url", SourceSpec.Kind.SITEMAP))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a readable sitemap");
    }

    @Test
    void theSourcesFileInYamlAndJsonWithFilters() throws Exception {
        Path yaml = dir.resolve("sources.yaml");
        Files.writeString(yaml, """
                sources:
                  - name: space-news
                    url: https://news.example.org/feed.xml
                    interval: 10m
                    include: ["/space/", "/science/"]
                    exclude: ["/video/"]
                    keywords: [agency, Launch]
                  - url: https://other.example.org/sitemap.xml
                    kind: sitemap
                """);
        List<SourceSpec> sources = SourcesFile.read(yaml);
        assertThat(sources).hasSize(2);
        SourceSpec first = sources.get(0);
        assertThat(first.interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(first.follows("https://news.example.org/space/1")).isTrue();
        assertThat(first.follows("https://news.example.org/space/video/1")).isFalse();
        assertThat(first.follows("https://news.example.org/sport/1")).isFalse();
        assertThat(first.wants("The LAUNCH of a rover", "...")).isTrue();
        assertThat(first.wants("Football", "A match report")).isFalse();
        SourceSpec second = sources.get(1);
        assertThat(second.name()).isEqualTo("other.example.org");
        assertThat(second.kind()).isEqualTo(SourceSpec.Kind.SITEMAP);
        assertThat(second.interval()).isEqualTo(SourceSpec.DEFAULT_INTERVAL);

        Path json = dir.resolve("sources.json");
        Files.writeString(json, "[{\"url\": \"https://news.example.org/list.txt\", \"kind\": \"urls\", \"interval\": \"PT30S\"}]");
        assertThat(SourcesFile.read(json)).singleElement().satisfies(s -> assertThat(s.interval()).isEqualTo(Duration.ofSeconds(30)));

        Files.writeString(json, "[{\"url\": \"file:///etc/passwd\"}]");
        assertThatThrownBy(() -> SourcesFile.read(json)).hasMessageContaining("http:// or https://");
        Files.writeString(json, "[{\"url\": \"https://a.example/\", \"interval\": \"1ms\"}]");
        assertThatThrownBy(() -> SourcesFile.read(json)).hasMessageContaining("at least");
        Files.writeString(json, "[{\"url\": \"https://a.example/\", \"include\": \"([\"}]");
        assertThatThrownBy(() -> SourcesFile.read(json)).hasMessageContaining("bad regular expression");
    }
}
