package org.astrolabe.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.UnaryOperator;

import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.InMemoryGraphStore;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server on a free loopback port, with writes enabled by {@link #TOKEN}, over an in-memory store filled
 * with the sample articles (or over a store the test gives), and a real HTTP client. Registered on a test class
 * ({@code @RegisterExtension static final ServerFixture fx = new ServerFixture();}) it closes after the class's tests.
 */
final class ServerFixture implements AutoCloseable, AfterAllCallback {
    static final String TOKEN = "test-token-8d1f";
    static final ObjectMapper JSON = new ObjectMapper();

    final GraphStore store;
    final AstrolabeServer server;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    ServerFixture(UnaryOperator<ServerConfig> configure, ExtractorLoader extractor) {
        this(withSampleArticles(InMemoryGraphStore.create()), configure, extractor);
    }

    /** A server over {@code store} as it is; the fixture closes the store. */
    ServerFixture(GraphStore store, UnaryOperator<ServerConfig> configure, ExtractorLoader extractor) {
        this.store = store;
        ServerConfig config = configure.apply(ServerConfig.defaults().withPort(0).withWriteToken(TOKEN));
        server = AstrolabeServer.create(config, store, extractor).start();
    }

    ServerFixture() {
        this(c -> c, ExtractorLoader.none());
    }

    private static GraphStore withSampleArticles(GraphStore store) {
        store.put(SampleArticles.agreementArticle());
        store.put(SampleArticles.cooperationArticle());
        return store;
    }

    /** A query-string value, percent-encoded. */
    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    String url(String path) {
        return server.url() + path;
    }

    HttpResponse<String> get(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60)).GET();
        if (accept != null) {
            request.header("Accept", accept);
        }
        return send(request.build());
    }

    HttpResponse<String> get(String path) {
        return get(path, null);
    }

    /** Sends {@code request} and checks the response against the OpenAPI document ({@link OpenApiContract}). */
    HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            OpenApiContract.check(request, response);
            return response;
        } catch (IOException e) {
            throw new RuntimeException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeException(e);
        }
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60));
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + response.body(), e);
        }
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }
}
