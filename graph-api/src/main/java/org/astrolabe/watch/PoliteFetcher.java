package org.astrolabe.watch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;

/**
 * Fetches feeds and pages as a good citizen: a clear User-Agent, robots.txt honoured (crawler-commons),
 * per-host rate and concurrency limits, conditional requests, redirects followed by hand within a limit
 * (a loop is caught), time limits on the connection, the answer and the whole request, a size limit
 * enforced while reading, and retries with back-off on 429 and 5xx honouring {@code Retry-After}.
 *
 * <p>Thread-safe. {@link #close()} stops its threads; the JDK client's own selector thread ends once the
 * client is unreachable (Java 17 has no {@code HttpClient.close}).
 */
public final class PoliteFetcher implements AutoCloseable {
    /** What is fetched, which decides the content types accepted. */
    public enum Purpose {
        /** A feed, sitemap or URL list: XML, text or gzip. */
        LISTING,
        /** An article page: HTML, XHTML or plain text. */
        PAGE
    }

    private static final Set<Integer> RETRIED = Set.of(429, 500, 502, 503, 504);

    private final FetchPolicy policy;
    private final ExecutorService executor;
    private final HttpClient client;
    private final HostGate gate;
    private final SimpleRobotRulesParser robotsParser = new SimpleRobotRulesParser();
    private final Map<String, Robots> robots = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong robotsRefusals = new AtomicLong();
    private final Set<CompletableFuture<?>> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    private final Map<String, Object> robotsLocks = new ConcurrentHashMap<>();

    /** A host's rules; {@code unavailable} when its robots.txt could not be read (5xx, no answer): ask again soon. */
    private record Robots(BaseRobotRules rules, boolean unavailable, long expiresNanos) {}

    private static final Duration ROBOTS_RETRY = Duration.ofMinutes(1);

    public PoliteFetcher(FetchPolicy policy) {
        this.policy = policy;
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "astrolabe-fetch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(policy.connectTimeout()).executor(executor).build();
        this.gate = new HostGate(policy.hostConcurrency(), policy.hostInterval());
    }

    public FetchPolicy policy() {
        return policy;
    }

    /** HTTP requests sent so far (robots.txt included). */
    public long requests() {
        return requests.get();
    }

    /** URLs not fetched because robots.txt forbids them. */
    public long robotsRefusals() {
        return robotsRefusals.get();
    }

    /**
     * Fetches a URL, following redirects.
     *
     * @param etag         the {@code ETag} of the copy already read (sent as {@code If-None-Match}), or null
     * @param lastModified its {@code Last-Modified} (sent as {@code If-Modified-Since}), or null
     * @throws InterruptedException when the calling thread is interrupted (the watcher is stopping)
     */
    public FetchResult fetch(String url, Purpose purpose, String etag, String lastModified) throws InterruptedException {
        if (stopped) {
            return FetchResult.notOk(url, url, FetchResult.Outcome.FAILED, 0, null, "stopping");
        }
        Set<String> visited = new HashSet<>();
        String current = url;
        for (int hop = 0; ; hop++) {
            if (!visited.add(current)) {
                return FetchResult.notOk(url, current, FetchResult.Outcome.FAILED, 0, null, "redirect loop at " + current);
            }
            if (hop > policy.maxRedirects()) {
                return FetchResult.notOk(url, current, FetchResult.Outcome.FAILED, 0, null, "more than " + policy.maxRedirects() + " redirects");
            }
            URI uri;
            try {
                uri = URI.create(current);
            } catch (IllegalArgumentException e) {
                return FetchResult.notOk(url, current, FetchResult.Outcome.FAILED, 0, null, "not a URL: " + current);
            }
            if (uri.getHost() == null || !uri.getScheme().matches("(?i)https?")) {
                return FetchResult.notOk(url, current, FetchResult.Outcome.FAILED, 0, null, "not an http(s) URL: " + current);
            }
            Robots rules = robotsFor(uri);
            if (rules.unavailable) {
                return FetchResult.notOk(url, current, FetchResult.Outcome.FAILED, 0, null, "robots.txt of " + uri.getHost() + " cannot be read");
            }
            if (!rules.rules.isAllowed(uri.toString())) {
                robotsRefusals.incrementAndGet();
                return FetchResult.notOk(url, current, FetchResult.Outcome.FORBIDDEN_BY_ROBOTS, 0, null, "robots.txt disallows " + uri.getPath());
            }
            Answer answer = withRetries(uri, purpose, hop == 0 ? etag : null, hop == 0 ? lastModified : null);
            if (answer.location != null) {
                try {
                    current = uri.resolve(answer.location.strip()).toString();
                } catch (IllegalArgumentException e) {
                    return FetchResult.notOk(url, current, FetchResult.Outcome.FAILED, answer.result.status(), null,
                            "bad redirect target " + answer.location);
                }
                continue;
            }
            FetchResult r = answer.result;
            return new FetchResult(url, current, r.outcome(), r.status(), r.body(), r.contentType(), r.etag(), r.lastModified(), r.detail());
        }
    }

