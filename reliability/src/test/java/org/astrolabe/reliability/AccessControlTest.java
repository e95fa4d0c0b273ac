package org.astrolabe.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.astrolabe.api.ServerConfig;
import org.astrolabe.core.model.Iris;
import org.astrolabe.reliability.support.HttpProbe;
import org.astrolabe.reliability.support.LiveServer;
import org.astrolabe.reliability.support.PoolExtractor;
import org.astrolabe.reliability.support.Reply;
import org.astrolabe.reliability.support.ReplyChecks;
import org.astrolabe.reliability.support.StoreFingerprint;
import org.astrolabe.reliability.support.SyntheticArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may write, what the server tells and logs, and where it listens: every write needs the bearer
 * token (a missing or wrong one gets 401 and changes nothing, the right one changes the store); the token
 * appears in no log line and no answer; CORS headers appear only for configured origins; the server
 * listens on loopback unless configured otherwise.
 */
class AccessControlTest {
    private static final String DOC_BASE = Iris.defaults().base() + "doc/";

    @TempDir
    Path dir;

    /** One kind of write, sent with the given Authorization header (or none). */
    private record Write(String name, String method, String path, String contentType, String body) {
        Reply send(HttpProbe http, String authorization) {
            Map<String, String> headers = authorization == null ? Map.of() : Map.of("Authorization", authorization);
            return http.send(method, path, contentType, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
        }
    }

    /** Each kind of write; the two deletes remove the given (different) documents. */
    private static List<Write> writes(String graphToDelete, String documentToDelete) {
        String graph = HttpProbe.encode("https://example.org/graph/access");
        return List.of(
                new Write("SPARQL update", "POST", "/update", "application/sparql-update",
                        "INSERT DATA { GRAPH <https://example.org/graph/access> { <https://example.org/a> <https://example.org/b> \"c\" } }"),
                new Write("SPARQL update (form)", "POST", "/update", "application/x-www-form-urlencoded",
                        "update=" + HttpProbe.encode("INSERT DATA { GRAPH <https://example.org/graph/access> { <https://example.org/a> <https://example.org/b> \"form\" } }")),
                new Write("graph store PUT", "PUT", "/data?graph=" + graph, "text/turtle", "<https://example.org/a> <https://example.org/b> \"put\" ."),
                new Write("graph store POST", "POST", "/data?graph=" + graph, "text/turtle", "<https://example.org/a> <https://example.org/b> \"post\" ."),
                new Write("graph store DELETE", "DELETE", "/data?graph=" + HttpProbe.encode(DOC_BASE + graphToDelete), null, null),
                new Write("document POST", "POST", "/api/documents", "text/plain", "NASA and ISRO agreed to cooperate on lunar science."),
                new Write("document DELETE", "DELETE", "/api/documents/" + documentToDelete, null, null));
    }

    @Test
    void everyWriteNeedsTheRightBearerTokenAndNothingChangesWithout() {
        try (LiveServer server = LiveServer.start(dir.resolve("store"), Duration.ofSeconds(5))) {
            SyntheticArticles articles = new SyntheticArticles("access");
            for (int n = 0; n < 3; n++) {
                server.ingest(articles.article(n));
            }
            String first = articles.documentIri(0).substring(DOC_BASE.length());
            String second = articles.documentIri(1).substring(DOC_BASE.length());
            List<String> wrongCredentials = new ArrayList<>();
            wrongCredentials.add(null);
            wrongCredentials.add("Bearer");
            wrongCredentials.add("Bearer ");
            wrongCredentials.add("Bearer wrong-" + server.token());
            wrongCredentials.add("Bearer " + server.token().substring(0, server.token().length() - 1));
            wrongCredentials.add("Bearer " + server.token().toUpperCase());
            wrongCredentials.add("Basic " + java.util.Base64.getEncoder().encodeToString((":" + server.token()).getBytes(StandardCharsets.UTF_8)));
            wrongCredentials.add(server.token());
            wrongCredentials.add("Token " + server.token());

            StoreFingerprint before = server.fingerprint();
            List<String> problems = new ArrayList<>();
            int refused = 0;
            for (Write write : writes(first, second)) {
                for (String credentials : wrongCredentials) {
                    Reply reply = write.send(server.http(), credentials);
                    refused++;
                    if (reply.status() != 401) {
                        problems.add(write.name() + " with '" + credentials + "': " + reply.describe());
                    }
                    problems.addAll(ReplyChecks.problems(reply).stream().map(p -> write.name() + ": " + p).toList());
                }
            }
            assertThat(problems).as("writes without the right token").isEmpty();
            assertThat(server.fingerprint()).as("store after %d refused writes", refused).isEqualTo(before);

            for (Write write : writes(first, second)) {
                StoreFingerprint ahead = server.fingerprint();
                Reply reply = write.send(server.http(), "Bearer " + server.token());
                assertThat(reply.status()).as("%s with the token: %s", write.name(), reply.describe()).isBetween(200, 299);
                assertThat(server.fingerprint()).as("%s with the token changes the store", write.name()).isNotEqualTo(ahead);
            }
            System.out.printf("access: %d writes without a valid token refused with 401, store unchanged; %d authorised writes applied%n",
                    refused, writes(first, second).size());
        }
    }

