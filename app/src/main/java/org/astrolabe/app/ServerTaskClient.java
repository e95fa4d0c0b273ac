package org.astrolabe.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs a backup or a compaction on a running {@code astrolabe serve} ({@code POST /$/backup} or
 * {@code POST /$/compact}) and follows the task it starts ({@code GET /$/tasks/<id>}) to its end, printing a
 * progress line while it runs.
 */
final class ServerTaskClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI server;
    private final String token;
    private final Duration pollEvery;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param server    the server's base URL, e.g. {@code http://127.0.0.1:8080}
     * @param token     the server's write token (null: none, which the server refuses)
     * @param pollEvery how often to ask for the task's state
     */
    ServerTaskClient(String server, String token, Duration pollEvery) {
        this.server = URI.create(server.endsWith("/") ? server : server + "/");
        this.token = token;
        this.pollEvery = pollEvery;
    }

    /**
     * Starts the task {@code kind} ({@code backup} or {@code compact}) and waits for it to finish.
     *
     * @return the finished task as the server describes it ({@code state} is {@code succeeded} or {@code failed})
     * @throws IllegalStateException with the server's reason when the task cannot be started or followed
     */
    JsonNode run(String kind, PrintWriter progress) throws InterruptedException {
        HttpRequest.Builder start = HttpRequest.newBuilder(server.resolve("$/" + kind)).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (token != null && !token.isBlank()) {
            start.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> started = send(start.build());
        JsonNode body = json(started);
        if (started.statusCode() != 202) {
            String running = started.statusCode() == 409 ? " (follow it at " + server.resolve(body.path("href").asText("").replaceFirst("^/", "")) + ")" : "";
            throw new IllegalStateException("the server refused to start the " + kind + " task (" + started.statusCode() + "): "
                    + body.path("detail").asText(started.body()) + running);
        }
        String id = body.path("taskId").asText();
        URI href = server.resolve(body.path("href").asText().replaceFirst("^/", ""));
        progress.println(kind + " started on " + server + " as task " + id);
        progress.flush();
        long begin = System.nanoTime();
        while (true) {
            HttpResponse<String> polled = send(HttpRequest.newBuilder(href).timeout(Duration.ofSeconds(30)).GET().build());
            if (polled.statusCode() != 200) {
                throw new IllegalStateException("cannot follow task " + id + " at " + href + " (" + polled.statusCode() + "): "
                        + json(polled).path("detail").asText(polled.body()));
            }
            JsonNode task = json(polled);
            if (!"running".equals(task.path("state").asText())) {
                return task;
            }
            progress.printf("%s (task %s): running, %d s%n", kind, id, (System.nanoTime() - begin) / 1_000_000_000L);
            progress.flush();
            Thread.sleep(pollEvery.toMillis());
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new IllegalStateException("cannot reach the server at " + server + " (is astrolabe serve running there?)", e);
        } catch (IOException e) {
            throw new IllegalStateException("cannot talk to the server at " + server + ": " + e, e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            return JSON.createObjectNode();
        }
    }
}
