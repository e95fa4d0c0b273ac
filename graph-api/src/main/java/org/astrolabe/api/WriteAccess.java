package org.astrolabe.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import io.javalin.http.Context;

/**
 * Decides whether a request may write: only with {@code Authorization: Bearer <token>} matching the
 * configured token. Without a configured token every write is refused (403). The token is compared in
 * constant time and never logged or echoed.
 */
final class WriteAccess {
    private final byte[] token;

    WriteAccess(String token) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    void require(Context ctx) {
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
    }

    private static byte[] bearer(String header) {
        return header.length() < 7 ? new byte[0] : header.substring(7).strip().getBytes(StandardCharsets.UTF_8);
    }
}
