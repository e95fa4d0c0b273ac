package org.astrolabe.api;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
 * Answers the errors Jetty raises itself, before a request reaches a route (a {@code %00} or overlong
 * UTF-8 in the path, {@code /../} above the root, a malformed request line), with the same JSON
 * {@code {"error","detail"}} as every other error, instead of Jetty's HTML page.
 */
final class JsonErrorHandler extends ErrorHandler {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        String reason = HttpStatus.getMessage(code);
        // Jetty's own messages ("Bad UTF-8 encoding", "Ambiguous URI path separator") are fine to show; a
        // message that names an exception class is not.
        String detail = message == null || message.isBlank() || message.contains("Exception") ? reason : message;
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", reason.toLowerCase(java.util.Locale.ROOT));
        body.put("detail", detail);
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            bytes = "{\"error\":\"error\",\"detail\":\"\"}".getBytes(StandardCharsets.UTF_8);
        }
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