    /** One answer: a result, or a redirect to follow. */
    private record Answer(FetchResult result, String location) {}

    private Answer withRetries(URI uri, Purpose purpose, String etag, String lastModified) throws InterruptedException {
        for (int attempt = 0; ; attempt++) {
            Attempt a = once(uri, purpose, etag, lastModified);
            if (!a.retryable || attempt >= policy.maxRetries()) {
                return a.answer;
            }
            Duration wait = a.retryAfter != null ? a.retryAfter : policy.retryBase().multipliedBy(1L << attempt);
            if (wait.compareTo(policy.maxRetryWait()) > 0) {
                FetchResult r = a.answer.result;
                return new Answer(FetchResult.notOk(r.url(), r.finalUrl(), FetchResult.Outcome.FAILED, r.status(), r.contentType(),
                        r.detail() + "; asked to retry after " + wait.toSeconds() + " s"), null);
            }
            if (!pause(wait.toNanos())) {
                return a.answer;
            }
        }
    }

    /** Sleeps, waking early when the fetcher stops; false if it did. */
    private boolean pause(long nanos) throws InterruptedException {
        long end = System.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = end - System.nanoTime()) {
            if (stopped) {
                return false;
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(left, TimeUnit.MILLISECONDS.toNanos(50)));
        }
        return !stopped;
    }

    /** Whether {@link #stop()} was called: fetches fail at once and the ones in flight are cancelled. */
    public boolean stopped() {
        return stopped;
    }

    /** Makes every fetch fail at once, cancelling those in flight; for a watcher that stops. */
    public void stop() {
        stopped = true;
        inFlight.forEach(f -> f.cancel(true));
    }

    private record Attempt(Answer answer, boolean retryable, Duration retryAfter) {}

    private Attempt once(URI uri, Purpose purpose, String etag, String lastModified) throws InterruptedException {
        String url = uri.toString();
        String host = uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort();
        long wait = gate.acquire(host, () -> stopped);
        if (wait < 0) {
            return failure(url, "stopping", false);
        }
        AtomicReference<BoundedBody> body = new AtomicReference<>();
        AtomicReference<String> refusal = new AtomicReference<>();
        CompletableFuture<HttpResponse<byte[]>> future = null;
        try {
            if (!pause(wait)) {
                return failure(url, "stopping", false);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET().timeout(policy.responseTimeout())
                    .header("User-Agent", policy.userAgent())
                    .header("Accept", purpose == Purpose.PAGE ? "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5"
                            : "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,text/plain;q=0.5,*/*;q=0.1");
            if (etag != null) {
                request.header("If-None-Match", etag);
            }
            if (lastModified != null) {
                request.header("If-Modified-Since", lastModified);
            }
            requests.incrementAndGet();
            future = client.sendAsync(request.build(), info -> {
                BoundedBody chosen;
                int status = info.statusCode();
                String type = info.headers().firstValue("Content-Type").orElse(null);
                long length = info.headers().firstValueAsLong("Content-Length").orElse(-1);
                if (status < 200 || status > 299) {
                    chosen = BoundedBody.skipped();
                } else if (!accepted(purpose, type)) {
                    refusal.set("content type " + type + " is not " + (purpose == Purpose.PAGE ? "HTML or text" : "a feed, sitemap or list"));
                    chosen = BoundedBody.skipped();
                } else if (length > policy.maxBytes()) {
                    refusal.set("Content-Length " + length + " is over the limit of " + policy.maxBytes() + " bytes");
                    chosen = BoundedBody.skipped();
                } else {
                    chosen = new BoundedBody(policy.maxBytes());
                }
                body.set(chosen);
                return chosen;
            });
            inFlight.add(future);
            if (stopped) {
                future.cancel(true);
            }
            HttpResponse<byte[]> response = future.get(policy.pageTimeout().toNanos(), TimeUnit.NANOSECONDS);
            return interpret(url, response, refusal.get());
        } catch (java.util.concurrent.CancellationException e) {
            return failure(url, "stopping", false);
        } catch (TimeoutException e) {
            return failure(url, "no complete answer within " + policy.pageTimeout().toSeconds() + " s", false);
        } catch (ExecutionException e) {
            Throwable cause = rootOf(e);
            if (cause instanceof BoundedBody.TooLarge tooLarge) {
                return new Attempt(new Answer(FetchResult.notOk(url, url, FetchResult.Outcome.REFUSED, 200, null,
                        "body " + tooLarge.getMessage()), null), false, null);
            }
            if (cause instanceof HttpTimeoutException) {
                return failure(url, "no answer within " + policy.responseTimeout().toSeconds() + " s", false);
            }
            // A refused or reset connection may be a restarting server: worth the retries.
            return failure(url, cause instanceof IOException ? "network: " + message(cause) : message(cause), cause instanceof ConnectException);
        } finally {
            if (future != null) {
                inFlight.remove(future);
                if (!future.isDone()) {
                    future.cancel(true);
                }
            }
            BoundedBody b = body.get();
            if (b != null) {
                b.cancel();
            }
            gate.release(host);
        }
    }

    private Attempt interpret(String url, HttpResponse<byte[]> response, String refusal) {
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse(null);
        if (status >= 300 && status < 400 && status != 304) {
            String location = response.headers().firstValue("Location").orElse(null);
            if (location != null) {
                return new Attempt(new Answer(FetchResult.notOk(url, url, FetchResult.Outcome.FAILED, status, type, null), location), false, null);
            }
            return new Attempt(new Answer(FetchResult.notOk(url, url, FetchResult.Outcome.FAILED, status, type,
                    "HTTP " + status + " without Location"), null), false, null);
        }
        if (status == 304) {
            return new Attempt(new Answer(new FetchResult(url, url, FetchResult.Outcome.NOT_MODIFIED, status, null, type,
                    response.headers().firstValue("ETag").orElse(null), response.headers().firstValue("Last-Modified").orElse(null),
                    null), null), false, null);
        }
        if (status == 404 || status == 410) {
            return new Attempt(new Answer(FetchResult.notOk(url, url, FetchResult.Outcome.GONE, status, type, "HTTP " + status), null), false, null);
        }
        if (status < 200 || status > 299) {
            return new Attempt(new Answer(FetchResult.notOk(url, url, FetchResult.Outcome.FAILED, status, type, "HTTP " + status), null),
                    RETRIED.contains(status), retryAfter(response));
        }
        if (refusal != null) {
            return new Attempt(new Answer(FetchResult.notOk(url, url, FetchResult.Outcome.REFUSED, status, type, refusal), null), false, null);
        }
        return new Attempt(new Answer(FetchResult.ok(url, url, status, response.body(), type,
                response.headers().firstValue("ETag").orElse(null), response.headers().firstValue("Last-Modified").orElse(null)), null),
                false, null);
    }

    private static Attempt failure(String url, String detail, boolean retryable) {
        return new Attempt(new Answer(FetchResult.notOk(url, url, FetchResult.Outcome.FAILED, 0, null, detail), null), retryable, null);
    }

    /** {@code Retry-After} as seconds or an HTTP date; null when absent or unreadable. */
    static Duration retryAfter(HttpResponse<?> response) {
        String value = response.headers().firstValue("Retry-After").orElse(null);
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(v));
        }
        try {
            Duration until = Duration.between(ZonedDateTime.now(), ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME));
            return until.isNegative() ? Duration.ZERO : until;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static boolean accepted(Purpose purpose, String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (purpose == Purpose.PAGE) {
            return type.equals("text/html") || type.equals("application/xhtml+xml") || type.equals("text/plain");
        }
        return type.startsWith("text/") || type.contains("xml") || type.contains("gzip") || type.equals("application/octet-stream");
    }

    private Robots robotsFor(URI uri) throws InterruptedException {
        String key = uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority();
        Robots cached = robots.get(key);
        if (cached == null || System.nanoTime() - cached.expiresNanos > 0) {
            synchronized (robotsLocks.computeIfAbsent(key, k -> new Object())) {
                cached = robots.get(key);
                if (cached == null || System.nanoTime() - cached.expiresNanos > 0) {
                    cached = readRobots(key);
                    robots.put(key, cached);
                }
            }
        }
        return cached;
    }

    private Robots readRobots(String origin) throws InterruptedException {
        String robotsUrl = origin + "/robots.txt";
        URI uri = URI.create(robotsUrl);
        Attempt a = once(uri, Purpose.LISTING, null, null);
        FetchResult r = a.answer.result;
        BaseRobotRules rules;
        if (r.ok()) {
            rules = robotsParser.parseContent(robotsUrl, r.body(), r.contentType() == null ? "text/plain" : r.contentType(),
                    List.of(FetchPolicy.ROBOT_NAME));
        } else if (a.answer.location != null || r.status() >= 400 && r.status() < 500 || r.outcome() == FetchResult.Outcome.REFUSED) {
            // No robots.txt (or one moved elsewhere, or unreadable): everything is allowed.
            rules = robotsParser.failedFetch(404);
        } else {
            // Server error or no answer: RFC 9309 says assume complete disallow until it can be read.
            return new Robots(robotsParser.failedFetch(r.status() == 0 ? 503 : r.status()), true,
                    System.nanoTime() + Math.min(ROBOTS_RETRY.toNanos(), policy.robotsTtl().toNanos()));
        }
        long delay = rules.getCrawlDelay();
        if (delay > 0 && delay != BaseRobotRules.UNSET_CRAWL_DELAY) {
            gate.crawlDelay(uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort(),
                    Duration.ofMillis(Math.min(delay, policy.maxCrawlDelay().toMillis())));
        }
        return new Robots(rules, false, System.nanoTime() + policy.robotsTtl().toNanos());
    }

    private static Throwable rootOf(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            if (t instanceof BoundedBody.TooLarge) {
                return t;
            }
            t = t.getCause();
        }
        return t;
    }

    private static String message(Throwable t) {
        return t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public void close() {
        stop();
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
