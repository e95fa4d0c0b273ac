package org.astrolabe.seeds.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.InMemoryGraphStore;
import org.astrolabe.extractor.CoreNlpExtractor;
import org.astrolabe.extractor.input.ArticleSources;
import org.astrolabe.extractor.input.ReadResult;
import org.astrolabe.seeds.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The real extractor on the development set ({@code ../shared/corpus/dev}, gold {@code ../shared/gold/dev.gold.tsv}),
 * scored like {@code astrolabe eval}: prints the report and fails when the figures fall below floors that
 * catch regressions, or when an article graph breaks the ontology's SHACL shapes.
 */
@Tag("models")
class DevSetEvaluationTest {
    private static final double MIN_ENTITY_F1 = 0.91;
    private static final double MIN_FACT_F1 = 0.79;

    @Test
    void theDevelopmentSetScoresAboveTheFloors() throws IOException {
        Path corpus = SharedData.require("corpus/dev", "the development articles");
        Path goldFile = SharedData.require("gold/dev.gold.tsv", "the development gold");
        GoldStandard gold = GoldStandard.parse(Files.readString(goldFile, StandardCharsets.UTF_8), goldFile.toString());
        ReadResult input = Evaluation.annotatedArticles(ArticleSources.read(List.of(corpus)), gold);
        assertThat(Evaluation.unreadDocuments(input, gold)).isEmpty();

        EvalReport report;
        long shapeViolations;
        try (GraphStore store = InMemoryGraphStore.create()) {
            report = Evaluation.run(input, gold, store, CoreNlpExtractor.shared(), (position, total, outcome) -> { }, null).report();
            shapeViolations = store.shapeViolations();
        }
        System.out.println("Development set, " + gold.documents().size() + " documents:");
        System.out.println(ReportTable.format(report, false));
        System.out.println(ReportTable.summary(report));

        assertThat(gold.documents()).hasSize(60);
        assertThat(shapeViolations).as("SHACL shape violations in the article graphs").isZero();
        assertThat(report.entities().f1()).as(ReportTable.summary(report)).isGreaterThanOrEqualTo(MIN_ENTITY_F1);
        assertThat(report.facts().f1()).as(ReportTable.summary(report)).isGreaterThanOrEqualTo(MIN_FACT_F1);
    }
}
