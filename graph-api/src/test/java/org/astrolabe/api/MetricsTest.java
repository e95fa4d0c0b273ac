package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code /metrics} over HTTP: well-formed Prometheus text with the JVM, process, Jetty and Astrolabe figures. */
class MetricsTest {
    /** A sample line of the text format 0.0.4: name, optional labels, value. */
    private static final Pattern SAMPLE = Pattern.compile(
            "([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\]|\\\\.)*\",?)*\\})? (\\S+)");
    private static final Pattern TYPE = Pattern.compile("# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)");

    @RegisterExtension
    static final ServerFixture fx = new ServerFixture();

    /** Every sample of a scrape, keyed by name plus labels as written; fails on a line that is not well-formed. */
    private static Map<String, Double> scrape() {
        HttpResponse<String> response = fx.get("/metrics");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain; version=0.0.4");
        Map<String, Double> samples = new LinkedHashMap<>();
        Map<String, String> types = new HashMap<>();
        for (String line : response.body().split("\n")) {
            if (line.startsWith("# TYPE")) {
                Matcher type = TYPE.matcher(line);
                assertThat(type.matches()).as("TYPE line: %s", line).isTrue();
                types.put(type.group(1), type.group(2));
            } else if (!line.startsWith("#") && !line.isBlank()) {
                Matcher sample = SAMPLE.matcher(line);
                assertThat(sample.matches()).as("sample line: %s", line).isTrue();
                String family = sample.group(1).replaceAll("_(bucket|count|sum|total)$", "");
                assertThat(types.containsKey(sample.group(1)) || types.containsKey(family)).as("a TYPE before %s", line).isTrue();
                samples.put(sample.group(1) + (sample.group(2) == null ? "" : sample.group(2)), Double.valueOf(sample.group(3)));
            }
        }
        return samples;
    }

    private static boolean hasFamily(Map<String, Double> samples, String name) {
        return samples.keySet().stream().anyMatch(key -> key.equals(name) || key.startsWith(name + "{"));
    }

    @Test
    void jvmProcessAndJettyFiguresAreThere() {
        fx.get("/health");
        Map<String, Double> samples = scrape();
        for (String family : new String[] {
                "jvm_memory_used_bytes", "jvm_memory_max_bytes", "jvm_gc_memory_allocated_bytes_total",
                "jvm_threads_live_threads", "jvm_threads_states_threads", "jvm_classes_loaded_classes",
                "process_cpu_usage", "process_uptime_seconds", "system_cpu_count",
                "jetty_threads_busy", "jetty_threads_config_max", "jetty_connections_current_connections",
                "jetty_server_requests_seconds_count", "jetty_server_requests_open_seconds_count"}) {
            assertThat(hasFamily(samples, family)).as(family).isTrue();
        }
        assertThat(samples.get("jvm_threads_live_threads")).isPositive();
        assertThat(samples.entrySet().stream().filter(e -> e.getKey().startsWith("jetty_connections_current_connections"))
                .mapToDouble(Map.Entry::getValue).sum()).as("this scrape's own connection").isPositive();
    }

    @Test
    void requestsAreCountedPerMethodRouteAndStatusWithALatencyHistogramPerRoute() {
        Map<String, Double> before = scrape();
        String counter = "astrolabe_http_requests_total{method=\"GET\",route=\"/api/documents/{id}\",status=\"404\"}";
        String inf = "astrolabe_http_request_duration_seconds_bucket{route=\"/api/documents/{id}\",le=\"+Inf\"}";
        fx.get("/api/documents/no-such-document");
        fx.get("/api/documents/nor-this-one");
        fx.get("/no/such/path/xyz");

        Map<String, Double> after = scrape();
        assertThat(after.get(counter) - before.getOrDefault(counter, 0.0)).isEqualTo(2.0);
        assertThat(after.get(inf) - before.getOrDefault(inf, 0.0)).isEqualTo(2.0);
        assertThat(after).containsKey("astrolabe_http_request_duration_seconds_bucket{route=\"/api/documents/{id}\",le=\"0.005\"}")
                .containsKey("astrolabe_http_request_duration_seconds_bucket{route=\"/api/documents/{id}\",le=\"30.0\"}");
        assertThat(after.keySet()).noneMatch(key -> key.contains("/no/such/path"))
                .anyMatch(key -> key.startsWith("astrolabe_http_requests_total{") && key.contains("route=\"other\",status=\"404\""));
    }

    @Test
    void storeIndexModelsAndShapeFiguresAreThere() {
        Map<String, Double> samples = scrape();
        assertThat(samples.get("astrolabe_store_articles")).isEqualTo(2.0);
        assertThat(samples.get("astrolabe_store_quads")).isPositive();
        assertThat(samples).containsKey("astrolabe_index_entities");
        assertThat(samples.get("astrolabe_models_ready")).isZero();
        assertThat(samples.get("astrolabe_shape_violations_total")).isZero();
    }
}
