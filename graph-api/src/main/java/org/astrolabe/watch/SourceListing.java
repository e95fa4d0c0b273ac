package org.astrolabe.watch;

import java.util.List;

/**
 * What one read of a source document gave: its items, and for a sitemap index the sitemaps it lists (read
 * next, within the same poll).
 */
public record SourceListing(SourceSpec.Kind kind, List<FeedItem> items, List<String> sitemaps) {
    public SourceListing {
        items = List.copyOf(items);
        sitemaps = List.copyOf(sitemaps);
    }
}
