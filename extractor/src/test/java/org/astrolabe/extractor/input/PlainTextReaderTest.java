package org.astrolabe.extractor.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.astrolabe.core.model.Article;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

    @Test
    void aHeaderOfTitleUrlAndDateGivesTheArticlesMetadata() {
        String page = """
                Glacier agency and Borealis sign lander accord
                https://news.example.org/2025/03/lander-accord
                2025-03-14

                REYKJAVIK: The Glacier Space Agency signed an accord with Borealis Dynamics on Friday to build a small lunar lander.

                The lander is due to fly in 2028.
                """;

        List<Article> articles = PlainTextReader.read(page, "07_lander-accord.txt");

        assertThat(articles).hasSize(1);
        Article article = articles.get(0);
        assertThat(article.title()).isEqualTo("Glacier agency and Borealis sign lander accord");
        assertThat(article.url()).isEqualTo("https://news.example.org/2025/03/lander-accord");
        assertThat(article.date()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(article.text()).startsWith("Glacier agency and Borealis sign lander accord\n\nREYKJAVIK:")
                .doesNotContain("https://", "2025-03-14");
    }

    @Test
    void aPageWithoutSuchAHeaderIsReadAsBefore() {
        String page = """
                Glacier agency and Borealis sign lander accord

                The Glacier Space Agency signed an accord with Borealis Dynamics on 14 March 2025.
                """;

        Article article = PlainTextReader.read(page, "page.txt").get(0);

        assertThat(article.url()).isNull();
        assertThat(article.title()).isEqualTo("Glacier agency and Borealis sign lander accord");
        assertThat(article.date()).isEqualTo(LocalDate.of(2025, 3, 14));
    }
}
