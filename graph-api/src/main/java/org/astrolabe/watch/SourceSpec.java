package org.astrolabe.watch;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One followed source, as the sources file describes it.
 *
 * @param name     a short name for people (progress lines, {@code GET /api/sources}); defaults to the host
 * @param url      the feed, sitemap or URL list (http or https)
 * @param kind     how to read it; {@link Kind#AUTO} decides from the content
 * @param interval how long between two polls
 * @param include  an item is followed only if its URL matches one of these (all when empty)
 * @param exclude  an item whose URL matches one of these is never followed
 * @param keywords an article is stored only if its title or text contains one of these, ignoring case
 *                 (all when empty)
 */
public record SourceSpec(String name, String url, Kind kind, Duration interval, List<Pattern> include, List<Pattern> exclude,
                         List<String> keywords) {
    /** The shortest poll interval accepted: a source is somebody else's server. */
    public static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);

    /** What a source's document is. */
    public enum Kind {
        /** Decided from the content: a sitemap (urlset, sitemapindex), an RSS or Atom feed, else a list of URLs. */
        AUTO,
        /** RSS 0.9x, 1.0 or 2.0, or Atom. */
        FEED,
        /** A sitemap, a sitemap index (its sitemaps are read in turn) or a news sitemap. */
        SITEMAP,
        /** Plain text, one article URL a line; blank lines and lines starting with '#' are skipped. */
        URLS;

        static Kind parse(String value) {
            if (value == null || value.isBlank()) {
                return AUTO;
            }
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown source kind '" + value + "'; use feed, sitemap, urls or auto");
            }
        }
    }

    public SourceSpec {
        Objects.requireNonNull(url, "url");
        URI parsed;
        try {
            parsed = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not a URL: '" + url + "'");
        }
        if (parsed.getScheme() == null || !parsed.getScheme().matches("(?i)https?") || parsed.getHost() == null) {
            throw new IllegalArgumentException("A source URL must be http:// or https:// with a host: '" + url + "'");
        }
        url = parsed.toString();
        name = name == null || name.isBlank() ? parsed.getHost() : name.strip();
        kind = kind == null ? Kind.AUTO : kind;
        interval = interval == null ? DEFAULT_INTERVAL : interval;
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("The poll interval of " + name + " must be at least " + MIN_INTERVAL.toSeconds() + " s");
        }
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        keywords = keywords == null ? List.of() : keywords.stream().filter(k -> k != null && !k.isBlank())
                .map(k -> k.strip().toLowerCase(Locale.ROOT)).toList();
    }

    /** A source with the defaults: kind from the content, every 15 minutes, no filter. */
    public static SourceSpec of(String name, String url) {
        return new SourceSpec(name, url, Kind.AUTO, DEFAULT_INTERVAL, List.of(), List.of(), List.of());
    }

    public SourceSpec withInterval(Duration every) {
        return new SourceSpec(name, url, kind, every, include, exclude, keywords);
    }

    /** Whether an item with this URL is followed at all (include and exclude patterns, searched anywhere in it). */
    public boolean follows(String itemUrl) {
        if (exclude.stream().anyMatch(p -> p.matcher(itemUrl).find())) {
            return false;
        }
        return include.isEmpty() || include.stream().anyMatch(p -> p.matcher(itemUrl).find());
    }

    /** Whether an article with this title and text passes the keyword filter. */
    public boolean wants(String title, String text) {
        if (keywords.isEmpty()) {
            return true;
        }
        String haystack = ((title == null ? "" : title) + "\n" + text).toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(haystack::contains);
    }
}
