package org.astrolabe.api;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Errors Jetty answers itself, before a request reaches the application (a URI or headers too long, a
 * malformed request line, an ambiguous path), as the same JSON {@code {"error", "detail"}} as every other
 * error, never as an HTML page with internals.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback) {
        Map<String, String> body = new LinkedHashMap<>();
        String reason = HttpStatus.getMessage(code);
        body.put("error", reason == null ? "error" : reason.toLowerCase(java.util.Locale.ROOT));
        body.put("detail", code == HttpStatus.URI_TOO_LONG_414
                ? "The request URI is too long; send long SPARQL queries with POST"
                : message == null || message.isBlank() ? "The request could not be processed" : message);
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            bytes = "{\"error\":\"error\",\"detail\":\"\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        // Jetty drops the connection after a request it could not parse; say so, or a client that keeps
        // connections alive sends its next request into the closing socket and gets no answer.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
