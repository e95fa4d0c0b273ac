package org.astrolabe.reliability.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends raw requests to one server on loopback. It refuses any other host, so a test can never talk to
 * the network. Thread-safe (one {@link HttpClient} shared by every caller).
 */
public final class HttpProbe {
    private static final int EXPECT_CONTINUE_ABOVE = 64 * 1024;
    private final URI base;
    private final HttpClient client;
    private final Duration timeout;

    public HttpProbe(URI base, Duration timeout) {
        if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost())) {
            throw new IllegalArgumentException("Tests talk to loopback only, not " + base);
        }
        this.base = base;
        this.timeout = timeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public URI base() {
        return base;
    }

    public Reply get(String pathAndQuery) {
        return send("GET", pathAndQuery, null, null, Map.of());
    }

    public Reply get(String pathAndQuery, Map<String, String> headers) {
        return send("GET", pathAndQuery, null, null, headers);
    }

    public Reply post(String path, String contentType, String body, Map<String, String> headers) {
        return send("POST", path, contentType, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /**
     * Sends one request. {@code pathAndQuery} is used as given (already encoded), so tests can send
     * percent-encoded oddities; a target that {@link URI} refuses goes over a raw socket. A body of null
     * sends none.
     */
    public Reply send(String method, String pathAndQuery, String contentType, byte[] body, Map<String, String> headers) {
        String description = method + " " + abbreviate(pathAndQuery) + (contentType == null ? "" : " [" + contentType + "]")
                + (body == null ? "" : " (" + body.length + " bytes)");
        if (body != null && body.length > EXPECT_CONTINUE_ABOVE) {
            // Like curl, ask before sending a big body, so that a server refusing it (413) can say so before
            // the upload instead of the client seeing a reset connection. (The JDK 17 client hangs when the
            // answer to "Expect: 100-continue" is not 100, so this goes over a raw socket.)
            return RawHttp.send(base, method, pathAndQuery, contentType, body, withExpect(headers), (int) timeout.toMillis(), description);
        }
        URI uri;
        try {
            uri = new URI(base.toString().replaceAll("/$", "") + pathAndQuery);
        } catch (URISyntaxException e) {
            return RawHttp.send(base, method, pathAndQuery, contentType, body, headers, (int) timeout.toMillis(), description);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(timeout);
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (contentType != null) {
            all.put("Content-Type", contentType);
        }
        all.forEach(builder::header);
        builder.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(description, response.statusCode(), response.headers(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            throw new UncheckedIOException(description + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(description + " interrupted", e);
        }
    }

    private static Map<String, String> withExpect(Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.put("Expect", "100-continue");
        return all;
    }

    /** A SPARQL query by GET, asking for SPARQL JSON results. */
    public Reply sparql(String query) {
        return get("/sparql?query=" + encode(query), Map.of("Accept", "application/sparql-results+json"));
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "...(" + text.length() + " chars)" : text;
    }
}
