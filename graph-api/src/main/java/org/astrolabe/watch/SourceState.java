package org.astrolabe.watch;

import java.time.Instant;

/**
 * What the sources graph remembers of one source between polls and across restarts.
 *
 * @param etag         the listing's last {@code ETag}, sent back as {@code If-None-Match}
 * @param lastModified the listing's last {@code Last-Modified}, sent back as {@code If-Modified-Since}
 * @param lastPoll     when it was last polled, or null
 * @param lastSuccess  when a poll last read it, or null
 * @param failures     polls failed in a row
 * @param lastError    the last poll's failure, or null when it succeeded
 * @param polls        polls so far
 */
public record SourceState(String etag, String lastModified, Instant lastPoll, Instant lastSuccess, int failures, String lastError,
                          long polls) {
    public static final SourceState NEW = new SourceState(null, null, null, null, 0, null, 0);
}
