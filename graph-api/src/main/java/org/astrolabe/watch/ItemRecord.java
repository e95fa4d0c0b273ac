package org.astrolabe.watch;

import java.time.Instant;
import java.util.List;

/**
 * What the sources graph remembers of one item of a source.
 *
 * @param url       the item's URL, as the source lists it
 * @param state     where it stands
 * @param version   the item's version when it was handled ({@link FeedItem#version()})
 * @param documents the documents stored from it (several when its page holds several articles)
 * @param attempts  how many times it failed in a row
 * @param error     the last failure, or null
 * @param handledAt when it was last handled
 */
public record ItemRecord(String url, ItemState state, String version, List<String> documents, int attempts, String error,
                         Instant handledAt) {
    public ItemRecord {
        documents = List.copyOf(documents);
        version = version == null ? "" : version;
    }
}
