package org.astrolabe.bench.harness;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;

/**
 * Two servers, both running, measured on the same fixed sequence of requests in short alternating phases
 * (A B B A A B B A ...) instead of one after the other. On a machine whose load changes while it is measured
 * (other work sharing the cores), one long phase each gives the two servers different machines; alternating
 * phases give both the same, and the A B B A order cancels a load that rises or falls steadily.
 */
public final class AlternatingPhases {
    /**
     * One server under test.
     *
     * @param request the i-th request of the sequence, for this server
     * @param jvm     its process (for its uptime, which its GC log counts in)
     * @param gcLog   its GC log ({@link GcLog#option}), read for the pauses of its measured phases
     */
    public record Server(String name, LongFunction<URI> request, ChildJvm jvm, Path gcLog) {}

    /** What one server's phases measured together, and its JVM's GC pauses during them. */
    public record Measured(LoadGenerator.Result result, GcLog.Pauses pauses) {}

    private final int clients;
    private final LongFunction<String> kindOf;
    private final String accept;

    /** @param kindOf the kind of the i-th request of the sequence, for the per-kind latencies */
    public AlternatingPhases(int clients, LongFunction<String> kindOf, String accept) {
        this.clients = clients;
        this.kindOf = kindOf;
        this.accept = accept;
    }

    /** Which server (0: the first, 1: the second) the phase with this index measures: A B B A A B B A ... */
    static int serverOf(int phase) {
        return ((phase + 1) / 2) % 2;
    }

    /**
     * Measures each server for {@code phasesEach} phases of {@code phase} each. Each server's phases continue
     * its sequence where its previous phase stopped, so that together they send it what one long phase would.
     *
     * @param log told which phase is starting
     * @return the first server's figures, then the second's
     */
    public List<Measured> measure(Server a, Server b, int phasesEach, Duration phase, Consumer<String> log)
            throws InterruptedException, IOException {
        List<Server> servers = List.of(a, b);
        List<List<LoadGenerator.Result>> results = List.of(new ArrayList<>(), new ArrayList<>());
        List<GcLog.Pauses> pauses = new ArrayList<>(List.of(new GcLog.Pauses(0, 0, 0), new GcLog.Pauses(0, 0, 0)));
        long[] sent = new long[2];
        try (LoadGenerator load = new LoadGenerator(clients)) {
            measurePhases(load, servers, results, pauses, sent, phasesEach, phase, log);
        }
        return List.of(new Measured(LoadGenerator.Result.combine(results.get(0)), pauses.get(0)),
                new Measured(LoadGenerator.Result.combine(results.get(1)), pauses.get(1)));
    }

    private void measurePhases(LoadGenerator load, List<Server> servers, List<List<LoadGenerator.Result>> results,
                               List<GcLog.Pauses> pauses, long[] sent, int phasesEach, Duration phase, Consumer<String> log)
            throws InterruptedException, IOException {
        for (int p = 0; p < 2 * phasesEach; p++) {
            int which = serverOf(p);
            Server server = servers.get(which);
            long offset = sent[which];
            log.accept("phase " + (p + 1) + " of " + 2 * phasesEach + ": " + server.name());
            // The child's GC log counts from JVM start, a few milliseconds after the process start measured here.
            double from = server.jvm().secondsSinceStart();
            LoadGenerator.Result r = load.run(i -> server.request().apply(offset + i), i -> kindOf.apply(offset + i),
                    accept, 1_000_000, phase);
            double to = server.jvm().secondsSinceStart();
            sent[which] += r.requests() + r.errors();
            results.get(which).add(r);
            GcLog.Pauses inPhase = Files.exists(server.gcLog())
                    ? GcLog.pauses(server.gcLog(), from, to) : new GcLog.Pauses(0, Double.NaN, Double.NaN);
            pauses.set(which, pauses.get(which).plus(inPhase));
        }
    }
}
