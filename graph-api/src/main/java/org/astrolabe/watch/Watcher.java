package org.astrolabe.watch;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.extractor.ingest.IngestOptions;
import org.astrolabe.extractor.ingest.Ingestor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the store current with its sources: polls each source every {@link SourceSpec#interval()} on a
 * small pool of threads (one poll of a source at a time), through one {@link PoliteFetcher}, and reports
 * every poll to its listener. State lives in the store ({@link WatchState}), so a new watcher over the same
 * store resumes.
 *
 * <p>Thread-safe. {@link #close()} cancels the polls and stops the fetcher, so a running poll stops at its
 * next request (what it committed stays), and waits for them; threads are never interrupted, since an
 * interrupt inside a store write would close the store's files. The store belongs to the caller.
 */
public final class Watcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Watcher.class);
    /** The most recent stored items shown per source in {@link #status()}. */
    private static final int LATEST = 5;

    /** Told about each poll and each stored document; called from the polling threads. */
    public interface Listener {
        void pollDone(PollReport report);

        default void documentStored(String documentIri) {
        }
    }

    /** A source with its state, for {@code GET /api/sources}. */
    public record SourceStatus(SourceSpec spec, SourceState state, WatchState.Summary summary) {}

    private final WatchState state;
    private final PoliteFetcher fetcher;
    private final SourcePoller poller;
    private final Listener listener;
    private final WatchCounters counters = new WatchCounters();
    private final ScheduledExecutorService scheduler;
    private final Map<String, Scheduled> sources = new LinkedHashMap<>();
    private volatile boolean closed;

    private record Scheduled(SourceSpec spec, ReentrantLock lock, ScheduledFuture<?> future) {}

    /**
     * @param threads polls that may run at once (of different sources)
     */
    public Watcher(GraphStore store, ArticleExtractor extractor, Iris iris, FetchPolicy policy, int threads, Listener listener) {
        this.state = new WatchState(store, iris);
        this.fetcher = new PoliteFetcher(policy);
        this.listener = listener;
        Ingestor ingestor = new Ingestor(store, extractor, IngestOptions.defaults().withThreads(1).withBatchSize(1));
        this.poller = new SourcePoller(fetcher, state, ingestor, iris, Clock.systemUTC(), counters, listener::documentStored);
        AtomicInteger n = new AtomicInteger();
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(threads, r -> {
            Thread t = new Thread(r, "astrolabe-watch-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        pool.setRemoveOnCancelPolicy(true);
        this.scheduler = pool;
    }

    /** Starts polling a source: at once, then every interval. A source with the URL of a watched one replaces it. */
    public synchronized void add(SourceSpec spec) {
        requireOpen();
        remove(spec.url(), false);
        ReentrantLock lock = new ReentrantLock();
        ScheduledFuture<?> future = scheduler.scheduleWithFixedDelay(() -> pollLogged(spec, lock), 0,
                spec.interval().toMillis(), TimeUnit.MILLISECONDS);
        sources.put(spec.url(), new Scheduled(spec, lock, future));
    }

    /** Registers a source without scheduling it: {@link #pollNow} polls it (for one-shot runs). */
    public synchronized void addUnscheduled(SourceSpec spec) {
        requireOpen();
        remove(spec.url(), false);
        sources.put(spec.url(), new Scheduled(spec, new ReentrantLock(), null));
    }

    /**
     * Stops watching a source and forgets its state (its articles stay stored).
     *
     * @return false if no source has this URL or name
     */
    public synchronized boolean remove(String urlOrName) {
        return remove(urlOrName, true);
    }

    private boolean remove(String urlOrName, boolean forget) {
        Optional<Scheduled> found = find(urlOrName);
        if (found.isEmpty()) {
            return false;
        }
        Scheduled s = found.get();
        if (s.future != null) {
            s.future.cancel(false);
        }
        sources.remove(s.spec.url());
        if (forget) {
            s.lock.lock();
            try {
                state.forget(s.spec);
            } finally {
                s.lock.unlock();
            }
        }
        return true;
    }

    public synchronized List<SourceSpec> sources() {
        return sources.values().stream().map(Scheduled::spec).toList();
    }

    public synchronized Optional<SourceSpec> source(String urlOrName) {
        return find(urlOrName).map(Scheduled::spec);
    }

    /** Polls a watched source now, on the calling thread (waiting for a poll of it in progress). */
    public PollReport pollNow(String urlOrName) throws InterruptedException {
        Scheduled s;
        synchronized (this) {
            requireOpen();
            s = find(urlOrName).orElseThrow(() -> new IllegalArgumentException("No source " + urlOrName));
        }
        s.lock.lockInterruptibly();
        try {
            PollReport report = poller.poll(s.spec);
            listener.pollDone(report);
            return report;
        } finally {
            s.lock.unlock();
        }
    }

    /** Every source with its state and item counts, in the order they were added. */
    public List<SourceStatus> status() {
        List<SourceStatus> out = new ArrayList<>();
        for (SourceSpec spec : sources()) {
            out.add(new SourceStatus(spec, state.source(spec), state.summary(spec, LATEST)));
        }
        return out;
    }

    public WatchCounters counters() {
        return counters;
    }

    /** HTTP requests sent to sources so far. */
    public long requests() {
        return fetcher.requests();
    }

    /** URLs left unfetched because robots.txt forbids them. */
    public long robotsRefusals() {
        return fetcher.robotsRefusals();
    }

    public WatchState state() {
        return state;
    }

    private void pollLogged(SourceSpec spec, ReentrantLock lock) {
        if (closed || !lock.tryLock()) {
            return;
        }
        try {
            listener.pollDone(poller.poll(spec));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // A poll must never end the schedule: the next one runs at its time.
            if (!closed) {
                LOG.warn("Poll of {} failed: {}", spec.name(), e.toString(), e);
                listener.pollDone(new PollReport(spec.name(), 0, 0, 0, 0, 0, 0, 0, 0, false, "internal error: " + e, Duration.ZERO));
            }
        } finally {
            lock.unlock();
        }
    }

    private Optional<Scheduled> find(String urlOrName) {
        Scheduled byUrl = sources.get(urlOrName);
        if (byUrl != null) {
            return Optional.of(byUrl);
        }
        return sources.values().stream().filter(s -> s.spec.name().equals(urlOrName)).findFirst();
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("The watcher is closed");
        }
    }

    /** Stops polling and waits (up to 30 s) for the polls in progress to stop. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        fetcher.stop();
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.warn("A poll did not stop within 30 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        fetcher.close();
    }
}
