package org.astrolabe.extractor.input;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a scraped page into its articles. A page may hold a second, unrelated article glued after the
 * first; each article opens with a header: a headline followed (possibly after a photo caption) by header
 * widgets such as "Updated 7 sec ago" or "Follow", by the headline repeated, or by a news dateline
 * ("ISLAMABAD: ..."). A header only starts a new article once the current article has body text, so the
 * repeated headline of an article never splits it.
 */
public final class PageSplitter {
    /** How far after a headline its header widgets may appear (non-blank lines). */
    private static final int HEADER_REACH = 12;

    /**
     * One article's share of a page.
     *
     * @param title  the headline, or null when the article opens without one
     * @param header the lines between the headline and the body (widgets, caption, summary bullets)
     * @param body   the body lines as on the page, boilerplate still in
     */
    public record Section(String title, List<String> header, List<String> body) {
        public Section {
            header = List.copyOf(header);
            body = List.copyOf(body);
        }
    }

    private PageSplitter() {}

    /** The articles of a page given as lines ({@linkplain Boilerplate#normaliseSpace normalised}, blank lines as ""). */
    public static List<Section> split(List<String> lines) {
        List<Section> sections = new ArrayList<>();
        int start = firstArticleStart(lines);
        while (start < lines.size()) {
            String title = Boilerplate.isTitleLike(lines.get(start)) ? lines.get(start) : null;
            int bodyStart = bodyStart(lines, start, title);
            int next = nextArticleStart(lines, bodyStart);
            List<String> header = lines.subList(title == null ? start : start + 1, bodyStart);
            sections.add(new Section(title, header, lines.subList(bodyStart, next)));
            start = next;
        }
        return sections;
    }

    /** The first non-blank line, or the first article header if only widgets and short lines precede it. */
    private static int firstArticleStart(List<String> lines) {
        int first = 0;
        while (first < lines.size() && lines.get(first).isEmpty()) {
            first++;
        }
        for (int i = first; i < lines.size(); i++) {
            String line = lines.get(i);
            if (isArticleHeader(lines, i)) {
                return i;
            }
            if (!line.isEmpty() && !Boilerplate.isNoise(line) && !Boilerplate.isTitleLike(line)) {
                break;
            }
        }
        return first;
    }

    /** True when line {@code i} is a headline followed by header widgets, its own repetition or a dateline. */
    static boolean isArticleHeader(List<String> lines, int i) {
        String title = lines.get(i);
        if (!Boilerplate.isTitleLike(title)) {
            return false;
        }
        String titleKey = Boilerplate.key(title);
        int seen = 0;
        for (int j = i + 1; j < lines.size() && seen < HEADER_REACH; j++) {
            String line = lines.get(j);
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (Boilerplate.isHeaderMarker(line) || Boilerplate.key(line).equals(titleKey) || Boilerplate.startsWithDateline(line)) {
                return true;
            }
            if (!(Boilerplate.isCaption(line) || Boilerplate.isBullet(line) || Boilerplate.isNoise(line))) {
                return false;
            }
        }
        return false;
    }

    /** The first line after the headline that is not part of the article's header. */
    private static int bodyStart(List<String> lines, int start, String title) {
        String titleKey = title == null ? null : Boilerplate.key(title);
        boolean newsHeader = false;
        int j = title == null ? start : start + 1;
        for (; j < lines.size(); j++) {
            String line = lines.get(j);
            if (line.isEmpty() || Boilerplate.isNoise(line)) {
                newsHeader |= Boilerplate.isHeaderMarker(line);
                continue;
            }
            if (titleKey != null && Boilerplate.key(line).equals(titleKey)) {
                newsHeader = true;
                continue;
            }
            // Bullets right under a news header summarise the story; in a plain page they may be its content.
            if (newsHeader && Boilerplate.isBullet(line)) {
                continue;
            }
            break;
        }
        return j;
    }

    private static int nextArticleStart(List<String> lines, int bodyStart) {
        for (int k = bodyStart + 1; k < lines.size(); k++) {
            if (isArticleHeader(lines, k)) {
                return k;
            }
        }
        return lines.size();
    }
}
