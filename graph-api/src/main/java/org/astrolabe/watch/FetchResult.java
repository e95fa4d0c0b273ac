package org.astrolabe.watch;

/**
 * The end of one fetch, after redirects and retries.
 *
 * @param url          the URL asked for
 * @param finalUrl     where the answer came from, after redirects
 * @param outcome      what happened
 * @param status       the last HTTP status, or 0 when no answer came
 * @param body         the body when {@link Outcome#OK}, else empty
 * @param contentType  the answer's {@code Content-Type}, or null
 * @param etag         the answer's {@code ETag}, or null
 * @param lastModified the answer's {@code Last-Modified}, or null
 * @param detail       why it did not succeed, for people; null when it did
 */
public record FetchResult(String url, String finalUrl, Outcome outcome, int status, byte[] body, String contentType,
                          String etag, String lastModified, String detail) {
    private static final byte[] NONE = new byte[0];

    /** What a fetch came to. */
    public enum Outcome {
        OK,
        /** 304 to a conditional request: the document did not change since it was last read. */
        NOT_MODIFIED,
        /** robots.txt forbids the URL (or a redirect target): nothing was asked of it. */
        FORBIDDEN_BY_ROBOTS,
        /** 404 or 410: the document is gone, asking again will not help. */
        GONE,
        /** An answer of a refused content type, or over the size limit: its body was not read. */
        REFUSED,
        /** Any other failure (status, network, time limit, too many redirects): may work next time. */
        FAILED
    }

    public FetchResult {
        body = body == null ? NONE : body;
    }

    static FetchResult ok(String url, String finalUrl, int status, byte[] body, String contentType, String etag, String lastModified) {
        return new FetchResult(url, finalUrl, Outcome.OK, status, body, contentType, etag, lastModified, null);
    }

    static FetchResult notOk(String url, String finalUrl, Outcome outcome, int status, String contentType, String detail) {
        return new FetchResult(url, finalUrl, outcome, status, NONE, contentType, null, null, detail);
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }

    /** Whether asking again later is pointless: gone, forbidden, refused. */
    public boolean permanent() {
        return outcome == Outcome.GONE || outcome == Outcome.FORBIDDEN_BY_ROBOTS || outcome == Outcome.REFUSED;
    }

    /** A one-line description for progress lines and {@code lastError}. */
    public String describe() {
        return switch (outcome) {
            case OK -> "ok";
            case NOT_MODIFIED -> "not modified";
            default -> outcome.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + (detail == null ? "" : ": " + detail);
        };
    }
}
