package org.astrolabe.reliability.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, for request targets that {@link java.net.URI} refuses to build (a lone
 * {@code %}, {@code %ZZ}, raw spaces): real clients send them, so the server must answer them well.
 * One request per connection ({@code Connection: close}); understands chunked and sized bodies.
 */
final class RawHttp {
    private RawHttp() {}

    static Reply send(URI base, String method, String target, String contentType, byte[] body, Map<String, String> headers,
                      int timeoutMillis, String description) {
        long start = System.nanoTime();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(timeoutMillis);
            StringBuilder head = new StringBuilder();
            head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
            head.append("Host: ").append(base.getHost()).append(':').append(base.getPort()).append("\r\n");
            head.append("Connection: close\r\n");
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            headers.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            if (body != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            int status = -1;
            if (body != null && "100-continue".equalsIgnoreCase(headers.get("Expect"))) {
                status = status(line(in));
                if (status == 100) {
                    line(in);
                    status = -1;
                }
            }
            if (status == -1) {
                if (body != null) {
                    out.write(body);
                    out.flush();
                }
                status = status(line(in));
            }
            Map<String, List<String>> responseHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line; !(line = line(in)).isEmpty(); ) {
                int colon = line.indexOf(':');
                responseHeaders.computeIfAbsent(line.substring(0, colon).strip(), k -> new ArrayList<>()).add(line.substring(colon + 1).strip());
            }
            boolean chunked = responseHeaders.getOrDefault("Transfer-Encoding", List.of()).stream()
                    .anyMatch(v -> v.toLowerCase(Locale.ROOT).contains("chunked"));
            byte[] content = chunked ? dechunk(in) : in.readAllBytes();
            return new Reply(description, status, HttpHeaders.of(responseHeaders, (a, b) -> true), content, System.nanoTime() - start);
        } catch (IOException e) {
            throw new UncheckedIOException(description + " failed: " + e, e);
        }
    }

    private static int status(String statusLine) {
        String[] parts = statusLine.split(" ");
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new UncheckedIOException(new IOException("Not an HTTP status line: '" + statusLine + "'"));
        }
        return Integer.parseInt(parts[1]);
    }

    private static byte[] dechunk(InputStream in) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        while (true) {
            String size = line(in);
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).strip(), 16);
            if (length == 0) {
                return content.toByteArray();
            }
            content.write(in.readNBytes(length));
            line(in);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int c; (c = in.read()) != -1 && c != '\n'; ) {
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }
}