    @Test
    void writesAreRefusedWhenNoTokenIsConfigured() {
        try (LiveServer server = LiveServer.start(dir.resolve("store"), config -> config.withWriteToken(null), new PoolExtractor())) {
            server.ingest(new SyntheticArticles("no-token").article(0));
            StoreFingerprint before = server.fingerprint();
            for (Write write : writes("anything", "anything")) {
                Reply reply = write.send(server.http(), "Bearer " + server.token());
                assertThat(reply.status()).as("%s on a server without a token: %s", write.name(), reply.describe()).isIn(401, 403);
                assertThat(ReplyChecks.problems(reply)).isEmpty();
            }
            assertThat(server.fingerprint()).isEqualTo(before);
        }
    }

    @Test
    void theTokenAppearsInNoLogLineAndNoAnswer() throws IOException {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        String token;
        List<Reply> replies = new ArrayList<>();
        try {
            System.setOut(new PrintStream(new Tee(out, captured), true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(new Tee(err, captured), true, StandardCharsets.UTF_8));
            try (LiveServer server = LiveServer.start(dir.resolve("store"), Duration.ofSeconds(5))) {
                token = server.token();
                System.out.println("server config: " + server.server().config());
                for (Write write : writes("no-such-document", "no-such-document")) {
                    replies.add(write.send(server.http(), "Bearer " + token));
                    replies.add(write.send(server.http(), "Bearer " + token + "-wrong"));
                    replies.add(write.send(server.http(), "Bearer " + token.substring(4)));
                }
                replies.add(server.http().send("POST", "/update", "application/sparql-update",
                        "DROP ALL {".getBytes(StandardCharsets.UTF_8), server.auth()));
                replies.add(server.http().send("POST", "/api/documents", "text/plain",
                        "\u0000binary".getBytes(StandardCharsets.UTF_8), server.auth()));
                replies.add(server.http().get("/metrics"));
            }
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        Path sample = Files.writeString(dir.resolve("captured.log"), log);
        assertThat(log).as("captured server log (%d chars)", log.length()).isNotEmpty();
        String secret = token.substring(4);
        assertThat(log).as("log lines in %s", sample).doesNotContain(secret);
        for (Reply reply : replies) {
            assertThat(reply.text()).as("answer to %s", reply.request()).doesNotContain(secret);
            assertThat(reply.headers().map().toString()).as("headers of %s", reply.request()).doesNotContain(secret);
        }
        System.out.printf("access: %d requests carrying the token, %d characters of server log captured, token in neither%n",
                replies.size(), log.length());
    }

    @Test
    void corsHeadersOnlyForConfiguredOrigins() {
        Map<String, String> preflight = new LinkedHashMap<>();
        preflight.put("Origin", "https://evil.example");
        preflight.put("Access-Control-Request-Method", "POST");
        preflight.put("Access-Control-Request-Headers", "authorization, content-type");
        try (LiveServer server = LiveServer.start(dir.resolve("store"), Duration.ofSeconds(5))) {
            for (String path : List.of("/sparql?query=ASK%7B%7D", "/api/stats", "/api/entities?q=nasa", "/health")) {
                Reply get = server.http().get(path, Map.of("Origin", "https://evil.example"));
                assertThat(get.header("Access-Control-Allow-Origin")).as("GET %s without CORS configured", path).isEmpty();
                Reply options = server.http().send("OPTIONS", path, null, null, preflight);
                assertThat(options.header("Access-Control-Allow-Origin")).as("preflight %s without CORS configured", path).isEmpty();
                assertThat(options.header("Access-Control-Allow-Credentials")).isEmpty();
            }
        }
        try (LiveServer server = LiveServer.start(dir.resolve("store2"),
                config -> config.withCorsOrigins(List.of("https://newsroom.example")), new PoolExtractor())) {
            Reply allowed = server.http().get("/api/stats", Map.of("Origin", "https://newsroom.example"));
            assertThat(allowed.header("Access-Control-Allow-Origin")).contains("https://newsroom.example");
            Reply other = server.http().get("/api/stats", Map.of("Origin", "https://evil.example"));
            assertThat(other.header("Access-Control-Allow-Origin")).as("an origin that is not configured")
                    .satisfiesAnyOf(h -> assertThat(h).isEmpty(), h -> assertThat(h).contains("https://newsroom.example"));
            assertThat(other.header("Access-Control-Allow-Origin")).isNotEqualTo(Optional.of("*"));
        }
    }

    @Test
    void listensOnLoopbackUnlessConfiguredOtherwise() throws IOException {
        assertThat(ServerConfig.defaults().host()).isEqualTo("127.0.0.1");
        try (LiveServer server = LiveServer.start(dir.resolve("store"), config -> ServerConfig.defaults().withPort(0), new PoolExtractor())) {
            assertThat(ListeningSockets.localAddresses(server.port())).as("addresses listening on port %d", server.port())
                    .containsOnly("127.0.0.1");
        }
        try (LiveServer server = LiveServer.start(dir.resolve("store2"), config -> config.withHost("0.0.0.0"), new PoolExtractor())) {
            assertThat(ListeningSockets.localAddresses(server.port())).as("told to listen on every interface")
                    .containsAnyOf("0.0.0.0", "::");
        }
    }

    /** Copies everything written to the original stream into a buffer as well. */
    private static final class Tee extends OutputStream {
        private final OutputStream original;
        private final ByteArrayOutputStream copy;

        Tee(OutputStream original, ByteArrayOutputStream copy) {
            this.original = original;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            original.write(b);
            synchronized (copy) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            original.write(b, off, len);
            synchronized (copy) {
                copy.write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            original.flush();
        }
    }
}
