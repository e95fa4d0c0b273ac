package org.astrolabe.seeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.astrolabe.core.model.Article;
import org.astrolabe.seeds.eval.GoldStandard;
import org.junit.jupiter.api.Test;

class SeedCorpusTest {
    @Test
    void bundlesFivePagesWithSevenArticlesAndTheirGold() {
        List<String> pages = SeedCorpus.pageNames();
        assertThat(pages).hasSize(5).isSorted();
        List<Article> articles = SeedCorpus.articles();
        assertThat(articles).extracting(Article::source).containsExactly(
                pages.get(0), pages.get(0) + "#2", pages.get(1), pages.get(1) + "#2", pages.get(2), pages.get(3), pages.get(4));
        assertThat(articles).allSatisfy(a -> assertThat(a.text()).startsWith(a.title() + "\n\n")
                .doesNotContain("Short Url", "LEAVE A REPLY", "Must Read", "Updated "));

        GoldStandard gold = SeedCorpus.gold();
        assertThat(gold.documents()).extracting(GoldStandard.Document::fileName).containsExactlyElementsOf(pages);
        // Pages with a date in their header: each article of the page gets it, as the gold's D lines say.
        for (Article a : articles.subList(0, 4)) {
            String page = a.source().replaceFirst("#\\d+$", "");
            String goldDate = gold.documents().stream().filter(d -> d.fileName().equals(page)).findFirst().orElseThrow().date();
            assertThat(a.date()).as(a.source()).isEqualTo(LocalDate.parse(goldDate));
        }
    }
}
