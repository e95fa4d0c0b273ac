package org.astrolabe.watch;

import java.time.Duration;

/**
 * How the fetcher treats other people's servers. The defaults are those of {@code astrolabe watch}.
 *
 * @param userAgent       sent with every request, naming the program and where to read about it
 * @param connectTimeout  longest wait for a connection
 * @param responseTimeout longest wait for an answer's headers
 * @param pageTimeout     longest one request may take, body included: a page that never finishes is dropped
 * @param maxBytes        largest body read; a larger one is cut off and refused
 * @param maxRedirects    redirects followed per fetch; a loop is detected before that
 * @param maxRetries      retries of an answer 429 or 5xx (or a refused connection)
 * @param retryBase       the first back-off, doubled at each retry, unless the server sends {@code Retry-After}
 * @param maxRetryWait    longest back-off honoured; a server asking for more gets its fetch failed, for the next poll
 * @param hostInterval    least time between two request starts to one host
 * @param hostConcurrency most requests in flight to one host
 * @param robotsTtl       how long a host's robots.txt is trusted before it is read again
 * @param maxCrawlDelay   the longest robots.txt {@code Crawl-delay} honoured
 */
public record FetchPolicy(String userAgent, Duration connectTimeout, Duration responseTimeout, Duration pageTimeout,
                          long maxBytes, int maxRedirects, int maxRetries, Duration retryBase, Duration maxRetryWait,
                          Duration hostInterval, int hostConcurrency, Duration robotsTtl, Duration maxCrawlDelay) {
    /** The product token robots.txt rules are matched against. */
    public static final String ROBOT_NAME = "astrolabe";

    public static FetchPolicy defaults() {
        return new FetchPolicy(defaultUserAgent(), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(60),
                10L * 1024 * 1024, 5, 2, Duration.ofSeconds(2), Duration.ofMinutes(2), Duration.ofSeconds(1), 2,
                Duration.ofHours(1), Duration.ofSeconds(30));
    }

    /** {@code Astrolabe/<version> (+https://w3id.org/astrolabe; news-feed watcher)}. */
    public static String defaultUserAgent() {
        String version = FetchPolicy.class.getPackage().getImplementationVersion();
        return "Astrolabe/" + (version == null ? "dev" : version) + " (+https://w3id.org/astrolabe; news-feed watcher)";
    }

    public FetchPolicy withTimeouts(Duration response, Duration page) {
        return new FetchPolicy(userAgent, connectTimeout, response, page, maxBytes, maxRedirects, maxRetries, retryBase,
                maxRetryWait, hostInterval, hostConcurrency, robotsTtl, maxCrawlDelay);
    }

    public FetchPolicy withMaxBytes(long bytes) {
        return new FetchPolicy(userAgent, connectTimeout, responseTimeout, pageTimeout, bytes, maxRedirects, maxRetries, retryBase,
                maxRetryWait, hostInterval, hostConcurrency, robotsTtl, maxCrawlDelay);
    }

    public FetchPolicy withRetries(int retries, Duration base, Duration maxWait) {
        return new FetchPolicy(userAgent, connectTimeout, responseTimeout, pageTimeout, maxBytes, maxRedirects, retries, base,
                maxWait, hostInterval, hostConcurrency, robotsTtl, maxCrawlDelay);
    }

    public FetchPolicy withHostLimits(Duration interval, int concurrency) {
        return new FetchPolicy(userAgent, connectTimeout, responseTimeout, pageTimeout, maxBytes, maxRedirects, maxRetries, retryBase,
                maxRetryWait, interval, concurrency, robotsTtl, maxCrawlDelay);
    }
}
