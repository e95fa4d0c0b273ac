package org.astrolabe.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generator against a small real HTTP server on loopback whose "/slow" path takes 40 ms. */
class LoadGeneratorTest {
    private HttpServer server;
    private URI base;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();
    private final java.util.List<com.sun.net.httpserver.Headers> requestHeaders = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/fast", exchange -> answer(exchange, 200));
        server.createContext("/echo", exchange -> {
            requestHeaders.add(exchange.getRequestHeaders());
            byte[] body = new byte[100_000];
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200);
        });
        server.createContext("/missing", exchange -> answer(exchange, 404));
        server.createContext("/counted", exchange -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            answer(exchange, 200);
        });
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** An empty answer: headers only, one write (a separate body write waits on delayed ACKs on loopback). */
    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Test
    void keepsLatencyPerKindAndTheTailNamesTheSlowKind() throws InterruptedException {
        // One slow request in ten, as one kind of a mix.
        LoadGenerator.Result r;
        try (LoadGenerator load = new LoadGenerator(2)) {
            r = load.run(i -> base.resolve(i % 10 == 9 ? "/slow" : "/fast"),
                    i -> i % 10 == 9 ? "slow" : "fast", "text/plain", 200, Duration.ofSeconds(30));
        }

        assertThat(r.requests()).isEqualTo(200);
        assertThat(r.errors()).isZero();
        assertThat(r.byKind()).containsOnlyKeys("fast", "slow");
        assertThat(r.kind("fast").count()).isEqualTo(180);
        assertThat(r.kind("slow").count()).isEqualTo(20);
        assertThat(r.kind("slow").percentileMillis(50)).isGreaterThanOrEqualTo(40);
        assertThat(r.kind("fast").percentileMillis(50)).isLessThan(r.kind("slow").percentileMillis(50));
        assertThat(r.kind("other").count()).isZero();
    }

    @Test
    void errorsAreCountedButNotTimedAndUnnamedKindsCountOnlyInTheTotal() throws InterruptedException {
        LoadGenerator.Result r;
        try (LoadGenerator load = new LoadGenerator(1)) {
            r = load.run(i -> base.resolve(i % 2 == 0 ? "/fast" : "/missing"), i -> null, "text/plain", 10, Duration.ofSeconds(30));
        }

        assertThat(r.requests()).isEqualTo(5);
        assertThat(r.errors()).isEqualTo(5);
        assertThat(r.firstError()).startsWith("HTTP 404");
        assertThat(r.byKind()).isEmpty();
        assertThat(r.latencies().count()).isEqualTo(5);
    }

    @Test
    void keepsExactlyOneRequestInFlightPerClientAcrossRuns() throws InterruptedException {
        try (LoadGenerator load = new LoadGenerator(8)) {
            LoadGenerator.Result first = load.run(i -> base.resolve("/counted"), "text/plain", 80, Duration.ofSeconds(30));
            LoadGenerator.Result second = load.run(i -> base.resolve("/counted"), "text/plain", 80, Duration.ofSeconds(30));

            assertThat(first.requests()).isEqualTo(80);
            assertThat(second.requests()).isEqualTo(80);
            assertThat(first.errors() + second.errors()).isZero();
        }
        // Closed loop: never more requests at the server than clients, and every client kept one there.
        assertThat(mostInFlight.get()).isEqualTo(8);
        assertThat(inFlight.get()).isZero();
    }

    @Test
    void aServerThatRefusesEveryConnectionEndsTheRunWithErrorsOnly() throws InterruptedException {
        URI nobody = URI.create("http://127.0.0.1:" + base.getPort() + "/fast");
        server.stop(0);
        LoadGenerator.Result r;
        try (LoadGenerator load = new LoadGenerator(4)) {
            // Many fast failures: each client's next request is sent from the completion of its last one.
            r = load.run(i -> nobody, "text/plain", 3000, Duration.ofSeconds(60));
        }

        assertThat(r.requests()).isZero();
        assertThat(r.errors()).isEqualTo(3000);
        assertThat(r.firstError()).contains("ConnectException");
    }

    @Test
    void sendsAPlainGetAndReadsWholeUncompressedBodies() throws InterruptedException {
        LoadGenerator.Result r;
        try (LoadGenerator load = new LoadGenerator(2)) {
            r = load.run(i -> base.resolve("/echo"), "application/json", 10, Duration.ofSeconds(30));
        }

        assertThat(r.requests()).isEqualTo(10);
        assertThat(r.errors()).isZero();
        assertThat(requestHeaders).hasSize(10).allSatisfy(headers -> {
            assertThat(headers.getFirst("Accept")).isEqualTo("application/json");
            assertThat(headers.containsKey("Accept-Encoding")).as("asks for no compressed answer").isFalse();
        });
    }
}
