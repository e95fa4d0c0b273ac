package org.astrolabe.extractor.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.astrolabe.core.model.Article;

/**
 * Turns the lines of a page (from any reader) into clean {@link Article}s: splits glued-on articles,
 * drops boilerplate, and gives each article its own headline and date.
 *
 * <p>An article's text is its headline, a blank line, then its paragraphs separated by blank lines; every
 * offset refers to that text. The headline is kept in the text because it often states facts. An article
 * whose page gives no date takes the date written in its header or first paragraphs; one split off after
 * the first takes the page's date when it has none of its own.
 */
public final class ScrapedPage {
    /** Paragraphs separated by a blank line, so that a sentence splitter never joins two of them. */
    public static final String PARAGRAPH_BREAK = "\n\n";
    private static final int DATE_PARAGRAPHS = 2;
    private static final int MIN_TEASER_LENGTH = 40;
    private static final int TEASER_REACH = 3;

    private ScrapedPage() {}

    /**
     * The articles of one page.
     *
     * @param rawLines the page's lines in reading order (paragraphs, headings, list items)
     * @param metadata what the page says about itself; it applies to the first article
     * @param source   the page's name; the second article is named {@code source#2}, and so on
     */
    public static List<Article> articles(List<String> rawLines, PageMetadata metadata, String source) {
        List<String> lines = new ArrayList<>();
        for (String raw : rawLines) {
            lines.add(Boilerplate.normaliseSpace(raw));
        }
        if (metadata.title() != null && !opensWith(lines, metadata.title())) {
            lines.addAll(0, List.of(metadata.title(), ""));
        }
        List<Article> articles = new ArrayList<>();
        LocalDate pageDate = metadata.date();
        for (PageSplitter.Section section : PageSplitter.split(lines)) {
            List<String> paragraphs = bodyParagraphs(section);
            if (paragraphs.isEmpty()) {
                continue;
            }
            boolean first = articles.isEmpty();
            LocalDate date = first && metadata.date() != null ? metadata.date() : writtenDate(section, paragraphs).orElse(pageDate);
            if (first) {
                pageDate = date;
            }
            String text = (section.title() == null ? "" : section.title() + PARAGRAPH_BREAK) + String.join(PARAGRAPH_BREAK, paragraphs);
            String name = first ? source : source + "#" + (articles.size() + 1);
            articles.add(new Article(name, first ? metadata.url() : null, section.title(), date, text));
        }
        return articles;
    }

    private static boolean opensWith(List<String> lines, String title) {
        return lines.stream().filter(l -> !l.isEmpty()).findFirst()
                .map(l -> Boilerplate.key(l).equals(Boilerplate.key(title))).orElse(false);
    }

    /** The body without boilerplate, bullets unmarked, teaser leads and repeated paragraphs removed. */
    static List<String> bodyParagraphs(PageSplitter.Section section) {
        String titleKey = section.title() == null ? null : Boilerplate.key(section.title());
        List<String> kept = new ArrayList<>();
        for (String line : section.body()) {
            if (Boilerplate.isTailMarker(line)) {
                break;
            }
            if (line.isEmpty() || Boilerplate.isNoise(line) || Boilerplate.key(line).equals(titleKey)) {
                continue;
            }
            kept.add(Boilerplate.isBullet(line) ? Boilerplate.stripBullet(line) : line);
        }
        return withoutRepeats(kept);
    }

    /**
     * Drops a paragraph that a following paragraph repeats from its start (a teaser lead shown above the
     * story), and any paragraph equal to an earlier one.
     */
    private static List<String> withoutRepeats(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            String key = Boilerplate.key(paragraphs.get(i));
            if (seen.contains(key) || isTeaserOfNext(paragraphs, i, key)) {
                continue;
            }
            seen.add(key);
            out.add(paragraphs.get(i));
        }
        return out;
    }

    private static boolean isTeaserOfNext(List<String> paragraphs, int i, String key) {
        if (key.length() < MIN_TEASER_LENGTH) {
            return false;
        }
        for (int j = i + 1; j < paragraphs.size() && j <= i + TEASER_REACH; j++) {
            String later = Boilerplate.key(paragraphs.get(j));
            if (later.length() > key.length() && later.startsWith(key)) {
                return true;
            }
        }
        return false;
    }

    /** A date in the header widgets ("Updated 22 April 2025"), else in the header or first paragraphs. */
    private static Optional<LocalDate> writtenDate(PageSplitter.Section section, List<String> paragraphs) {
        for (String line : section.header()) {
            if (Boilerplate.isHeaderMarker(line)) {
                Optional<LocalDate> date = ArticleDates.findInText(line);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        List<String> early = new ArrayList<>(section.header());
        early.addAll(paragraphs.subList(0, Math.min(DATE_PARAGRAPHS, paragraphs.size())));
        for (String line : early) {
            Optional<LocalDate> date = ArticleDates.findInText(line);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }
}
