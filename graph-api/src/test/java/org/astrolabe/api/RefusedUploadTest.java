package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * A client that uploads without a token, and without {@code Expect: 100-continue}, is still sending its body
 * when the server has decided to refuse it. It must read the refusal, never a broken pipe or a reset.
 */
class RefusedUploadTest {
    private static final int ROUNDS = 50;
    private static final byte[] THREE_MEGABYTE_ARTICLE = article(3 * 1024 * 1024);

    @Test
    void anUnauthorisedUploadAlwaysGetsItsAnswer() throws Exception {
        try (ServerFixture fx = new ServerFixture()) {
            postRepeatedly(fx, 401);
        }
    }

    @Test
    void anUploadToAServerWithoutWritesAlwaysGetsItsAnswer() throws Exception {
        try (ServerFixture fx = new ServerFixture(c -> c.withWriteToken(null), ExtractorLoader.none())) {
            postRepeatedly(fx, 403);
        }
    }

    private static void postRepeatedly(ServerFixture fx, int expectedStatus) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < ROUNDS; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(fx.url("/api/documents"))).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(THREE_MEGABYTE_ARTICLE)).build();
            HttpResponse<String> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new AssertionError("Round " + (i + 1) + ": no answer to a refused upload: " + e, e);
            }
            assertThat(response.statusCode()).as("round " + (i + 1)).isEqualTo(expectedStatus);
            assertThat(response.body()).contains("\"error\"");
        }
    }

    private static byte[] article(int size) {
        StringBuilder text = new StringBuilder(size);
        while (text.length() < size) {
            text.append("The space agencies signed a cooperation agreement. ");
        }
        return ("{\"title\":\"Large\",\"text\":\"" + text + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
