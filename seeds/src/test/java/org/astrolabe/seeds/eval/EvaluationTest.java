package org.astrolabe.seeds.eval;

import static org.assertj.core.api.Assertions.assertThat;

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
    void scoresTheStoredGraphsOfTheSeedPagesPerPage() {
        try (GraphStore store = InMemoryGraphStore.create()) {
            Evaluation.Result result = Evaluation.run(ReadResult.of(SeedCorpus.articles()), SeedCorpus.gold(), store,
                    Iris.defaults(), new FixedNamesExtractor(), (position, total, outcome) -> { });

            assertThat(result.ingest().stored()).isEqualTo(7);
            EvalReport report = result.report();
            assertThat(report.documents()).extracting(EvalReport.DocumentReport::articles).containsExactly(2, 2, 1, 1, 1);
            for (EvalReport.DocumentReport page : report.documents()) {
                // Every page names SUPARCO, Pakistan and China, all in its gold; the double types Islamabad as a
                // person, which the gold's kg:City does not accept.
                assertThat(page.entities().found()).as(page.fileName()).isEqualTo(3);
                assertThat(page.wrong()).as(page.fileName()).allMatch(w -> w.contains("Islamabad"));
                assertThat(page.missed()).as(page.fileName()).doesNotContain("F suparco kg:country pakistan");
                assertThat(page.facts().correct()).isEqualTo(1);
            }
            assertThat(report.relations().get(KG.country.getURI()).correct()).isEqualTo(5);
            assertThat(ReportTable.format(report, false)).contains("TOTAL", "kg:country", "kg:party");
        }
    }
}
