package org.astrolabe.extractor.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.astrolabe.core.model.Article;
import org.junit.jupiter.api.Test;

/** The extractor sees the same text, title and date whichever format an article arrives in. */
class SameArticleInEveryFormatTest {
    private static final String TITLE = "ISRO and JAXA sign arrangement for lunar polar mission";
    private static final String[] PARAGRAPHS = {
            "TOKYO: The Indian Space Research Organisation (ISRO) and the Japan Aerospace Exploration Agency (JAXA) "
                    + "signed an implementing arrangement on Friday for the Lunar Polar Exploration mission.",
            "The lander, built by ISRO, will fly on Japan's H3 rocket in 2028 and carry a Japanese rover to the lunar south pole.",
            "JAXA president Hiroshi Yamakawa said the mission would look for water ice.",
    };

    @Test
    void plainTextHtmlAndJsonLinesGiveTheSameArticle() throws Exception {
        String plain = TITLE + "\n\nShort Url\nUpdated 14 March 2025\nFollow\n\n" + String.join("\n\n", PARAGRAPHS)
                + "\n\nLEAVE A REPLY\nPlease enter your comment!\n";

        StringBuilder html = new StringBuilder("<html><head><title>" + TITLE + " | Space Wire</title>"
                + "<meta property=\"og:title\" content=\"" + TITLE + "\">"
                + "<meta property=\"article:published_time\" content=\"2025-03-14T06:00:00Z\"></head><body>"
                + "<nav><a href=\"/\">Home</a></nav><article><h1>" + TITLE + "</h1><div class=\"byline\">Follow</div>");
        for (String p : PARAGRAPHS) {
            html.append("<p>").append(p.replace("'", "&#39;")).append("</p>");
        }
        html.append("</article><aside><p>Related: another story entirely.</p></aside></body></html>");

        ObjectMapper json = new ObjectMapper();
        ObjectNode asPlain = json.createObjectNode().put("title", TITLE).put("date", "2025-03-14").put("text", String.join("\n", PARAGRAPHS));
        StringBuilder htmlText = new StringBuilder();
        for (String p : PARAGRAPHS) {
            htmlText.append("<p>").append(p).append("</p>\n");
        }
        ObjectNode asHtml = json.createObjectNode().put("title", TITLE).put("date", "2025-03-14T09:00:00+05:30").put("text", htmlText.toString());
        String jsonl = json.writeValueAsString(asPlain) + "\n" + json.writeValueAsString(asHtml) + "\n";

        Article fromText = ArticleSources.parse(plain, "text/plain", "a.txt").articles().get(0);
        Article fromHtml = ArticleSources.parse(html.toString(), "text/html", "a.html").articles().get(0);
        ReadResult fromJson = ArticleSources.parse(jsonl, "application/x-ndjson", "a.jsonl");

        assertThat(fromText.title()).isEqualTo(TITLE);
        assertThat(fromText.date()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(fromText.text()).isEqualTo(TITLE + "\n\n" + String.join("\n\n", PARAGRAPHS));
        assertThat(fromJson.problems()).isEmpty();
        for (Article other : new Article[] {fromHtml, fromJson.articles().get(0), fromJson.articles().get(1)}) {
            assertThat(other.title()).isEqualTo(fromText.title());
            assertThat(other.date()).isEqualTo(fromText.date());
            assertThat(other.text()).isEqualTo(fromText.text());
        }
    }
}
