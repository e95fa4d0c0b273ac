package org.astrolabe.watch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;

/**
 * Reads a source document into its items: feeds with ROME (RSS 0.9x, 1.0, 2.0 and Atom), sitemaps with
 * crawler-commons (sitemap indexes, news sitemaps), URL lists line by line. Only http(s) item URLs are
 * kept, resolved against the source's URL. Stateless and thread-safe.
 */
public final class SourceParser {
    private SourceParser() {}

    /**
     * @throws IllegalArgumentException when the document is not of its kind (malformed XML, no feed, ...),
     *                                  with the reason
     */
    public static SourceListing parse(byte[] body, String contentType, String sourceUrl, SourceSpec.Kind kind) {
        SourceSpec.Kind actual = kind == SourceSpec.Kind.AUTO ? sniff(body) : kind;
        return switch (actual) {
            case FEED -> feed(body, contentType, sourceUrl);
            case SITEMAP -> sitemap(body, contentType, sourceUrl);
            default -> urlList(body, sourceUrl);
        };
    }

    /** The kind of a document from its first bytes: sitemap and feed root elements, else a URL list. */
    static SourceSpec.Kind sniff(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.contains("<urlset") || head.contains("<sitemapindex")) {
            return SourceSpec.Kind.SITEMAP;
        }
        if (head.stripLeading().startsWith("<") || head.startsWith("\ufeff")) {
            return SourceSpec.Kind.FEED;
        }
        return SourceSpec.Kind.URLS;
    }

    private static SourceListing feed(byte[] body, String contentType, String sourceUrl) {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), contentType, true)) {
            SyndFeedInput input = new SyndFeedInput();
            feed = input.build(reader);
        } catch (FeedException | IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a readable feed: " + firstLine(e));
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            String link = absolute(sourceUrl, entry.getLink() != null ? entry.getLink() : entry.getUri());
            if (link == null) {
                continue;
            }
            String summary = content(entry.getDescription());
            Instant published = instant(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
            Instant updated = instant(entry.getUpdatedDate());
            items.add(new FeedItem(link, entry.getTitle(), summary, published,
                    version(updated != null ? updated : published, entry.getTitle(), summary)));
        }
        return new SourceListing(SourceSpec.Kind.FEED, items, List.of());
    }

    private static SourceListing sitemap(byte[] body, String contentType, String sourceUrl) {
        SiteMapParser parser = new SiteMapParser(false);
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, body, new URL(sourceUrl));
        } catch (UnknownFormatException | IOException | RuntimeException e) {
            throw new IllegalArgumentException("not a readable sitemap: " + firstLine(e));
        }
        if (map instanceof SiteMapIndex index) {
            List<String> children = index.getSitemaps().stream().map(m -> m.getUrl().toString()).toList();
            return new SourceListing(SourceSpec.Kind.SITEMAP, List.of(), children);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SiteMapURL entry : ((SiteMap) map).getSiteMapUrls()) {
            String link = absolute(sourceUrl, entry.getUrl().toString());
            if (link == null) {
                continue;
            }
            String title = null;
            Instant published = null;
            ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
            if (news != null && news.length > 0 && news[0] instanceof NewsAttributes attributes) {
                title = attributes.getTitle();
                published = attributes.getPublicationDateTime() == null ? null : attributes.getPublicationDateTime().toInstant();
            }
            Instant modified = instant(entry.getLastModified());
            items.add(new FeedItem(link, title, null, published != null ? published : modified,
                    version(modified != null ? modified : published, title, null)));
        }
        return new SourceListing(SourceSpec.Kind.SITEMAP, items, List.of());
    }

    private static SourceListing urlList(byte[] body, String sourceUrl) {
        List<FeedItem> items = new ArrayList<>();
        for (String line : new String(body, StandardCharsets.UTF_8).split("\\R")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String link = absolute(sourceUrl, l);
            if (link != null) {
                items.add(new FeedItem(link, null, null, null, ""));
            }
        }
        return new SourceListing(SourceSpec.Kind.URLS, items, List.of());
    }

    /** The item URL resolved against the source's, fragment dropped; null unless http(s). */
    static String absolute(String base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI resolved = URI.create(base).resolve(link.strip());
            if (resolved.getScheme() == null || !resolved.getScheme().matches("(?i)https?") || resolved.getHost() == null) {
                return null;
            }
            String text = resolved.toString();
            int fragment = text.indexOf('#');
            return fragment < 0 ? text : text.substring(0, fragment);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String version(Instant changed, String title, String summary) {
        String text = (title == null ? "" : title) + "\u0000" + (summary == null ? "" : summary);
        return (changed == null ? "" : changed.toString()) + "#" + Integer.toHexString(text.hashCode());
    }

    private static String content(SyndContent content) {
        return content == null ? null : content.getValue();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
