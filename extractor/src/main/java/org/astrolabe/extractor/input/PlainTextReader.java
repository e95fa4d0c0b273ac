package org.astrolabe.extractor.input;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.astrolabe.core.model.Article;

/**
 * Plain text pages: one paragraph per line (as scraped pages come), or paragraphs separated by blank lines
 * with hard-wrapped lines, which are joined again. The first line is the headline when it looks like one.
 *
 * <p>A file may open with a header of three lines, then a blank line: the headline, the article's URL and its
 * date ({@code 2025-08-01} or any form {@link ArticleDates#parseMetadata} reads). They become the article's
 * title, URL and date, and the body is what follows.
 */
public final class PlainTextReader {
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final int HEADER_LINES = 3;
    /** A date line is short; a longer third line is a paragraph that happens to contain a date. */
    private static final int MAX_DATE_LINE = 40;

    private PlainTextReader() {}

    public static List<Article> read(String content, String source) {
        String[] raw = content.split("\\R", -1);
        Optional<PageMetadata> header = header(raw);
        if (header.isEmpty()) {
            return ScrapedPage.articles(lines(content), PageMetadata.NONE, source);
        }
        String body = String.join("\n", Arrays.asList(raw).subList(HEADER_LINES, raw.length));
        return ScrapedPage.articles(lines(body), header.get(), source);
    }

    /** The title, URL and date of a header block, if the text opens with one. */
    static Optional<PageMetadata> header(String[] raw) {
        if (raw.length < HEADER_LINES + 1 || raw[0].isBlank() || !raw[HEADER_LINES].isBlank()
                || !URL.matcher(raw[1].strip()).matches()) {
            return Optional.empty();
        }
        return ArticleDates.parseMetadata(raw[2].strip())
                .filter(date -> raw[2].strip().length() <= MAX_DATE_LINE)
                .map(date -> new PageMetadata(raw[1].strip(), raw[0], date));
    }

    /**
     * The text's lines with hard wraps undone: a line that does not end a sentence is joined with the next
     * when that one continues in lower case. Blank lines are kept as "".
     */
    static List<String> lines(String content) {
        List<String> lines = new ArrayList<>();
        for (String raw : content.split("\\R", -1)) {
            String line = Boilerplate.normaliseSpace(raw);
            int last = lines.size() - 1;
            if (last >= 0 && continues(lines.get(last), line)) {
                lines.set(last, lines.get(last) + " " + line);
            } else {
                lines.add(line);
            }
        }
        return lines;
    }

    private static boolean continues(String previous, String line) {
        if (previous.isEmpty() || line.isEmpty() || !Character.isLowerCase(line.codePointAt(0))) {
            return false;
        }
        char end = previous.charAt(previous.length() - 1);
        return ".!?:;\"”’)".indexOf(end) < 0 && !Boilerplate.isNoise(previous);
    }
}
