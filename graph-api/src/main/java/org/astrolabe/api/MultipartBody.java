package org.astrolabe.api;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parts of a {@code multipart/form-data} body (RFC 7578), as the Graph Store Protocol allows for POST:
 * several files in one request. Parts keep their bytes; headers are read as ISO-8859-1, as RFC 7578 says.
 */
final class MultipartBody {

    /** One part: its headers (names in lower case) and its content. */
    record Part(Map<String, String> headers, byte[] content) {
        String mediaType() {
            String type = headers.getOrDefault("content-type", "");
            int semicolon = type.indexOf(';');
            return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
        }

        /** The {@code filename} of the part's {@code Content-Disposition}, or null. */
        String filename() {
            String disposition = headers.getOrDefault("content-disposition", "");
            for (String parameter : disposition.split(";")) {
                String p = parameter.strip();
                if (p.toLowerCase(Locale.ROOT).startsWith("filename=")) {
                    return p.substring("filename=".length()).replace("\"", "");
                }
            }
            return null;
        }
    }

    private MultipartBody() {}

    /** The boundary parameter of a {@code multipart/form-data} Content-Type; 400 when there is none. */
    static String boundary(String contentType) {
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String boundary = p.substring("boundary=".length()).replace("\"", "");
                if (!boundary.isEmpty()) {
                    return boundary;
                }
            }
        }
        throw ApiException.badRequest("A multipart/form-data body needs a boundary parameter in its Content-Type");
    }

    static List<Part> parse(byte[] body, String boundary) {
        // ISO-8859-1 maps each byte to one char, so positions in the text are positions in the bytes.
        String text = new String(body, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + boundary;
        int start = text.indexOf(delimiter);
        if (start < 0) {
            throw ApiException.badRequest("The multipart body does not contain its boundary");
        }
        List<Part> parts = new ArrayList<>();
        int position = start + delimiter.length();
        while (!text.startsWith("--", position)) {
            int headersStart = skipLineBreak(text, position);
            int headersEnd = text.indexOf("\r\n\r\n", headersStart);
            int next = text.indexOf("\r\n" + delimiter, headersStart);
            if (headersEnd < 0 || next < 0 || headersEnd > next) {
                throw ApiException.badRequest("Malformed multipart body: a part has no header block or no closing boundary");
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : text.substring(headersStart, headersEnd).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
                }
            }
            byte[] content = Arrays.copyOfRange(body, headersEnd + 4, next);
            parts.add(new Part(headers, content));
            position = next + 2 + delimiter.length();
            if (position >= text.length()) {
                throw ApiException.badRequest("Malformed multipart body: no closing boundary");
            }
        }
        return parts;
    }

    private static int skipLineBreak(String text, int position) {
        return text.startsWith("\r\n", position) ? position + 2 : position;
    }
}
