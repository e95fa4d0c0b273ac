package org.astrolabe.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.PutOutcome;
import org.astrolabe.extractor.ingest.ArticleOutcome;
import org.astrolabe.extractor.ingest.Ingestor;
import org.astrolabe.extractor.input.ArticleSources;
import org.astrolabe.extractor.input.ReadResult;

/**
 * One poll of one source: reads its listing (conditionally), then each item not handled before (or changed
 * since) is fetched, read with the same readers as {@code astrolabe ingest}, checked against the keyword
 * filter and the texts already stored, and ingested; what became of it is recorded in the sources graph.
 *
 * <p>Exactly once: an article is identified by its canonical URL (its document IRI) and its text hash.
 * The ingestor does not extract an article whose text the store holds from this extractor version; an
 * article whose text another document already holds is not stored again; a changed text under the same
 * URL replaces its graph. The item's record is written after its articles are committed, so a crash in
 * between costs a fetch at the next start, never a second extraction of a committed article.
 */
final class SourcePoller {
    /** A failing item is tried at this many polls, then left until the source lists a new version of it. */
    static final int MAX_ATTEMPTS = 3;
    /** Sitemaps read from one sitemap index, at most. */
    static final int MAX_SITEMAPS = 50;

    /** Told about every document stored, so a server can refresh its search index. */
    interface DocumentListener {
        void stored(String documentIri);
    }

    private final PoliteFetcher fetcher;
    private final WatchState state;
    private final Ingestor ingestor;
    private final Iris iris;
    private final Clock clock;
    private final WatchCounters counters;
    private final DocumentListener documents;

    SourcePoller(PoliteFetcher fetcher, WatchState state, Ingestor ingestor, Iris iris, Clock clock, WatchCounters counters,
                 DocumentListener documents) {
        this.fetcher = fetcher;
        this.state = state;
        this.ingestor = ingestor;
        this.iris = iris;
        this.clock = clock;
        this.counters = counters;
        this.documents = documents;
    }

    /** Polls once; never throws for a misbehaving source (that is a failed report). */
    PollReport poll(SourceSpec spec) throws InterruptedException {
        long start = System.nanoTime();
        Tally tally = new Tally();
        SourceState before = state.source(spec);
        Map<String, ItemRecord> known = state.items(spec);
        Instant now = clock.instant();
        counters.polls.incrementAndGet();
        // While items wait for another attempt, the listing is read in full: a 304 would leave them waiting.
        boolean retriesPending = known.values().stream().anyMatch(r -> r.state() == ItemState.FAILED && r.attempts() < MAX_ATTEMPTS);
        FetchResult listing = retriesPending
                ? fetcher.fetch(spec.url(), PoliteFetcher.Purpose.LISTING, null, null)
                : fetcher.fetch(spec.url(), PoliteFetcher.Purpose.LISTING, before.etag(), before.lastModified());
        if (fetcher.stopped()) {
            return tally.report(spec, false, "stopped", start);
        }
        if (listing.outcome() == FetchResult.Outcome.NOT_MODIFIED) {
            state.recordPoll(spec, new SourceState(before.etag(), before.lastModified(), now, now, 0, null, before.polls() + 1));
            return tally.report(spec, true, null, start);
        }
        List<FeedItem> items;
        try {
            if (!listing.ok()) {
                throw new IllegalArgumentException(listing.describe());
            }
            items = items(spec, listing);
        } catch (IllegalArgumentException e) {
            counters.pollFailures.incrementAndGet();
            state.recordPoll(spec, new SourceState(before.etag(), before.lastModified(), now, before.lastSuccess(),
                    before.failures() + 1, e.getMessage(), before.polls() + 1));
            return tally.report(spec, false, e.getMessage(), start);
        }
        for (FeedItem item : items) {
            if (fetcher.stopped()) {
                return tally.report(spec, false, "stopped", start);
            }
            if (!spec.follows(item.url())) {
                tally.filtered++;
                continue;
            }
            tally.listed++;
            ItemRecord seen = known.get(item.url());
            if (seen != null && seen.version().equals(item.version())
                    && (seen.state().settled() || seen.attempts() >= MAX_ATTEMPTS)) {
                tally.known++;
                continue;
            }
            handle(spec, item, seen, tally);
        }
        counters.itemsListed.addAndGet(tally.listed);
        state.recordPoll(spec, new SourceState(listing.etag(), listing.lastModified(), now, now, 0, null, before.polls() + 1));
        return tally.report(spec, false, null, start);
    }

