package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cached-search shortcut: in a real Jetty server in front of a handler that says it was reached, it answers
 * exactly the cached GETs of the search endpoint and passes everything else on; in Astrolabe's server, a repeated
 * search (answered by it) is the same answer as the first (answered by the endpoint), and both are counted.
 */
class CachedSearchHandlerTest {
    private static final byte[] CACHED = "{\"q\":\"cached\",\"results\":[]}".getBytes(StandardCharsets.UTF_8);

    private final List<String> answered = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private Server jetty;
    private String base;

    @BeforeEach
    void start() throws Exception {
        jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        jetty.addConnector(connector);
        CachedSearchHandler shortcut = new CachedSearchHandler(
                params -> "cached".equals(params.apply("q")) ? CACHED : null,
                (method, route, status, seconds) -> answered.add(method + " " + route + " " + status), true);
        shortcut.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.setStatus(299);
                response.write(true, StandardCharsets.UTF_8.encode("passed on"), callback);
                return true;
            }
        });
        jetty.setHandler(shortcut);
        jetty.start();
        base = "http://127.0.0.1:" + connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        jetty.stop();
    }

    private HttpResponse<String> send(String method, String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersACachedSearchWithItsBytesTypeAndLengthAndCountsIt() throws Exception {
        HttpResponse<String> response = send("GET", "/api/entities?limit=10&q=cached");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(new String(CACHED, StandardCharsets.UTF_8));
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(CACHED.length);
        assertThat(answered).containsExactly("GET /api/entities 200");
    }

    @Test
    void passesOnWhatItCannotAnswerAlike() throws Exception {
        assertThat(send("GET", "/api/entities?q=not-cached").body()).isEqualTo("passed on");
        assertThat(send("HEAD", "/api/entities?q=cached").statusCode()).isEqualTo(299);
        assertThat(send("POST", "/api/entities?q=cached").body()).isEqualTo("passed on");
        assertThat(send("GET", "/api/entities/?q=cached").body()).as("the router's trailing slash").isEqualTo("passed on");
        assertThat(send("GET", "/api/entities/x?q=cached").body()).isEqualTo("passed on");
        assertThat(send("GET", "/api/entities?q=cached", "Accept-Encoding", "gzip").body()).as("may be compressed").isEqualTo("passed on");
        assertThat(send("GET", "/api/entities?q=cached", "Origin", "http://example.org").body()).as("CORS").isEqualTo("passed on");
        assertThat(answered).isEmpty();
    }

    @Test
    void readsQueryParametersAsJavalinDoes() {
        Function<String, String> params = CachedSearchHandler.queryParameters("q=a+b%2Bc&q=second&limit=5&flag&%71%31=%C3%A9t%C3%A9");

        assertThat(params.apply("q")).as("the first value, '+' a space").isEqualTo("a b+c");
        assertThat(params.apply("limit")).isEqualTo("5");
        assertThat(params.apply("flag")).isEmpty();
        assertThat(params.apply("q1")).isEqualTo("été");
        assertThat(params.apply("type")).isNull();
        assertThat(CachedSearchHandler.queryParameters(null).apply("q")).isNull();
        assertThatThrownBy(() -> CachedSearchHandler.queryParameters("q=%zz").apply("q")).isInstanceOf(ApiException.class);
    }

    @Test
    void aRepeatedSearchGetsTheEndpointsAnswerAndBothAreCounted() throws Exception {
        try (ServerFixture fx = new ServerFixture()) {
            String counter = "astrolabe_http_requests_total{method=\"GET\",route=\"/api/entities\",status=\"200\"}";
            double before = counted(fx, counter);
            List<String> searches = List.of("q=agency&limit=1", "q=SUPARCO", "q=", "limit=3", "q=esa&type=SpaceAgency",
                    "q=space+agency&offset=1", "q=s%C3%A3o%20paulo", "q");
            for (String search : searches) {
                HttpResponse<String> first = fx.get("/api/entities?" + search);
                HttpResponse<String> repeated = fx.get("/api/entities?" + search);

                assertThat(first.statusCode()).as(search).isEqualTo(200);
                assertThat(repeated.statusCode()).as(search).isEqualTo(200);
                assertThat(repeated.body()).as(search).isEqualTo(first.body());
                assertThat(headersButDate(repeated)).as(search).isEqualTo(headersButDate(first));
            }
            assertThat(counted(fx, counter) - before).isEqualTo(2.0 * searches.size());
        }
    }

    private static Map<String, List<String>> headersButDate(HttpResponse<String> response) {
        Map<String, List<String>> headers = new TreeMap<>(response.headers().map());
        headers.remove("date");
        return headers;
    }

    private static double counted(ServerFixture fx, String sample) {
        for (String line : fx.get("/metrics").body().split("\n")) {
            if (line.startsWith(sample + " ")) {
                return Double.parseDouble(line.substring(sample.length() + 1));
            }
        }
        return 0;
    }
}
