package org.astrolabe.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.astrolabe.core.model.Article;
import org.astrolabe.extractor.input.ArticleSources;
import org.astrolabe.extractor.input.ReadResult;
import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

/** Each seed page, boilerplate and glued-on article included, reads the same as text, HTML and JSON Lines. */
class SeedPagesInEveryFormatTest {
    @Test
    void everySeedPageGivesTheSameArticlesInEveryFormat() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String name : SeedCorpus.pageNames()) {
            String page = SeedCorpus.page(name);
            StringBuilder html = new StringBuilder("<!doctype html><html><head><title>site</title></head><body><nav><a href=\"/\">Home</a></nav><main>");
            for (String line : page.split("\\R")) {
                html.append(line.isBlank() ? "\n" : "<p>" + Entities.escape(line) + "</p>\n");
            }
            html.append("</main><footer><p>About us</p></footer></body></html>");
            String jsonl = json.writeValueAsString(java.util.Map.of("text", page)) + "\n";

            List<Article> fromText = ArticleSources.parse(page, "text/plain", name).articles();
            ReadResult fromHtml = ArticleSources.parse(html.toString(), "text/html", name);
            ReadResult fromJson = ArticleSources.parse(jsonl, "application/x-ndjson", name);

            assertThat(fromHtml.problems()).isEmpty();
            assertThat(fromJson.problems()).isEmpty();
            for (List<Article> other : List.of(fromHtml.articles(), fromJson.articles())) {
                assertThat(other).as(name).hasSameSizeAs(fromText);
                for (int i = 0; i < fromText.size(); i++) {
                    assertThat(other.get(i).text()).as(name).isEqualTo(fromText.get(i).text());
                    assertThat(other.get(i).title()).as(name).isEqualTo(fromText.get(i).title());
                    assertThat(other.get(i).date()).as(name).isEqualTo(fromText.get(i).date());
                }
            }
        }
    }
}
