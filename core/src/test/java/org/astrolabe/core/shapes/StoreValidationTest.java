package org.astrolabe.core.shapes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
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
import org.astrolabe.core.store.ShapeBreakingArticle;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Test;

class StoreValidationTest {
    private static final Iris IRIS = Iris.defaults();

    @Test
    void anArticlesOwnViolationIsReportedOnceWithItsArticleAndFocusNode() {
        try (GraphStore store = InMemoryGraphStore.create()) {
            store.put(ShapeBreakingArticle.agencyHeadquarteredInAPerson(IRIS, "https://news.example.org/broken"));
            StoreValidation validation = StoreValidation.of(store, IRIS);

            assertThat(validation.articles()).isEqualTo(1);
            assertThat(validation.conforms()).isFalse();
            assertThat(validation.unionViolations()).as("the union shows it too, but it is the article's").isEmpty();
            assertThat(validation.articleViolations()).singleElement().satisfies(v -> {
                assertThat(v.graph()).startsWith(IRIS.base() + "doc/");
                assertThat(v.focusNode()).isEqualTo("res:orbital-agency");
                assertThat(v.path()).isEqualTo("kg:headquarteredIn");
                assertThat(v.message()).isEqualTo("An organization is headquartered in a city.");
            });
            assertThat(validation.countsByKind()).containsExactly(Map.entry("sh:ClassConstraintComponent on kg:headquarteredIn", 1));
        }
    }

    @Test
    void articlesThatConformAloneCanStillConflictInTheUnion() {
        try (GraphStore store = InMemoryGraphStore.create()) {
            store.put(planValidFrom("https://news.example.org/plan-a", "2025"));
            store.put(planValidFrom("https://news.example.org/plan-b", "2026"));
            assertThat(store.shapeViolations()).isZero();

            StoreValidation validation = StoreValidation.of(store, IRIS);
            assertThat(validation.articles()).isEqualTo(2);
            assertThat(validation.articleViolations()).isEmpty();
            assertThat(validation.unionViolations()).singleElement().satisfies(v -> {
                assertThat(v.graph()).isEqualTo(ShapeValidator.UNION);
                assertThat(v.focusNode()).isEqualTo("res:action-plan");
                assertThat(v.kind()).isEqualTo("sh:MaxCountConstraintComponent on kg:validFrom");
            });
        }
    }

    @Test
    void anEmptyStoreConforms() {
        try (GraphStore store = InMemoryGraphStore.create()) {
            StoreValidation validation = StoreValidation.of(store, IRIS);
            assertThat(validation.articles()).isZero();
            assertThat(validation.conforms()).isTrue();
        }
    }

    /** An article saying the action plan runs from {@code year}. */
    private static ExtractionResult planValidFrom(String url, String year) {
        String text = "The Action Plan runs from " + year + ".";
        ExtractedEntity plan = new ExtractedEntity(IRIS.entity("Action Plan"), KG.Agreement.getURI(), "Action Plan",
                Set.of("Action Plan"), Set.of());
        Fact from = new Fact(plan.iri(), KG.validFrom.getURI(), NodeFactory.createLiteralDT(year, XSDDatatype.XSDgYear),
                new Evidence(text, 0, text.length(), 0.8, "rule:test"));
        Article article = new Article("plan.txt", url, "Plan", null, text);
        return new ExtractionResult(article, List.of(plan), List.of(new Mention(plan.iri(), 4, 15, "Action Plan")),
                List.of(from), "test-1");
    }
}
