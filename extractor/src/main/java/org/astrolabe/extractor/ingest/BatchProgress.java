package org.astrolabe.extractor.ingest;

import java.time.Duration;
import java.util.Locale;

/**
 * Where a long ingest stands after a commit.
 *
 * @param batch   articles in the batch just committed
 * @param done    articles done so far (stored, found stored or failed)
 * @param total   articles in the run
 * @param elapsed wall time since the run started
 */
public record BatchProgress(int batch, int done, int total, Duration elapsed) {
    public double articlesPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : done / seconds;
    }

    /** {@code committed 100 articles: 1200 of 2000 done, 3.4 articles/s}. */
    public String line() {
        return String.format(Locale.ROOT, "committed %d %s: %d of %d done, %.1f articles/s",
                batch, batch == 1 ? "article" : "articles", done, total, articlesPerSecond());
    }
}
