package org.astrolabe.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.astrolabe.core.model.Article;
import org.astrolabe.extractor.input.ArticleSources;
import org.astrolabe.seeds.SeedCorpus;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SparkArticleInputsTest {
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start(2);
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void filesGiveTheArticlesIngestReadsInTheSameOrder(@TempDir Path dir) throws Exception {
        Path seeds = SeedFiles.copyTo(dir);

        List<Article> read = articles(SparkArticleInputs.read(spark, SparkArticleInputs.Format.FILES,
                List.of(seeds.toUri().toString()), spark.sparkContext().collectionAccumulator()).collect());

        assertThat(read).isEqualTo(ArticleSources.read(seeds).articles());
    }

    @Test
    void csvAndParquetTablesGiveOneArticlePerRow(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("articles.csv");
        Files.writeString(csv, """
                url,title,date,text
                https://example.org/one,One,2025-04-22,"NASA and ESA signed an agreement.
                It covers ""lunar"" science."
                ,Two,,CNSA launched a probe.
                """);
        var problems = spark.sparkContext().<String>collectionAccumulator();

        List<Article> fromCsv = articles(SparkArticleInputs.read(spark, SparkArticleInputs.Format.CSV, List.of(csv.toString()), problems).collect());
        String parquet = dir.resolve("articles.parquet").toString();
        spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"").csv(csv.toString())
                .write().parquet(parquet);
        List<Article> fromParquet = articles(SparkArticleInputs.read(spark, SparkArticleInputs.Format.PARQUET, List.of(parquet), problems).collect());

        assertThat(problems.value()).isEmpty();
        assertThat(fromCsv).hasSize(2);
        Article one = fromCsv.get(0);
        assertThat(one.url()).isEqualTo("https://example.org/one");
        assertThat(one.date()).isEqualTo(LocalDate.of(2025, 4, 22));
        assertThat(one.source()).isEqualTo("row-1");
        assertThat(one.text()).contains("NASA and ESA signed an agreement.").contains("\"lunar\"");
        assertThat(fromCsv.get(1).url()).isNull();
        assertThat(fromCsv.get(1).source()).isEqualTo("row-2");
        assertThat(fromParquet).isEqualTo(fromCsv);
    }

    @Test
    void aTableWithoutTextOrAMissingFolderIsAOneLineError(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("no-text.csv");
        Files.writeString(csv, "url,title\nhttps://example.org,Title\n");
        var problems = spark.sparkContext().<String>collectionAccumulator();

        assertThatThrownBy(() -> SparkArticleInputs.read(spark, SparkArticleInputs.Format.CSV, List.of(csv.toString()), problems))
                .hasMessageContaining("needs a 'text' column");
        assertThatThrownBy(() -> SparkArticleInputs.read(spark, SparkArticleInputs.Format.FILES, List.of(dir.resolve("none").toString()), problems))
                .hasMessageContaining("No such file or folder");
        assertThatThrownBy(() -> SparkArticleInputs.Format.parse("xml")).hasMessageContaining("expected files, parquet, csv or json");
    }

    private static List<Article> articles(List<ArticleRecord> records) {
        return records.stream().sorted(Comparator.comparing(ArticleRecord::position)).map(ArticleRecord::article).toList();
    }
}
