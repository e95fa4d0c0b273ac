package org.astrolabe.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.DocumentSummary;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.InMemoryGraphStore;
import org.astrolabe.ontology.NIF;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The watcher against {@link MisbehavingSite}, a real HTTP server on loopback: every article stored once,
 * nothing robots.txt forbids fetched, the per-host rate and concurrency limits held (measured from the
 * server's request log), bad pages and feeds cost only themselves, state resumes in a new watcher, and no
 * thread is left behind.
 */
class WatcherTest {
    private static final Duration HOST_INTERVAL = Duration.ofMillis(100);
    private static final FetchPolicy POLICY = FetchPolicy.defaults()
            .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2))
            .withMaxBytes(1024 * 1024)
            .withRetries(2, Duration.ofMillis(100), Duration.ofSeconds(5))
            .withHostLimits(HOST_INTERVAL, 2);

    private final Iris iris = Iris.defaults();
    private MisbehavingSite site;
    private GraphStore store;
    private final List<PollReport> reports = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() {
        site = new MisbehavingSite();
        store = InMemoryGraphStore.create();
    }

    @AfterEach
    void stop() {
        site.close();
        store.close();
    }

    private Watcher watcher(CountingExtractor extractor) {
        return new Watcher(store, extractor, iris, POLICY, 2, new Watcher.Listener() {
            @Override
            public void pollDone(PollReport report) {
                reports.add(report);
            }
        });
    }

    @Test
    void misbehavingSiteEveryArticleOnceNothingForbiddenLimitsHeld() throws Exception {
        CountingExtractor extractor = new CountingExtractor();
        SourceSpec feed = SourceSpec.of("misbehaving", site.url("/feed.xml"));
        PollReport first;
        try (Watcher watcher = watcher(extractor)) {
            watcher.addUnscheduled(feed);
            first = watcher.pollNow(feed.url());
        }
        // a/1 and a-dup/1 share a canonical URL; a/2 and copy/2 share a text: one document each.
        // Stored: a/1, a/2, a/3 (after two redirects), flaky (after a 429), latin1.
        assertThat(first.error()).isNull();
        assertThat(first.stored()).isEqualTo(5);
        assertThat(extractor.extractions()).isEqualTo(5);
        assertThat(extractor.mostExtractionsOfOneText()).isEqualTo(1);
        assertThat(store.documents(0, 100)).hasSize(5);
        assertThat(store.documents(0, 100).stream().map(DocumentSummary::url).collect(Collectors.toSet()))
                .contains(site.url("/a/1"), site.url("/a/2"), site.url("/a/3"), site.url("/flaky"), site.url("/latin1"));

        assertThat(site.paths()).noneMatch(p -> p.startsWith("/private/"));
        assertThat(site.count("/robots.txt")).isEqualTo(1);
        assertThat(site.count("/error")).as("a 500 is retried maxRetries times").isEqualTo(3);
        assertThat(site.count("/flaky")).isEqualTo(2);
        assertThat(site.count("/loop/1")).isEqualTo(1);
        assertThat(site.hugeBytesSent.get()).as("the 50 MB page is cut off near the 1 MB limit").isLessThan(20L * 1024 * 1024);

        Map<String, ItemRecord> items = new WatchState(store, iris).items(feed);
        assertThat(items.get(site.url("/loop/1")).error()).contains("redirect loop");
        assertThat(items.get(site.url("/gone")).state()).isEqualTo(ItemState.GONE);
        assertThat(items.get(site.url("/gone410")).state()).isEqualTo(ItemState.GONE);
        assertThat(items.get(site.url("/error")).state()).isEqualTo(ItemState.FAILED);
        assertThat(items.get(site.url("/slow")).state()).isEqualTo(ItemState.FAILED);
        assertThat(items.get(site.url("/slow")).error()).contains("no complete answer");
        assertThat(items.get(site.url("/huge")).state()).isEqualTo(ItemState.REFUSED);
        assertThat(items.get(site.url("/report.pdf")).state()).isEqualTo(ItemState.REFUSED);
        assertThat(items.get(site.url("/private/secret")).state()).isEqualTo(ItemState.FORBIDDEN);
        assertThat(items.get(site.url("/a-dup/1")).documents()).isEqualTo(items.get(site.url("/a/1")).documents());
        assertThat(items.get(site.url("/copy/2")).state()).isEqualTo(ItemState.DUPLICATE);

        String latin = text(items.get(site.url("/latin1")).documents().get(0));
        assertThat(latin).contains("Montréal", "études spatiales", "québécoise");
        String doc1 = items.get(site.url("/a/1")).documents().get(0);
        assertThat(issued(doc1)).isEqualTo("2025-06-02T09:30:00Z");

        assertRateAndConcurrencyHeld();
    }

    @Test
    void aChangedFeedReplacesTheChangedArticleOnlyAndAnUnchangedOneAnswers304() throws Exception {
        CountingExtractor extractor = new CountingExtractor();
        SourceSpec feed = SourceSpec.of("misbehaving", site.url("/feed.xml"));
        try (Watcher watcher = watcher(extractor)) {
            watcher.addUnscheduled(feed);
            watcher.pollNow(feed.url());
        }
        int afterFirst = extractor.extractions();
        site.generation.set(2);
        // A new watcher on the same store: the state in the store is all it knows.
        PollReport second;
        List<PollReport> later = new ArrayList<>();
        try (Watcher watcher = watcher(extractor)) {
            watcher.addUnscheduled(feed);
            second = watcher.pollNow(feed.url());
            // The lasting 500, the page that never finishes and the redirect loop are tried at the next polls
            // (three attempts in all), the listing read in full meanwhile; then the feed's ETag brings a 304.
            for (int i = 0; i < 4 && (later.isEmpty() || !later.get(later.size() - 1).notModified()); i++) {
                later.add(watcher.pollNow(feed.url()));
            }
        }
        assertThat(second.replaced()).isEqualTo(1);
        assertThat(second.stored()).isEqualTo(1);
        assertThat(extractor.extractions()).isEqualTo(afterFirst + 2);
        assertThat(extractor.mostExtractionsOfOneText()).isEqualTo(1);
        assertThat(later.get(0).notModified()).isFalse();
        assertThat(later.get(0).failed()).isEqualTo(3);
        assertThat(later.get(later.size() - 1).notModified()).isTrue();
        assertThat(later).hasSizeLessThanOrEqualTo(3);
        assertThat(site.count("/error")).as("three attempts of three requests each").isEqualTo(9);
        assertThat(store.documents(0, 100)).hasSize(6);
        String doc1 = new WatchState(store, iris).items(feed).get(site.url("/a/1")).documents().get(0);
        assertThat(text(doc1)).contains("slipped by a week");
        assertThat(issued(doc1)).isEqualTo("2025-06-03T10:00:00Z");
    }

    @Test
    void aMalformedFeedFailsItsPollsWhileTheWatcherKeepsGoingAndLeavesNoThread() throws Exception {
        Set<Thread> before = Set.copyOf(Thread.getAllStackTraces().keySet());
        CountingExtractor extractor = new CountingExtractor();
        SourceSpec broken = SourceSpec.of("broken", site.url("/broken.xml")).withInterval(Duration.ofSeconds(1));
        watchBothUntilEachPolledAFewTimes(extractor, broken);
        assertThat(extractor.mostExtractionsOfOneText()).isEqualTo(1);
        // The JDK client's selector thread waits for the connections the site still holds open (the page
        // that never finishes): closing the site ends them.
        site.close();
        assertNoThreadLeft(before);
    }

    /** In a method of its own, so that no frame of the test keeps the closed watcher (and its HTTP client) reachable. */
    private void watchBothUntilEachPolledAFewTimes(CountingExtractor extractor, SourceSpec broken) throws InterruptedException {
        try (Watcher watcher = watcher(extractor)) {
            watcher.add(broken);
            watcher.add(SourceSpec.of("misbehaving", site.url("/feed.xml")).withInterval(Duration.ofSeconds(1)));
            long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (System.nanoTime() < deadline
                    && (reports.stream().filter(r -> r.source().equals("broken")).count() < 3
                    || reports.stream().filter(r -> r.source().equals("misbehaving")).count() < 2)) {
                Thread.sleep(100);
            }
            assertThat(reports.stream().filter(r -> r.source().equals("broken")).toList())
                    .hasSizeGreaterThanOrEqualTo(3).allSatisfy(r -> assertThat(r.error()).contains("not a readable feed"));
            assertThat(reports.stream().filter(r -> r.source().equals("misbehaving")).count()).isGreaterThanOrEqualTo(2);
            Watcher.SourceStatus status = watcher.status().get(0);
            assertThat(status.state().failures()).isGreaterThanOrEqualTo(3);
            assertThat(status.state().lastError()).contains("not a readable feed");
        }
    }

    private void assertRateAndConcurrencyHeld() {
        List<MisbehavingSite.Hit> hits;
        synchronized (site.hits) {
            hits = new ArrayList<>(site.hits);
        }
        hits.sort((a, b) -> Long.compare(a.nanos(), b.nanos()));
        // Request starts are spaced on the client; arrivals jitter by the network path and a busy machine (the
        // first request of a fresh client arrives tens of milliseconds after it was started), so one gap may be
        // short by that much, but no window of requests may be: any five consecutive requests span four
        // intervals. Without the limit the gaps are a few milliseconds.
        long slack = Duration.ofMillis(60).toNanos();
        for (int i = 1; i < hits.size(); i++) {
            long gap = hits.get(i).nanos() - hits.get(i - 1).nanos();
            assertThat(gap).as("gap before request %d (%s)", i, hits.get(i).path()).isGreaterThanOrEqualTo(HOST_INTERVAL.toNanos() / 4);
        }
        int window = 5;
        for (int i = 0; i + window - 1 < hits.size(); i++) {
            long span = hits.get(i + window - 1).nanos() - hits.get(i).nanos();
            assertThat(span).as("span of requests %d to %d", i, i + window - 1)
                    .isGreaterThanOrEqualTo((window - 1) * HOST_INTERVAL.toNanos() - slack);
        }
        long span = hits.get(hits.size() - 1).nanos() - hits.get(0).nanos();
        assertThat(span).as("span of %d requests", hits.size()).isGreaterThanOrEqualTo((hits.size() - 1) * HOST_INTERVAL.toNanos() - slack);
        assertThat(site.maxInFlight.get()).isLessThanOrEqualTo(2);
    }

    /** Threads the test started and did not end; the JDK client's selector thread ends once the client is collected. */
    private static void assertNoThreadLeft(Set<Thread> before) throws InterruptedException {
        List<Thread> left = List.of();
        for (int i = 0; i < 100; i++) {
            System.gc();
            left = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).filter(t -> !before.contains(t))
                    .filter(t -> t.getName().startsWith("astrolabe-") || t.getName().startsWith("HttpClient")).toList();
            if (left.isEmpty()) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(left).as("threads left running").isEmpty();
    }

    private String text(String documentIri) {
        return store.read(ds -> {
            Node g = NodeFactory.createURI(documentIri);
            return ds.asDatasetGraph().find(g, g, NIF.isString.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
        });
    }

    private String issued(String documentIri) {
        return store.read(ds -> {
            Node g = NodeFactory.createURI(documentIri);
            var it = ds.asDatasetGraph().find(g, g, DCTerms.issued.asNode(), Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
        });
    }
}
