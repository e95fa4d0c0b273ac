package org.astrolabe.watch;

import java.time.Duration;
import java.util.Locale;

/**
 * What one poll of one source did.
 *
 * @param source      the source's name
 * @param listed      items the listing holds (after include/exclude)
 * @param known       items skipped: already handled and unchanged
 * @param stored      articles stored for the first time
 * @param replaced    articles whose text changed, their graphs replaced
 * @param unchanged   articles fetched again whose text had not changed (not extracted)
 * @param duplicates  items whose text is already stored under another URL
 * @param filtered    items the URL patterns or keywords left out
 * @param failed      items that failed (tried again next time unless permanent)
 * @param notModified the listing answered 304: nothing to do
 * @param error       why the poll failed, or null
 * @param elapsed     how long the poll took
 */
public record PollReport(String source, int listed, int known, int stored, int replaced, int unchanged, int duplicates,
                         int filtered, int failed, boolean notModified, String error, Duration elapsed) {
    /** {@code [watch] space-news: 12 listed, 9 known, 2 stored, 1 replaced, ... (1.4 s)}. */
    public String progressLine() {
        String seconds = String.format(Locale.ROOT, "(%.1f s)", elapsed.toMillis() / 1000.0);
        if (error != null) {
            return "[watch] " + source + ": poll FAILED: " + error + "  " + seconds;
        }
        if (notModified) {
            return "[watch] " + source + ": not modified  " + seconds;
        }
        return "[watch] " + source + ": " + listed + " listed, " + known + " known, " + stored + " stored, " + replaced + " replaced, "
                + unchanged + " unchanged, " + duplicates + " duplicates, " + filtered + " filtered, " + failed + " failed  " + seconds;
    }
}
