package org.astrolabe.reliability.support;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One HTTP answer as a test sees it.
 *
 * @param request a one-line description of the request, for failure messages
 */
public record Reply(String request, int status, HttpHeaders headers, byte[] body, long nanos) {

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public String contentType() {
        return header("Content-Type").orElse("");
    }

    public double millis() {
        return nanos / 1_000_000.0;
    }

    /** The request, the status and the start of the body: enough to see what went wrong. */
    public String describe() {
        String text = text();
        return request + " -> " + status + " " + (text.length() > 300 ? text.substring(0, 300) + "..." : text);
    }
}
