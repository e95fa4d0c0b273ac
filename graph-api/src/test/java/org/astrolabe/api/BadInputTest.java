package org.astrolabe.api;

import static org.astrolabe.api.ServerFixture.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

/** Every kind of bad request gets a JSON error with the right 4xx status, and changes nothing. */
class BadInputTest {
    static ServerFixture fx;
    static String storeBefore;

    @BeforeAll
    static void start() {
        fx = new ServerFixture(c -> c.withMaxBodyBytes(64 * 1024), ExtractorLoader.none());
        storeBefore = fx.get("/api/export?format=nquads").body();
    }

    @AfterAll
    static void stop() {
        String after = fx.get("/api/export?format=nquads").body();
        fx.close();
        assertThat(after.lines().sorted().toList()).isEqualTo(storeBefore.lines().sorted().toList());
    }

    static JsonNode expectError(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        JsonNode body = ServerFixture.json(response);
        assertThat(body.get("error").asText()).isNotBlank();
        assertThat(body.has("detail")).isTrue();
        assertThat(response.body()).doesNotContain("\tat ").doesNotContain("Exception").doesNotContain(ServerFixture.TOKEN);
        return body;
    }

    static HttpResponse<String> post(String path, String contentType, byte[] body, boolean withToken) {
        HttpRequest.Builder request = fx.request(path).POST(BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (withToken) {
            request.header("Authorization", "Bearer " + ServerFixture.TOKEN);
        }
        return fx.send(request.build());
    }

    @Test
    void oversizedBodiesGet413() {
        byte[] big = new byte[100 * 1024];
        Arrays.fill(big, (byte) 'a');
        expectError(post("/sparql", "application/sparql-query", big, false), 413);
        expectError(post("/update", "application/sparql-update", big, true), 413);
        expectError(post("/api/documents", "text/plain", big, true), 413);
    }

    @Test
    void wrongContentTypesGet415() {
        expectError(post("/sparql", "application/pdf", "SELECT * {}".getBytes(StandardCharsets.UTF_8), false), 415);
        expectError(post("/sparql", null, "SELECT * {}".getBytes(StandardCharsets.UTF_8), false), 415);
        expectError(post("/update", "text/plain", "CLEAR ALL".getBytes(StandardCharsets.UTF_8), true), 415);
        expectError(post("/data?graph=" + enc("http://example.org/g"), "application/zip", "x".getBytes(StandardCharsets.UTF_8), true), 415);
    }

    @Test
    void invalidUtf8BinaryAndEmptyBodiesGet400() {
        byte[] invalid = {'S', 'E', 'L', (byte) 0xC3, (byte) 0x28, ' ', '*'};
        expectError(post("/sparql", "application/sparql-query", invalid, false), 400);
        byte[] binary = {0, 1, 2, 3, (byte) 0xFF, (byte) 0xFE, 0, 0};
        expectError(post("/sparql", "application/sparql-query", binary, false), 400);
        expectError(post("/sparql", "application/sparql-query", "SELECT\u0000 * {}".getBytes(StandardCharsets.UTF_8), false), 400);
        expectError(post("/sparql", "application/sparql-query", new byte[0], false), 400);
        expectError(post("/sparql", "application/x-www-form-urlencoded", new byte[0], false), 400);
        expectError(post("/sparql", "application/x-www-form-urlencoded", "query=%C3%28".getBytes(StandardCharsets.UTF_8), false), 400);
        expectError(post("/sparql", "application/x-www-form-urlencoded", "query=%zz".getBytes(StandardCharsets.UTF_8), false), 400);
        expectError(post("/update", "application/sparql-update", new byte[0], true), 400);
    }

    @Test
    void malformedSparqlGets400() {
        for (String bad : List.of("SELECT", "SELECT * WHERE { ?s ?p ", "DROP ALL", "SELECT * WHERE { ?s ?p ?o } LIMIT -1",
                "{".repeat(5000) + "}".repeat(5000), "SELECT * WHERE { " + "{".repeat(40_000), "SELECT * WHERE { " + "?s ?p ?o . ".repeat(3000))) {
            expectError(fx.get("/sparql?query=" + enc(bad)), enc(bad).length() > 60_000 ? 414 : 400);
            expectError(post("/sparql", "application/sparql-query", bad.getBytes(StandardCharsets.UTF_8), false), 400);
        }
        expectError(post("/update", "application/sparql-update", "INSERT DATA { <a> }".getBytes(StandardCharsets.UTF_8), true), 400);
        expectError(fx.get("/sparql?update=" + enc("CLEAR ALL")), 400);
    }

    @Test
    void malformedJsonAndWrongTypesGet400() {
        expectError(post("/api/documents", "application/json", "{\"text\": ".getBytes(StandardCharsets.UTF_8), true), 400);
        expectError(post("/api/documents", "application/json", "[1,2]".getBytes(StandardCharsets.UTF_8), true), 400);
        expectError(post("/api/documents", "application/json", "{\"text\": 42}".getBytes(StandardCharsets.UTF_8), true), 400);
        expectError(post("/api/documents", "application/json", "{\"text\": \"SUPARCO\", \"date\": \"yesterday\"}".getBytes(StandardCharsets.UTF_8), true), 400);
        expectError(post("/api/documents", "application/json", "{\"text\": \"   \"}".getBytes(StandardCharsets.UTF_8), true), 400);
    }

    @Test
    void documentWritesNeedTheToken() {
        expectError(post("/api/documents", "text/plain", "SUPARCO signed.".getBytes(StandardCharsets.UTF_8), false), 401);
        HttpResponse<String> wrong = fx.send(fx.request("/api/documents").header("Authorization", "Bearer wrong")
                .header("Content-Type", "text/plain").POST(BodyPublishers.ofString("SUPARCO signed.")).build());
        expectError(wrong, 401);
        expectError(fx.send(fx.request("/api/documents/abc").DELETE().build()), 401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\") } DROP ALL #", "'; DROP ALL; --", "} UNION { ?s ?p ?o", "<http://x> } ; CLEAR ALL ; SELECT * {",
            "%00", "\\u0000", "${jndi:ldap://x}", "*", "?", "~", "\"", "a\"b"})
    void injectionAttemptsThroughRestParametersAreHarmless(String evil) {
        for (String path : List.of("/api/entities?q=", "/api/entities?type=", "/api/documents?limit=", "/api/entities?limit=",
                "/api/entities?offset=", "/api/export?graph=", "/api/export?format=", "/data?graph=", "/api/entities/suparco/neighbors?depth=")) {
            HttpResponse<String> response = fx.get(path + enc(evil));
            assertThat(response.statusCode()).as(path + evil).isBetween(200, 499);
            assertThat(response.body()).doesNotContain("\tat ");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "a%20b", "x%00y", "javascript:alert(1)", "file:%2F%2F%2Fetc%2Fpasswd"})
    void pathTraversalInIdsIsRefused(String id) {
        for (String prefix : List.of("/api/entities/", "/api/documents/", "/resource/")) {
            HttpResponse<String> response = fx.get(prefix + id);
            assertThat(response.statusCode()).as(prefix + id).isBetween(400, 404);
            assertThat(response.body()).doesNotContain("root:");
        }
    }

    @Test
    void hugeLimitsAndOffsetsAreRefusedOrBounded() {
        expectError(fx.get("/api/entities?limit=100000000"), 400);
        expectError(fx.get("/api/entities?limit=-1"), 400);
        expectError(fx.get("/api/entities?offset=99999999999999"), 400);
        expectError(fx.get("/api/documents?limit=abc"), 400);
        assertThat(fx.get("/api/entities?limit=1000&offset=100000").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownRoutesAndMethodsAreJson() {
        expectError(fx.get("/no/such/thing"), 404);
        HttpResponse<String> notAllowed = fx.send(fx.request("/api/stats").DELETE().build());
        expectError(notAllowed, 405);
        assertThat(notAllowed.headers().firstValue("Allow")).contains("GET, HEAD");
        HttpResponse<String> putQuery = fx.send(fx.request("/sparql").PUT(BodyPublishers.ofString("ASK {}")).build());
        expectError(putQuery, 405);
        assertThat(putQuery.headers().firstValue("Allow").orElseThrow()).contains("GET").contains("POST");
    }

    @Test
    void graphStoreRequestsMustNameOneGraph() {
        expectError(fx.send(fx.request("/data").header("Authorization", "Bearer " + ServerFixture.TOKEN)
                .DELETE().build()), 400);
        expectError(fx.get("/data?graph=" + enc("http://example.org/a") + "&default"), 400);
        expectError(fx.get("/data/some/graph?graph=" + enc("http://example.org/a")), 400);
        expectError(fx.get("/data?graph=" + enc("not an iri")), 400);
    }
}
