package org.astrolabe.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import org.astrolabe.core.model.Article;
import org.astrolabe.extractor.input.ArticleSources;
import org.astrolabe.extractor.input.ReadResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.Context;

/**
 * Turns a {@code POST /api/documents} body into an {@link Article}: plain text (title, url and date from
 * query parameters), HTML (read by the same reader as {@code astrolabe ingest}) or JSON
 * {@code {"url","title","date","text"}}.
 */
final class ArticleInput {
    static final Set<String> MEDIA_TYPES = Set.of("text/plain", "text/html", "application/json");

    private final RequestBodies bodies;
    private final ObjectMapper json;

    ArticleInput(RequestBodies bodies, ObjectMapper json) {
        this.bodies = bodies;
        this.json = json;
    }

    Article read(Context ctx) {
        String type = RequestBodies.requireMediaType(ctx, MEDIA_TYPES);
        String body = bodies.text(ctx);
        return switch (type) {
            case "application/json" -> fromJson(body);
            case "text/html" -> fromHtml(body, ctx.queryParam("url"), ctx.queryParam("date"));
            default -> article(ctx.queryParam("url"), ctx.queryParam("title"), ctx.queryParam("date"), body);
        };
    }

    private Article fromJson(String body) {
        JsonNode node;
        try {
            node = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "malformed JSON", e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("Expected a JSON object {\"url\", \"title\", \"date\", \"text\"}");
        }
        return article(string(node, "url"), string(node, "title"), string(node, "date"), string(node, "text"));
    }

    private static String string(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.badRequest("Field '" + field + "' must be a string");
        }
        return value.asText();
    }

    /**
     * An HTML page read as {@code astrolabe ingest} and the watcher read one ({@link ArticleSources}): main text
     * without boilerplate, title, date and canonical URL from the page's metadata. The {@code url} and
     * {@code date} parameters win over the page's own. A page that holds further articles after its first
     * (page splitting) gives its first: this endpoint stores one article per request.
     */
    private static Article fromHtml(String html, String url, String date) {
        ReadResult read = ArticleSources.parse(html, "text/html", "api");
        if (read.articles().isEmpty()) {
            throw ApiException.badRequest("The page has no article text");
        }
        Article page = read.articles().get(0);
        String pageDate = page.date() == null ? null : page.date().toString();
        return article(url != null && !url.isBlank() ? url : page.url(), page.title(), date != null && !date.isBlank() ? date : pageDate,
                page.text());
    }

    private static Article article(String url, String title, String date, String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("The article has no text");
        }
        if (text.codePoints().anyMatch(c -> c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)) {
            // A lone surrogate (JSON "\uD800") is no character; stored, it would not survive any export.
            throw ApiException.badRequest("The article text holds an unpaired UTF-16 surrogate");
        }
        if (RequestBodies.looksBinary(text)) {
            throw ApiException.badRequest("The article text holds control characters; send plain text");
        }
        if (url != null && !url.isBlank() && !(url.startsWith("http://") || url.startsWith("https://"))) {
            throw ApiException.badRequest("The url must start with http:// or https://");
        }
        if (url != null && url.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"')) {
            throw ApiException.badRequest("The url holds characters an IRI cannot");
        }
        LocalDate parsedDate = null;
        if (date != null && !date.isBlank()) {
            try {
                parsedDate = LocalDate.parse(date.strip());
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("The date must be YYYY-MM-DD: '" + date + "'");
            }
        }
        return new Article("api", url == null || url.isBlank() ? null : url.strip(),
                title == null || title.isBlank() ? null : title.strip(), parsedDate, text);
    }
}
