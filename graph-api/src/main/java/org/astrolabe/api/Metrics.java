package org.astrolabe.api;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Request counters and latency histograms per route, written in the Prometheus text exposition format
 * (version 0.0.4). Thread-safe and lock-free on the request path.
 */
final class Metrics {
    private static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

    private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latencies = new ConcurrentHashMap<>();

    void record(String method, String route, int status, double seconds) {
        String key = "method=\"" + escape(method) + "\",route=\"" + escape(route) + "\",status=\"" + status + "\"";
        requests.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        latencies.computeIfAbsent("route=\"" + escape(route) + "\"", k -> new Histogram()).observe(seconds);
    }

    /**
     * The exposition text; {@code counters} and {@code gauges} are extra name to value lines (shape violations;
     * store size, readiness).
     */
    String scrape(Map<String, Number> counters, Map<String, Number> gauges) {
        StringBuilder out = new StringBuilder();
        out.append("# HELP astrolabe_http_requests_total HTTP requests by method, route and status.\n");
        out.append("# TYPE astrolabe_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((labels, count) ->
                out.append("astrolabe_http_requests_total{").append(labels).append("} ").append(count.get()).append('\n'));
        out.append("# HELP astrolabe_http_request_duration_seconds HTTP request latency by route.\n");
        out.append("# TYPE astrolabe_http_request_duration_seconds histogram\n");
        new TreeMap<>(latencies).forEach((labels, histogram) -> histogram.write(out, labels));
        counters.forEach((name, value) -> {
            out.append("# TYPE ").append(name).append(" counter\n");
            out.append(name).append(' ').append(format(value.doubleValue())).append('\n');
        });
        gauges.forEach((name, value) -> {
            out.append("# TYPE ").append(name).append(" gauge\n");
            out.append(name).append(' ').append(format(value.doubleValue())).append('\n');
        });
        return out.toString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static String format(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.6f", value);
    }

    private static final class Histogram {
        private final AtomicLongArray counts = new AtomicLongArray(BUCKETS.length);
        private final AtomicLong total = new AtomicLong();
        private final DoubleAdder sum = new DoubleAdder();

        void observe(double seconds) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    counts.incrementAndGet(i);
                }
            }
            total.incrementAndGet();
            sum.add(seconds);
        }

        void write(StringBuilder out, String labels) {
            String name = "astrolabe_http_request_duration_seconds";
            for (int i = 0; i < BUCKETS.length; i++) {
                out.append(name).append("_bucket{").append(labels).append(",le=\"").append(format(BUCKETS[i])).append("\"} ")
                        .append(counts.get(i)).append('\n');
            }
            out.append(name).append("_bucket{").append(labels).append(",le=\"+Inf\"} ").append(total.get()).append('\n');
            out.append(name).append("_sum{").append(labels).append("} ").append(format(sum.sum())).append('\n');
            out.append(name).append("_count{").append(labels).append("} ").append(total.get()).append('\n');
        }
    }
}
