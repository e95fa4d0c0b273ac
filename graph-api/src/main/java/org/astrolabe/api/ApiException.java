package org.astrolabe.api;

import java.util.regex.Pattern;

/**
 * A request that cannot be answered, with the HTTP status and the two strings of the JSON error body
 * {@code {"error": ..., "detail": ...}}. Messages are for users: no stack traces, no internals.
 */
public final class ApiException extends RuntimeException {
    private static final Pattern INTERNAL_NAME = Pattern.compile(
            "\\b(?:[a-z]\\w*\\.)+[A-Z][\\w$]*(?:Exception|Error)\\b:?\\s*|\\b[A-Z]\\w*Exception\\b:?\\s*");

    private final int status;
    private final String error;
    private final String retryAfterSeconds;

    public ApiException(int status, String error, String detail) {
        this(status, error, detail, null);
    }

    private ApiException(int status, String error, String detail, String retryAfterSeconds) {
        super(withoutInternals(detail), null, false, false);
        this.status = status;
        this.error = error;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /**
     * The detail without Java exception class names: parser messages pass some on ("Regex pattern exception:
     * java.util.regex.PatternSyntaxException: ..."), and a client is told what is wrong, not how the server is built.
     */
    static String withoutInternals(String detail) {
        return detail == null ? null : INTERNAL_NAME.matcher(detail).replaceAll("");
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "bad request", detail);
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not found", detail);
    }

    public static ApiException unavailable(String detail, int retryAfterSeconds) {
        return new ApiException(503, "unavailable", detail, Integer.toString(retryAfterSeconds));
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String detail() {
        return getMessage();
    }

    /** Seconds for the {@code Retry-After} header, or null. */
    public String retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
