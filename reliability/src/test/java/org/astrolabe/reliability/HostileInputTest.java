package org.astrolabe.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.astrolabe.reliability.support.HostileCorpus;
import org.astrolabe.reliability.support.HostileCorpus.HostileRequest;
import org.astrolabe.reliability.support.LiveServer;
import org.astrolabe.reliability.support.Reply;
import org.astrolabe.reliability.support.ReplyChecks;
import org.astrolabe.reliability.support.StoreFingerprint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sends the whole hostile corpus to one server holding a few articles: every answer must be a 2xx-4xx of
 * the expected class, carry no stack trace, and (for errors) be a JSON error body; afterwards the server
 * is healthy and the store holds exactly the quads it held before.
 */
class HostileInputTest {
    @TempDir
    static Path storeDir;
    static LiveServer server;

    @BeforeAll
    static void startWithArticles() {
        server = LiveServer.startWithArticles(storeDir, Duration.ofSeconds(5), "hostile", 12);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void everyHostileRequestGetsAClearClientErrorAndChangesNothing() {
        List<HostileRequest> corpus = HostileCorpus.load();
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
        StoreFingerprint expected = server.fingerprint();

        List<String> failures = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int acceptedWrites = 0;
        for (HostileRequest request : corpus) {
            Reply reply;
            try {
                reply = send(request);
            } catch (RuntimeException e) {
                failures.add(request.origin() + ": no answer: " + e.getMessage());
                continue;
            }
            statuses.merge(reply.status(), 1, Integer::sum);
            List<String> problems = new ArrayList<>(ReplyChecks.problems(reply));
            if (!request.allows(reply.status())) {
                problems.add("expected " + request.expected());
            }
            if (isAuthorisedWrite(request)) {
                // Only an accepted, authorised write may change the store; anything refused must not.
                StoreFingerprint after = server.fingerprint();
                if (reply.status() / 100 == 2) {
                    acceptedWrites++;
                    expected = after;
                } else if (!after.equals(expected)) {
                    problems.add("refused (" + reply.status() + ") but changed the store");
                    expected = after;
                }
            }
            if (!problems.isEmpty()) {
                failures.add(request.origin() + ": " + reply.describe() + " :: " + String.join("; ", problems));
            }
        }
        System.out.printf("hostile corpus: %d requests, statuses %s, %d accepted authorised writes, %d unexpected%n",
                corpus.size(), statuses, acceptedWrites, failures.size());
        failures.forEach(f -> System.out.println("  unexpected: " + f.replaceAll("\\p{Cntrl}", "?")));

        assertThat(server.http().get("/health").status()).as("healthy after the corpus").isEqualTo(200);
        assertThat(server.fingerprint()).as("store unchanged by %d requests apart from accepted writes", corpus.size())
                .isEqualTo(expected);
        assertThat(failures).as("requests answered wrongly").isEmpty();
    }

    private static boolean isAuthorisedWrite(HostileRequest request) {
        return "token".equals(request.auth()) && !"GET".equals(request.method());
    }

    private static Reply send(HostileRequest request) {
        Map<String, String> headers = switch (request.auth()) {
            case "token" -> server.auth();
            case "wrong" -> Map.of("Authorization", "Bearer not-" + server.token());
            default -> Map.of();
        };
        return server.http().send(request.method(), request.path(), request.contentType(), request.body(), headers);
    }
}
