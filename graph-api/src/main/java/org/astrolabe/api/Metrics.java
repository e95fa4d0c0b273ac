package org.astrolabe.api;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.jetty12.server.TimedHandler;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * What {@code /metrics} shows, in a Micrometer registry written in the Prometheus text format (0.0.4): the
 * JVM (memory, garbage collection, threads, class loading), the process (CPU, uptime, file descriptors),
 * Jetty (requests in progress and their timing, connections, the thread pool), Astrolabe's requests per
 * route (a counter by method, route and status, a latency histogram by route) and the gauges and counters
 * the server registers ({@link #gauge}, {@link #counter}). Thread-safe; one per server.
 */
final class Metrics implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Metrics.class);

    /** The latency histogram's buckets, as before the move to Micrometer (dashboards keep their {@code le}s). */
    private static final Duration[] BUCKETS = {
            Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25), Duration.ofMillis(50),
            Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1),
            Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30),
    };

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<AutoCloseable> binders = new ArrayList<>();
    /** Micrometer holds a function counter's source weakly: a lambda kept only there is collected, its counter frozen. */
    private final List<Object> counterSources = new java.util.concurrent.CopyOnWriteArrayList<>();

    Metrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        binders.add(gc);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    /** The request counter and latency timer of one method, route and status. */
    private record RequestMeters(Counter requests, Timer latency) {}

    /** Looked up once per method, route and status: building and registering meters per request costs more than answering a cached search. */
    private final java.util.Map<String, RequestMeters> requestMeters = new java.util.concurrent.ConcurrentHashMap<>();

    /** Counts one answered request ({@code astrolabe_http_requests_total}) and its latency. */
    void record(String method, String route, int status, double seconds) {
        RequestMeters meters = requestMeters.computeIfAbsent(method + ' ' + status + ' ' + route, key -> new RequestMeters(
                Counter.builder("astrolabe.http.requests").description("HTTP requests by method, route and status.")
                        .tags("method", method, "route", route, "status", Integer.toString(status)).register(registry),
                Timer.builder("astrolabe.http.request.duration").description("HTTP request latency by route.")
                        .tags("route", route).serviceLevelObjectives(BUCKETS).register(registry)));
        meters.requests().increment();
        meters.latency().record((long) (seconds * 1e9), java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** A gauge read at every scrape; {@code name} is the Prometheus name, e.g. {@code astrolabe_store_quads}. */
    <T> void gauge(String name, String description, T source, ToDoubleFunction<T> value) {
        Gauge.builder(dotted(name), source, value).description(description).register(registry);
    }

    /** A counter whose total {@code total} reads; {@code name} is the Prometheus name without {@code _total}. */
    void counter(String name, String description, Supplier<? extends Number> total) {
        counterSources.add(total);
        FunctionCounter.builder(dotted(name), total, t -> t.get().doubleValue()).description(description).register(registry);
    }

    /**
     * Times every request Jetty handles ({@code jetty_server_requests_seconds}, and the requests in progress):
     * call from Javalin's {@code jetty.modifyServer}, before it attaches its own handler inside this one.
     */
    void instrumentHandling(Server server) {
        Handler.Wrapper timed = new TimedHandler(registry, Tags.empty());
        server.setHandler(timed);
    }

    /** Binds the connection and thread-pool figures of a started Jetty server. */
    void instrumentStarted(Server server) {
        JettyConnectionMetrics.addToAllConnectors(server, registry);
        JettyServerThreadPoolMetrics pool = new JettyServerThreadPoolMetrics(server.getThreadPool(), Tags.empty());
        pool.bindTo(registry);
        binders.add(pool);
    }

    /** The exposition text (Prometheus text format 0.0.4). */
    String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        for (AutoCloseable binder : binders) {
            try {
                binder.close();
            } catch (Exception e) {
                LOG.debug("Closing a metrics binder failed: {}", e.toString());
            }
        }
        registry.close();
    }

    /** Micrometer names are dotted; its Prometheus naming turns the dots back into underscores. */
    private static String dotted(String prometheusName) {
        return prometheusName.replace('_', '.');
    }
}
