package org.astrolabe.extractor.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.astrolabe.core.model.Article;
import org.junit.jupiter.api.Test;

class JsonArticleReaderTest {

    @Test
    void readsEveryGoodLineAndReportsBadOnesByLineNumber() {
        String jsonl = """
                {"url":"https://example.org/1","title":"Agency signs deal","date":"2024-01-02","text":"The agency signed a deal."}
                {"title":"Broken", "text": 
                {"title":"No text"}

                {"title":"Rover lands","date":"2024-02-03T10:00:00Z","text":"<p>The rover landed.</p><p>Short Url</p><p>It is working.</p>"}
                {"title":"Bad date","date":"someday","text":"Words."}
                ["not", "an", "object"]
                """;
        ReadResult result = JsonArticleReader.readLines(jsonl, "feed.jsonl");

        assertThat(result.articles()).extracting(Article::source).containsExactly("feed.jsonl:1", "feed.jsonl:5");
        Article first = result.articles().get(0);
        assertThat(first.url()).isEqualTo("https://example.org/1");
        assertThat(first.title()).isEqualTo("Agency signs deal");
        assertThat(first.date()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(first.text()).isEqualTo("Agency signs deal\n\nThe agency signed a deal.");
        assertThat(result.articles().get(1).text()).isEqualTo("Rover lands\n\nThe rover landed.\n\nIt is working.");

        assertThat(result.problems()).extracting(InputProblem::line).containsExactly(2, 3, 6, 7);
        assertThat(result.problems().get(1).reason()).contains("text");
        assertThat(result.problems().get(2).reason()).contains("date");
        assertThat(result.problems().get(0).toString()).startsWith("feed.jsonl:2: not a JSON object");
    }

    @Test
    void readsOneObject() {
        ReadResult result = JsonArticleReader.readOne("{\"text\":\"Probe reaches Mars orbit\\n\\nThe probe reached orbit.\"}", "upload");
        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Probe reaches Mars orbit");
            assertThat(a.source()).isEqualTo("upload");
            assertThat(a.url()).isNull();
        });
        assertThat(JsonArticleReader.readOne("{}", "upload").problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("text"));
    }
}
