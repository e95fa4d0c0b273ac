package org.astrolabe.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.javalin.http.Context;

/**
 * Decides whether a request may write: only with {@code Authorization: Bearer <token>} matching the
 * configured token. Without a configured token every write is refused (403). The token is compared in
 * constant time and never logged or echoed.
 *
 * <p>A token may carry a name for the records it writes: {@code alice:s3cret} is the token {@code alice:s3cret}
 * (the whole string is the secret) named {@code alice}; reviews record that name as their reviewer. A token
 * without such a prefix is named {@value #UNNAMED}.
 */
final class WriteAccess {
    static final String UNNAMED = "token";
    private static final java.util.regex.Pattern NAMED = java.util.regex.Pattern.compile("([A-Za-z0-9._-]{1,64}):.+");

    private final byte[] token;
    private final String name;

    WriteAccess(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        java.util.regex.Matcher named = token == null ? null : NAMED.matcher(token);
        this.name = named != null && named.matches() ? named.group(1) : UNNAMED;
    }

    /**
     * Lets the request through only with the token; else answers 401 (no or wrong token) or 403 (writes
     * disabled) by throwing.
     *
     * @return the token's name, which records who wrote
     */
    String require(Context ctx) {
        if (token == null) {
            throw new ApiException(403, "writes disabled",
                    "This server accepts no writes: start it with --token (or ASTROLABE_TOKEN) to enable them");
        }
        String header = ctx.header("Authorization");
        if (header == null || !MessageDigest.isEqual(token, bearer(header))) {
            // A refused write is answered and its connection closed (after its body is drained, so the client
            // reads the answer): a reused connection has been seen to cross answers between requests.
            ctx.header("Connection", "close");
        }
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"astrolabe\"");
            throw new ApiException(401, "unauthorized", "Writes need the header 'Authorization: Bearer <token>'");
        }
        if (!MessageDigest.isEqual(token, bearer(header))) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"astrolabe\", error=\"invalid_token\"");
            throw new ApiException(401, "unauthorized", "The bearer token is not valid");
        }
        return name;
    }

    private static byte[] bearer(String header) {
        return header.length() < 7 ? new byte[0] : header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    }
}
