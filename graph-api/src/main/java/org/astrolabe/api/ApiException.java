package org.astrolabe.api;

/**
 * A request that cannot be answered, with the HTTP status and the two strings of the JSON error body
 * {@code {"error": ..., "detail": ...}}. Messages are for users: no stack traces, no internals.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final String error;
    private final String retryAfterSeconds;

    public ApiException(int status, String error, String detail) {
        this(status, error, detail, null);
    }

    private ApiException(int status, String error, String detail, String retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.error = error;
        this.retryAfterSeconds = retryAfterSeconds;
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
