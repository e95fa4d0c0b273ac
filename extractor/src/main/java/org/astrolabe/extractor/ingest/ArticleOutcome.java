package org.astrolabe.extractor.ingest;

import java.time.Duration;
import java.util.Locale;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.store.PutOutcome;

/**
 * What happened to one article: stored (added, replaced or unchanged) with its counts, or failed.
 *
 * @param article     the article
 * @param documentIri its graph's IRI, or null if it failed
 * @param change      what the store did, or null if it failed
 * @param entities    entities extracted
 * @param facts       facts extracted
 * @param elapsed     time spent on extraction and storing
 * @param error       a one-line reason when it failed, else null
 */
public record ArticleOutcome(Article article, String documentIri, PutOutcome.Change change, int entities, int facts,
                             Duration elapsed, String error) {
    private static final int TITLE_WIDTH = 60;

    public boolean failed() {
        return error != null;
    }

    /** {@code [3/12] 001_x.txt#2  "Title"  14 entities, 22 facts  (2.1 s)}. */
    public String progressLine(int position, int total) {
        String head = "[" + position + "/" + total + "] " + article.source() + "  \"" + shortTitle() + "\"  ";
        String seconds = String.format(Locale.ROOT, "(%.1f s)", elapsed.toMillis() / 1000.0);
        if (failed()) {
            return head + "FAILED: " + error + "  " + seconds;
        }
        String note = change == PutOutcome.Change.UNCHANGED ? ", unchanged" : change == PutOutcome.Change.REPLACED ? ", replaced" : "";
        return head + entities + " entities, " + facts + " facts" + note + "  " + seconds;
    }

    private String shortTitle() {
        String title = article.title() == null ? article.text().strip().split("\\R", 2)[0] : article.title();
        return title.length() <= TITLE_WIDTH ? title : title.substring(0, TITLE_WIDTH - 1) + "…";
    }
}
