package org.astrolabe.seeds.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.Evidence;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Fact;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.model.Mention;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.InMemoryGraphStore;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.extractor.input.ReadResult;
import org.astrolabe.ontology.KG;
import org.astrolabe.seeds.SeedCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation plumbing end to end (read, extract, store, query, score) with a test double as extractor. */
class EvaluationTest {

    /** Recognises a few names; says each agency is in the country named right before "'s" in front of it. */
    static final class FixedNamesExtractor implements ArticleExtractor {
        private static final Map<String, String> NAMES = Map.of("SUPARCO", KG.SpaceAgency.getURI(),
                "Pakistan", KG.Country.getURI(), "China", KG.Country.getURI(), "Islamabad", KG.Person.getURI());
        private final Iris iris = Iris.defaults();

        @Override
        public ExtractionResult extract(Article article) {
            List<ExtractedEntity> entities = new ArrayList<>();
            List<Mention> mentions = new ArrayList<>();
            NAMES.forEach((name, type) -> {
                int at = article.text().indexOf(name);
                if (at >= 0) {
                    entities.add(new ExtractedEntity(iris.entity(name), type, name, Set.of(name), Set.of()));
                    mentions.add(new Mention(iris.entity(name), at, at + name.length(), name));
                }
            });
            List<Fact> facts = new ArrayList<>();
            if (article.text().contains("SUPARCO") && article.text().contains("Pakistan")) {
                facts.add(new Fact(iris.entity("SUPARCO"), KG.country.getURI(), NodeFactory.createURI(iris.entity("Pakistan")),
                        new Evidence(article.title(), 0, 1, 0.9, "rule:test-double")));
            }
            return new ExtractionResult(article, entities, mentions, facts, "test-double");
        }

        @Override
        public String version() {
            return "test-double";
        }
    }

    @Test
    void scoresTheStoredGraphsOfTheSeedPagesAsOneCorpus(@TempDir Path dir) throws IOException {
        try (GraphStore store = InMemoryGraphStore.create()) {
            Path dump = dir.resolve("seeds.nq");
            Evaluation.Result result = Evaluation.run(ReadResult.of(SeedCorpus.articles()), SeedCorpus.gold(), store,
                    new FixedNamesExtractor(), (position, total, outcome) -> { }, dump);

            assertThat(result.ingest().stored()).isEqualTo(7);
            EvalReport report = result.report();
            // SUPARCO, Pakistan and China are in the gold; the double types Islamabad as a person, which the
            // gold's kg:City does not accept.
            assertThat(report.entities().tp()).isEqualTo(3);
            assertThat(report.spuriousEntities()).extracting(EvalReport.Item::description).allMatch(d -> d.contains("Islamabad"));
            assertThat(report.factsByProperty().get("country").tp()).isEqualTo(1);
            assertThat(report.missedFacts()).extracting(EvalReport.Item::description)
                    .noneMatch(d -> d.startsWith("suparco ") && d.contains("kg:country pakistan"));
            assertThat(ReportTable.format(report, false)).contains("entities", "kg:country", "kg:party");
            assertThat(Scorer.score(SeedCorpus.gold(), SystemGraph.readNQuads(Files.newInputStream(dump)))).isEqualTo(report);
        }
    }
}