    /** The listing's items, in order, each URL once; a sitemap index's sitemaps are read in turn. */
    private List<FeedItem> items(SourceSpec spec, FetchResult listing) throws InterruptedException {
        SourceListing first = SourceParser.parse(listing.body(), listing.contentType(), listing.finalUrl(), spec.kind());
        Map<String, FeedItem> byUrl = new LinkedHashMap<>();
        first.items().forEach(i -> byUrl.putIfAbsent(i.url(), i));
        List<String> sitemaps = new ArrayList<>(first.sitemaps());
        for (int i = 0; i < sitemaps.size() && i < MAX_SITEMAPS; i++) {
            FetchResult child = fetcher.fetch(sitemaps.get(i), PoliteFetcher.Purpose.LISTING, null, null);
            if (!child.ok()) {
                continue;
            }
            try {
                SourceListing read = SourceParser.parse(child.body(), child.contentType(), child.finalUrl(), SourceSpec.Kind.SITEMAP);
                read.items().forEach(item -> byUrl.putIfAbsent(item.url(), item));
                sitemaps.addAll(read.sitemaps());
            } catch (IllegalArgumentException e) {
                // One unreadable sitemap of an index does not hide the others.
            }
        }
        return new ArrayList<>(byUrl.values());
    }

    private void handle(SourceSpec spec, FeedItem item, ItemRecord seen, Tally tally) throws InterruptedException {
        FetchResult page = fetcher.fetch(item.url(), PoliteFetcher.Purpose.PAGE, null, null);
        if (fetcher.stopped()) {
            return;
        }
        if (!page.ok()) {
            ItemState outcome = ItemState.of(page.outcome());
            record(spec, item, seen, outcome, List.of(), page.describe(), tally);
            return;
        }
        ReadResult read;
        try {
            read = ArticleSources.parse(page.body(), page.contentType() == null ? "text/html" : page.contentType(),
                    page.finalUrl(), page.finalUrl());
        } catch (RuntimeException e) {
            record(spec, item, seen, ItemState.FAILED, List.of(), "unreadable page: " + e.getMessage(), tally);
            return;
        }
        if (read.articles().isEmpty()) {
            record(spec, item, seen, ItemState.EMPTY, List.of(), read.problems().isEmpty() ? "no article text" : read.problems().get(0).toString(), tally);
            return;
        }
        List<Article> articles = withPageUrl(read.articles(), page.finalUrl());
        String allText = String.join("\n", articles.stream().map(Article::text).toList());
        if (!spec.wants(articles.get(0).title() != null ? articles.get(0).title() : item.title(), allText)) {
            record(spec, item, seen, ItemState.FILTERED, List.of(), null, tally);
            return;
        }
        List<String> stored = new ArrayList<>();
        String failure = null;
        boolean duplicateOnly = true;
        for (Article article : articles) {
            String iri = iris.document(article);
            Optional<String> same = state.documentWithText(Iris.contentHash(article.text()), iri);
            if (same.isPresent()) {
                tally.duplicates++;
                counters.duplicates.incrementAndGet();
                continue;
            }
            duplicateOnly = false;
            ArticleOutcome outcome = ingestor.ingest(article);
            if (outcome.failed()) {
                failure = outcome.error();
                continue;
            }
            stored.add(outcome.documentIri());
            if (outcome.foundStored() || outcome.change() == PutOutcome.Change.UNCHANGED) {
                tally.unchanged++;
            } else if (outcome.change() == PutOutcome.Change.REPLACED) {
                tally.replaced++;
                counters.replaced.incrementAndGet();
            } else {
                tally.stored++;
                counters.stored.incrementAndGet();
            }
        }
        ItemState outcome = failure != null ? ItemState.FAILED : duplicateOnly ? ItemState.DUPLICATE : ItemState.STORED;
        record(spec, item, seen, outcome, stored, failure, tally);
        stored.forEach(documents::stored);
    }

    /** The page's first article takes the page's address when the page names no canonical URL. */
    private static List<Article> withPageUrl(List<Article> articles, String pageUrl) {
        List<Article> out = new ArrayList<>(articles);
        Article first = out.get(0);
        if (first.urlIfPresent().isEmpty()) {
            out.set(0, new Article(first.source(), pageUrl, first.title(), first.date(), first.text()));
        }
        return out;
    }

    private void record(SourceSpec spec, FeedItem item, ItemRecord seen, ItemState outcome, List<String> docs, String error, Tally tally) {
        if (outcome == ItemState.FAILED) {
            tally.failed++;
            counters.itemFailures.incrementAndGet();
        } else if (outcome == ItemState.FILTERED) {
            tally.filtered++;
        } else if (outcome != ItemState.STORED && outcome != ItemState.DUPLICATE) {
            tally.failed++;
        }
        int attempts = outcome == ItemState.FAILED ? (seen == null || !seen.version().equals(item.version()) ? 1 : seen.attempts() + 1) : 0;
        state.recordItem(spec, new ItemRecord(item.url(), outcome, item.version(), docs, attempts, error, clock.instant()), item.published());
    }

    private static final class Tally {
        int listed, known, stored, replaced, unchanged, duplicates, filtered, failed;

        PollReport report(SourceSpec spec, boolean notModified, String error, long startNanos) {
            return new PollReport(spec.name(), listed, known, stored, replaced, unchanged, duplicates, filtered, failed, notModified,
                    error, Duration.ofNanos(System.nanoTime() - startNanos));
        }
    }
}
