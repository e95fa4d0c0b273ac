package org.astrolabe.bench.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.astrolabe.core.model.Article;
import org.junit.jupiter.api.Test;

class ArticleCorpusTest {

    @Test
    void bundledCorpusIsDeterministicVariedAndFullyFilled() {
        ArticleCorpus corpus = ArticleCorpus.bundled();
        List<Article> a = corpus.generate(50, 7);
        assertThat(a).hasSize(50);
        assertThat(a).isEqualTo(corpus.generate(50, 7));
        assertThat(a.stream().map(Article::text).distinct().count()).isEqualTo(50);
        for (Article article : a) {
            assertThat(article.text()).doesNotContain("{", "}");
            assertThat(article.date()).isNotNull();
        }
        long words = a.stream().mapToLong(x -> x.text().split("\\s+").length).sum();
        assertThat(words / 50).isBetween(80L, 400L);
    }

    @Test
    void secondPlaceholderOfAKindGetsAnotherName() {
        ArticleCorpus corpus = new ArticleCorpus(List.of("{agency} met {agency2}; {agency} agreed."),
                Map.of("agency", List.of("ESA", "JAXA")));
        for (int seed = 0; seed < 20; seed++) {
            String text = corpus.fill("{agency} met {agency2}; {agency} agreed.", new Random(seed));
            String[] parts = text.split(" met |; | agreed\\.");
            assertThat(parts[0]).isNotEqualTo(parts[1]);
            assertThat(parts[0]).isEqualTo(parts[2]);
        }
    }

    @Test
    void unknownPlaceholderIsAClearError() {
        ArticleCorpus corpus = new ArticleCorpus(List.of("{planet} is far."), Map.of("agency", List.of("ESA")));
        assertThatThrownBy(() -> corpus.generate(1, 1)).hasMessageContaining("planet");
    }

    @Test
    void parsesTemplatesAndNames() {
        assertThat(ArticleCorpus.parseTemplates("# comment\nOne {x}.\n---\nTwo.\n")).containsExactly("One {x}.", "Two.");
        assertThat(ArticleCorpus.parseNames("# c\nagency\tESA\nagency\tJAXA\ncity\tRome\n"))
                .containsEntry("agency", List.of("ESA", "JAXA")).containsEntry("city", List.of("Rome"));
    }
}
