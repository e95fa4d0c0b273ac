package org.astrolabe.bench.harness;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A closed-loop HTTP load generator: a fixed number of workers each send one request, wait for the whole
 * response, and send the next, until a request count or a time limit is reached. Latency is measured per
 * request from send to the last byte of the body, and kept per kind of request when the caller names kinds
 * (a mix of queries), so that a tail can be traced to the requests that make it. One instance per run.
 */
public final class LoadGenerator {

    /**
     * What a run measured.
     *
     * @param requests  successful requests (2xx)
     * @param errors    failed requests (non-2xx or I/O error)
     * @param seconds   wall time of the measured phase
     * @param latencies latency of the successful requests
     * @param firstError the first error seen, or null
     * @param byKind    latency of the successful requests per kind (one entry per kind the run's
     *                  {@code kindOf} named; empty when it named none)
     */
    public record Result(long requests, long errors, double seconds, Latencies latencies, String firstError,
                         Map<String, Latencies> byKind) {
        public double perSecond() {
            return seconds <= 0 ? Double.NaN : requests / seconds;
        }

        /**
         * Latency of one kind of request; empty (no samples) when the run had none of that kind.
         */
        public Latencies kind(String kind) {
            return byKind.getOrDefault(kind, new Latencies());
        }

        /** The runs as one: counts, time and latencies added up, the first error of the first run that had one. */
        public static Result combine(List<Result> runs) {
            long requests = 0;
            long errors = 0;
            double seconds = 0;
            Latencies all = new Latencies();
            String firstError = null;
            Map<String, Latencies> byKind = new HashMap<>();
            for (Result r : runs) {
                requests += r.requests;
                errors += r.errors;
                seconds += r.seconds;
                all.addAll(r.latencies);
                firstError = firstError == null ? r.firstError : firstError;
                r.byKind.forEach((kind, latencies) -> byKind.computeIfAbsent(kind, k -> new Latencies()).addAll(latencies));
            }
            return new Result(requests, errors, seconds, all, firstError, Map.copyOf(byKind));
        }
    }

    private final HttpClient client;
    private final int concurrency;

    public LoadGenerator(int concurrency) {
        this.concurrency = concurrency;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /**
     * Runs the load: {@code requestFor} gives the i-th request (shared counter, so a fixed mix is cycled in
     * order across workers). Stops after {@code maxRequests} or {@code maxTime}, whichever comes first.
     */
    public Result run(LongFunction<URI> requestFor, String accept, long maxRequests, Duration maxTime) throws InterruptedException {
        return run(requestFor, i -> null, accept, maxRequests, maxTime);
    }

    /**
     * As {@link #run(LongFunction, String, long, Duration)}, also keeping each successful request's latency
     * under {@code kindOf} of its index (null: counted in the total only).
     */
    public Result run(LongFunction<URI> requestFor, LongFunction<String> kindOf, String accept, long maxRequests,
                      Duration maxTime) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + maxTime.toNanos();
        List<Latencies> perWorker = new ArrayList<>();
        List<Map<String, Latencies>> perWorkerKinds = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        String[] firstError = new String[1];
        long start = System.nanoTime();
        for (int w = 0; w < concurrency; w++) {
            Latencies mine = new Latencies();
            perWorker.add(mine);
            Map<String, Latencies> mineByKind = new HashMap<>();
            perWorkerKinds.add(mineByKind);
            Thread t = new Thread(() -> {
                long i;
                while ((i = next.getAndIncrement()) < maxRequests && System.nanoTime() < deadline) {
                    HttpRequest request = HttpRequest.newBuilder(requestFor.apply(i))
                            .header("Accept", accept).timeout(Duration.ofSeconds(60)).GET().build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        long elapsed = System.nanoTime() - t0;
                        if (response.statusCode() / 100 == 2) {
                            mine.add(elapsed);
                            String kind = kindOf.apply(i);
                            if (kind != null) {
                                mineByKind.computeIfAbsent(kind, k -> new Latencies()).add(elapsed);
                            }
                        } else {
                            recordError(errors, firstError, "HTTP " + response.statusCode() + " for " + request.uri());
                        }
                    } catch (java.io.IOException e) {
                        recordError(errors, firstError, e.toString());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "load-" + w);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) {
            t.join();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Latencies all = new Latencies();
        perWorker.forEach(all::addAll);
        Map<String, Latencies> byKind = new HashMap<>();
        for (Map<String, Latencies> worker : perWorkerKinds) {
            worker.forEach((kind, latencies) -> byKind.computeIfAbsent(kind, k -> new Latencies()).addAll(latencies));
        }
        return new Result(all.count(), errors.get(), seconds, all, firstError[0], Map.copyOf(byKind));
    }

    private static void recordError(AtomicLong errors, String[] firstError, String what) {
        errors.incrementAndGet();
        synchronized (firstError) {
            if (firstError[0] == null) {
                firstError[0] = what;
            }
        }
    }
}
