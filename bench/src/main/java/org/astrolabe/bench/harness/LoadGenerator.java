package org.astrolabe.bench.harness;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A closed-loop HTTP load generator: a fixed number of clients each send one request, wait for the whole
 * response, and send the next, until a request count or a time limit is reached. Latency is measured per
 * request from send to the last byte of the body, and kept per kind of request when the caller names kinds
 * (a mix of queries), so that a tail can be traced to the requests that make it. The runs of one instance
 * follow one another (a warm-up, then the measured run); they do not overlap.
 *
 * <p>The clients are driven asynchronously: one HTTP client (Jetty's; one connection per client, kept alive, as
 * HTTP/1.1 allows one request at a time on a connection) has exactly {@code concurrency} requests in flight,
 * and each completed response sends that client's next request. Every connection is served by one selector
 * thread and the completions by a small pool ({@value #THREADS} threads at most), so the load generator adds a
 * few runnable threads to the machine, not one per client: on a machine with few cores, one blocked thread per
 * client would compete with the server under test for the CPU, and its scheduling would show in the measured
 * latency. The requests are those a plain client sends: GET with an {@code Accept} header, no
 * {@code Accept-Encoding} (answers arrive uncompressed, every byte read), redirects not followed. The
 * connections are kept from one run to the next (the warm-up's serve the measured run); {@link #close()} closes
 * them and stops the threads.
 */
public final class LoadGenerator implements AutoCloseable {

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

    /** The client's threads: the selector and the completions of the responses it reads. */
    private static final int THREADS = 4;

    private final int concurrency;
    private final HttpClient client;

    public LoadGenerator(int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("At least one client: " + concurrency);
        }
        this.concurrency = concurrency;
        QueuedThreadPool threads = new QueuedThreadPool(THREADS, 1);
        threads.setName("load-generator");
        threads.setDaemon(true);
        threads.setReservedThreads(0);
        ClientConnector connector = new ClientConnector();
        connector.setSelectors(1);
        connector.setExecutor(threads);
        client = new HttpClient(new HttpClientTransportOverHTTP(connector));
        client.setExecutor(threads);
        client.setMaxConnectionsPerDestination(concurrency);
        client.setConnectTimeout(5_000);
        client.setFollowRedirects(false);
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("The load generator's HTTP client did not start", e);
        }
        // Without decoders the client sends no Accept-Encoding (it adds gzip's when it starts).
        client.getContentDecoderFactories().clear();
    }

    /**
     * Runs the load: {@code requestFor} gives the i-th request (shared counter, so a fixed mix is cycled in
     * order across clients). Stops after {@code maxRequests} or {@code maxTime}, whichever comes first.
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
        Run run = new Run(requestFor, kindOf, accept, maxRequests, System.nanoTime() + maxTime.toNanos());
        long start = System.nanoTime();
        try {
            for (Client c : run.clients) {
                run.sendNext(c);
            }
            run.done.await();
        } finally {
            run.stopped = true; // an interrupted run's clients send nothing more
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Latencies all = new Latencies();
        Map<String, Latencies> byKind = new HashMap<>();
        for (Client c : run.clients) {
            all.addAll(c.latencies);
            c.byKind.forEach((kind, latencies) -> byKind.computeIfAbsent(kind, k -> new Latencies()).addAll(latencies));
        }
        return new Result(all.count(), run.errors.get(), seconds, all, run.firstError[0], Map.copyOf(byKind));
    }

    /**
     * One client of the closed loop: at most one request in flight. Its latencies are written only by the
     * completion of its own requests, one after the other (each completion sends the next request), and read
     * after the run.
     */
    private static final class Client {
        final Latencies latencies = new Latencies();
        final Map<String, Latencies> byKind = new HashMap<>();
    }

    /** The state of one run: the shared request counter, the clients, and the count of clients still going. */
    private final class Run {
        final LongFunction<URI> requestFor;
        final LongFunction<String> kindOf;
        final String accept;
        final long maxRequests;
        final long deadline;
        final AtomicLong next = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        final String[] firstError = new String[1];
        final List<Client> clients = new ArrayList<>();
        final CountDownLatch done = new CountDownLatch(concurrency);
        volatile boolean stopped;

        Run(LongFunction<URI> requestFor, LongFunction<String> kindOf, String accept, long maxRequests, long deadline) {
            this.requestFor = requestFor;
            this.kindOf = kindOf;
            this.accept = accept;
            this.maxRequests = maxRequests;
            this.deadline = deadline;
            for (int c = 0; c < concurrency; c++) {
                clients.add(new Client());
            }
        }

        /** Sends the client's next request, or counts the client as finished when the run is over. */
        void sendNext(Client c) {
            long i;
            if (stopped || (i = next.getAndIncrement()) >= maxRequests || System.nanoTime() >= deadline) {
                done.countDown();
                return;
            }
            Request request;
            try {
                request = client.newRequest(requestFor.apply(i)).method(HttpMethod.GET)
                        .headers(h -> h.put(HttpHeader.ACCEPT, accept)).timeout(60, TimeUnit.SECONDS);
            } catch (RuntimeException e) {
                recordError(errors, firstError, e.toString());
                client.getExecutor().execute(() -> sendNext(c));
                return;
            }
            long t0 = System.nanoTime();
            request.send(new Response.Listener() {
                @Override
                public void onContent(Response response, ByteBuffer content) {
                    content.position(content.limit()); // read to the last byte; nothing keeps it
                }

                @Override
                public void onComplete(org.eclipse.jetty.client.Result result) {
                    long elapsed = System.nanoTime() - t0;
                    if (result.isFailed()) {
                        recordError(errors, firstError, result.getFailure().toString());
                    } else if (result.getResponse().getStatus() / 100 == 2) {
                        c.latencies.add(elapsed);
                        String kind = kindOf.apply(i);
                        if (kind != null) {
                            c.byKind.computeIfAbsent(kind, k -> new Latencies()).add(elapsed);
                        }
                    } else {
                        recordError(errors, firstError, "HTTP " + result.getResponse().getStatus() + " for " + request.getURI());
                    }
                    // A refused connection fails inside send(), on this thread: after a failure the next request is
                    // sent from the pool, so that failures in a row do not nest one call each.
                    if (result.isFailed()) {
                        client.getExecutor().execute(() -> sendNext(c));
                    } else {
                        sendNext(c);
                    }
                }
            });
        }
    }

    /** Closes the connections and stops the client's threads. */
    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception e) {
            throw new IllegalStateException("The load generator's HTTP client did not stop", e);
        }
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
