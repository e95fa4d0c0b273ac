package org.astrolabe.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.javalin.http.Context;

/**
 * Reads request bodies defensively: never more than the configured size (413), only UTF-8 text (400 for
 * invalid UTF-8, binary or empty bodies), only the media types a route accepts (415). Forms are parsed
 * here too, so that a long query in a form is bounded by the same limit and decoded as strict UTF-8.
 */
final class RequestBodies {
    private static final Duration DRAIN_TIME = Duration.ofSeconds(10);

    private final long maxBytes;

    RequestBodies(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The media type of the request without parameters, lower case; "" when absent. */
    static String mediaType(Context ctx) {
        String type = ctx.header("Content-Type");
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /** Fails with 415 unless the request's media type is one of {@code accepted}. */
    static String requireMediaType(Context ctx, Set<String> accepted) {
        String type = mediaType(ctx);
        if (!accepted.contains(type)) {
            throw new ApiException(415, "unsupported media type",
                    (type.isEmpty() ? "No Content-Type" : "Content-Type " + type) + " is not accepted here; use one of "
                            + String.join(", ", accepted.stream().sorted().toList()));
        }
        return type;
    }

    /** The raw body, at most the configured size. */
    byte[] bytes(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        try (InputStream in = ctx.req().getInputStream()) {
            if (declared > maxBytes) {
                discard(in, declared);
                throw tooLarge();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    discard(in, drainLimit());
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApiException.badRequest("Could not read the request body: " + e.getMessage());
        }
    }

    /**
     * Reads and drops the rest of a body that is moderately over the limit, so the client has sent it all when
     * the 413 comes: a client still writing when the server answers and closes sees a reset, not the 413.
     * Bodies far over the limit are not read; their clients get the 413 and a closed connection.
     */
    private void discard(InputStream in, long declared) throws IOException {
        if (declared > drainLimit()) {
            return;
        }
        byte[] buffer = new byte[8192];
        long read = 0;
        for (int n; read <= drainLimit() && (n = in.read(buffer)) > 0; ) {
            read += n;
        }
    }

    /**
     * Reads and drops what is left of the request body before an error answers it, at most the drain limit and
     * until {@link #DRAIN_TIME} has passed (checked between reads): a client still sending a refused upload (a POST without a token, without
     * {@code Expect: 100-continue}) would otherwise see the connection closed under it, a broken pipe, instead of
     * the answer. A body that is not read to its end closes the connection, so its rest is never taken for the
     * next request.
     */
    void discardUnread(Context ctx) {
        if (ctx.req().getContentLengthLong() > drainLimit()) {
            ctx.header("Connection", "close");
            return;
        }
        long deadline = System.nanoTime() + DRAIN_TIME.toNanos();
        try {
            InputStream in = ctx.req().getInputStream();
            byte[] buffer = new byte[16 * 1024];
            long read = 0;
            for (int n; (n = in.read(buffer)) >= 0; ) {
                read += n;
                if (read > drainLimit() || System.nanoTime() > deadline) {
                    ctx.header("Connection", "close");
                    return;
                }
            }
        } catch (IOException | IllegalStateException e) {
            // The body was taken as a reader, or the client went away: nothing more to drain.
            ctx.header("Connection", "close");
        }
    }

    private long drainLimit() {
        return Math.max(4 * maxBytes, 1 << 20);
    }

    /** The body as UTF-8 text; 400 when empty, binary or not UTF-8. */
    String text(Context ctx) {
        return decodeText(bytes(ctx), "request body");
    }

    /** A form body ({@code application/x-www-form-urlencoded}) as name to values, strictly decoded. */
    Map<String, List<String>> form(Context ctx) {
        byte[] body = bytes(ctx);
        if (body.length == 0) {
            throw ApiException.badRequest("Empty form body");
        }
        return parseForm(new String(body, StandardCharsets.ISO_8859_1));
    }

    ApiException tooLarge() {
        return new ApiException(413, "payload too large", "Request bodies are limited to " + maxBytes + " bytes");
    }

    static String decodeText(byte[] bytes, String what) {
        if (bytes.length == 0) {
            throw ApiException.badRequest("Empty " + what);
        }
        String text = decodeUtf8(bytes, what);
        if (looksBinary(text)) {
            throw ApiException.badRequest("The " + what + " looks binary; send UTF-8 text");
        }
        if (text.isBlank()) {
            throw ApiException.badRequest("The " + what + " is blank");
        }
        return text;
    }

    static String decodeUtf8(byte[] bytes, String what) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("The " + what + " is not valid UTF-8");
        }
    }

    /** Control characters other than tab, line feed, carriage return and form feed do not occur in text. */
    static boolean looksBinary(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return true;
            }
        }
        return false;
    }

    /** Parses {@code a=1&b=2} with percent-decoding to bytes and strict UTF-8 afterwards. */
    static Map<String, List<String>> parseForm(String encoded) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = percentDecode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : percentDecode(pair.substring(eq + 1));
            if (looksBinary(value)) {
                throw ApiException.badRequest("Form field '" + name + "' holds binary data");
            }
            form.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return form;
    }

    private static String percentDecode(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '+') {
                out.write(' ');
            } else if (c == '%') {
                if (i + 2 >= text.length()) {
                    throw ApiException.badRequest("Malformed percent-encoding in form body");
                }
                int hi = Character.digit(text.charAt(i + 1), 16);
                int lo = Character.digit(text.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    throw ApiException.badRequest("Malformed percent-encoding in form body");
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(c);
            }
        }
        return decodeUtf8(out.toByteArray(), "form body");
    }
}
