package org.astrolabe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.astrolabe.extractor.learn.GoldAnnotation;
import org.astrolabe.extractor.learn.RelationTrainer.TrainingArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairing articles with their gold documents for training, on files written for the test. */
class TrainingSetTest {
    @TempDir
    Path dir;

    @Test
    void pairsArticlesWithTheirGoldAndRecordsOnlyFileNames() throws Exception {
        Files.writeString(dir.resolve("gold.tsv"), String.join("\n",
                "D\t07_probe.txt\t2025-03-14",
                "E\tkasa\tkg:SpaceAgency\tKorea AeroSpace Administration\tKASA",
                "E\tsouth-korea\tkg:Country\tSouth Korea\t",
                "E\tprobe\tkg:Mission\tDanbi\t",
                "F\tkasa\tkg:country\tsouth-korea",
                "L\tprobe\tkg:launchDate\t2027",
                ""));
        Files.writeString(dir.resolve("07_probe.txt"), "Korea plans a probe\nhttps://example.org/probe\n2025-03-14\n\n"
                + "The Korea AeroSpace Administration will launch the Danbi probe in 2027.\n");
        Files.writeString(dir.resolve("08_other.txt"), "Other\nhttps://example.org/other\n2025-03-15\n\nNothing annotated here.\n");
        StringWriter err = new StringWriter();

        TrainingSet set = TrainingSet.read(List.of(dir.resolve("gold.tsv")), List.of(dir), new PrintWriter(err, true));

        assertThat(set.articles()).hasSize(1);
        TrainingArticle article = set.articles().get(0);
        assertThat(article.article().source()).isEqualTo("07_probe.txt");
        GoldAnnotation gold = article.gold();
        assertThat(gold.entities()).extracting(GoldAnnotation.Entity::classLocalName).containsExactly("SpaceAgency", "Country", "Mission");
        assertThat(gold.entities().get(0).names()).containsExactly("Korea AeroSpace Administration", "KASA");
        assertThat(gold.facts()).containsExactly(new GoldAnnotation.Fact("kasa", "country", "south-korea"));
        assertThat(gold.literals()).containsExactly(new GoldAnnotation.Literal("probe", "launchDate", "2027"));
        assertThat(set.comments()).contains("gold: gold.tsv", "articles: 07_probe.txt")
                .noneMatch(c -> c.contains(dir.toString()));
        assertThat(err.toString()).contains("08_other.txt", "no gold document");
    }
}
