package org.astrolabe.watch;

import java.time.Instant;

/**
 * One entry of a source: an article URL with what the source says about it.
 *
 * @param url       the article's URL, absolute
 * @param title     the title the source gives, or null
 * @param summary   the summary the source gives, or null
 * @param published when the source says it was published, or null ({@code dcterms:issued} of the document)
 * @param version   what changes when the source says the article changed (its update date, title and summary):
 *                  an item seen before with another version is fetched again
 */
public record FeedItem(String url, String title, String summary, Instant published, String version) {
    public FeedItem {
        version = version == null ? "" : version;
    }
}
