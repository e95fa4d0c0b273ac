package org.astrolabe.extractor.input;

import java.util.ArrayList;
import java.util.List;

import org.astrolabe.core.model.Article;

/**
 * Plain text pages: one paragraph per line (as scraped pages come), or paragraphs separated by blank lines
 * with hard-wrapped lines, which are joined again. The first line is the headline when it looks like one.
 */
public final class PlainTextReader {
    private PlainTextReader() {}

    public static List<Article> read(String content, String source) {
        return ScrapedPage.articles(lines(content), PageMetadata.NONE, source);
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
