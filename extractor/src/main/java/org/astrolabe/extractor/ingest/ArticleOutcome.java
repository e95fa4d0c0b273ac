package org.astrolabe.extractor.ingest;

import java.time.Duration;
import java.util.Locale;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.store.PutOutcome;

/**
 * What happened to one article: stored (added, replaced or unchanged) with its counts, found already
 * stored and so not extracted, or failed.
 *
 * @param article     the article
 * @param documentIri its graph's IRI, or null if it failed
 * @param change      what the store did, or null if it failed
 * @param entities    entities extracted (0 when it was not extracted)
 * @param facts       facts extracted (0 when it was not extracted)
 * @param elapsed     time spent on finding it stored or on extracting it
 * @param error       a one-line reason when it failed, else null
 * @param extracted   whether it was extracted in this run: false when the store already held its text
 *                    from this extractor version
 */
public record ArticleOutcome(Article article, String documentIri, PutOutcome.Change change, int entities, int facts,
                             Duration elapsed, String error, boolean extracted) {
    private static final int TITLE_WIDTH = 60;

    static ArticleOutcome stored(Prepared prepared, PutOutcome put) {
        return new ArticleOutcome(prepared.article(), put.documentIri(), put.change(), prepared.result().entities().size(),
                prepared.result().facts().size(), prepared.elapsed(), null, true);
    }

    static ArticleOutcome alreadyStored(Prepared prepared) {
        return new ArticleOutcome(prepared.article(), prepared.storedIri(), PutOutcome.Change.UNCHANGED, 0, 0,
                prepared.elapsed(), null, false);
    }

    static ArticleOutcome failed(Prepared prepared, String reason) {
        return new ArticleOutcome(prepared.article(), null, null, 0, 0, prepared.elapsed(), reason, prepared.result() != null);
    }

    public boolean failed() {
        return error != null;
    }

    /** True when the store already held the article's text from this extractor version, so it was not extracted. */
    public boolean foundStored() {
        return !failed() && !extracted;
    }

    /** {@code [3/12] 001_x.txt#2  "Title"  14 entities, 22 facts  (2.1 s)}. */
    public String progressLine(int position, int total) {
        String head = "[" + position + "/" + total + "] " + article.source() + "  \"" + shortTitle() + "\"  ";
        String seconds = String.format(Locale.ROOT, "(%.1f s)", elapsed.toMillis() / 1000.0);
        if (failed()) {
            return head + "FAILED: " + error + "  " + seconds;
        }
        if (foundStored()) {
            return head + "unchanged, already stored: not extracted  " + seconds;
        }
        String note = change == PutOutcome.Change.UNCHANGED ? ", unchanged" : change == PutOutcome.Change.REPLACED ? ", replaced" : "";
        return head + entities + " entities, " + facts + " facts" + note + "  " + seconds;
    }

    /** {@code 001_x.txt#2 "Title": reason}, for the list of articles that were not stored. */
    public String failureLine() {
        return article.source() + "  \"" + shortTitle() + "\": " + error;
    }

    private String shortTitle() {
        String title = article.title() == null ? article.text().strip().split("\\R", 2)[0] : article.title();
        return title.length() <= TITLE_WIDTH ? title : title.substring(0, TITLE_WIDTH - 1) + "…";
    }
}
