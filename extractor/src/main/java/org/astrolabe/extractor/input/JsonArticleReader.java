package org.astrolabe.extractor.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.astrolabe.core.model.Article;
import org.jsoup.Jsoup;

/**
 * JSON articles: one object {@code {"url", "title", "date", "text"}}, or JSON Lines with one such object per
 * line. Only {@code text} is required; it may be plain text or HTML. A bad line is reported with its line
 * number and the other lines are still read.
 */
public final class JsonArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HTML_TAG = Pattern.compile(
            "(?is)<(?:p|div|br|h[1-6]|article|main|section|li|ul|ol|span|a|em|strong|b|i|body|html)(?:\\s[^>]*)?/?>");

    private JsonArticleReader() {}

    /** Every line of a JSON Lines text; each article is named {@code source:LINE}. */
    public static ReadResult readLines(String content, String source) {
        List<Article> articles = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            int lineNumber = i + 1;
            try {
                List<Article> read = readObject(JSON.readTree(lines[i]), source + ":" + lineNumber);
                if (read.isEmpty()) {
                    problems.add(new InputProblem(source, lineNumber, "no article text"));
                }
                articles.addAll(read);
            } catch (JsonProcessingException e) {
                problems.add(new InputProblem(source, lineNumber, "not a JSON object: " + e.getOriginalMessage()));
            } catch (IllegalArgumentException e) {
                problems.add(new InputProblem(source, lineNumber, e.getMessage()));
            }
        }
        return new ReadResult(articles, problems);
    }

    /** One JSON object. */
    public static ReadResult readOne(String content, String source) {
        try {
            List<Article> read = readObject(JSON.readTree(content), source);
            return read.isEmpty() ? ReadResult.failed(new InputProblem(source, 0, "no article text")) : ReadResult.of(read);
        } catch (JsonProcessingException e) {
            return ReadResult.failed(new InputProblem(source, 0, "not a JSON object: " + e.getOriginalMessage()));
        } catch (IllegalArgumentException e) {
            return ReadResult.failed(new InputProblem(source, 0, e.getMessage()));
        }
    }

    /**
     * The articles of one JSON object.
     *
     * @throws IllegalArgumentException with a one-line reason when the object is not an article
     */
    static List<Article> readObject(JsonNode node, String source) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected a JSON object with a \"text\" field");
        }
        String text = string(node, "text");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("missing or empty \"text\"");
        }
        String date = string(node, "date");
        LocalDate parsedDate = null;
        if (date != null && !date.isBlank()) {
            parsedDate = ArticleDates.parseMetadata(date)
                    .orElseThrow(() -> new IllegalArgumentException("unreadable \"date\": " + date));
        }
        PageMetadata metadata = new PageMetadata(string(node, "url"), string(node, "title"), parsedDate);
        List<String> lines = HTML_TAG.matcher(text).find()
                ? HtmlReader.mainTextLines(Jsoup.parseBodyFragment(text))
                : PlainTextReader.lines(text);
        return ScrapedPage.articles(lines, metadata, source);
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException("\"" + field + "\" must be a string");
        }
        return value.asText();
    }
}
