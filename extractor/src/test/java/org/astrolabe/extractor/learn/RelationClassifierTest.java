package org.astrolabe.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.astrolabe.core.model.Article;
import org.astrolabe.extractor.relations.AnnotatedArticle;
import org.astrolabe.extractor.CoreNlpExtractor;
import org.astrolabe.extractor.resolve.ResolvedArticle;
import org.astrolabe.extractor.rules.RawFact;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The committed classifier on sentences written for the test. */
@Tag("models")
class RelationClassifierTest {

    @Test
    void findsTheLeaderOfAnAgency() {
        List<String> found = classify("Amina Yusuf, the director general of the Kenya Space Agency, opened the workshop in Nairobi.");
        assertThat(found).contains("Amina Yusuf leaderOf Kenya Space Agency");
    }

    @Test
    void statesOnlyPropertiesTheClassesAllowWithItsProbabilityAsConfidence() {
        AnnotatedArticle analysed = analyse("Amina Yusuf, the director general of the Kenya Space Agency, opened the workshop in Nairobi.");
        List<RawFact> facts = RelationClassifier.load().classify(analysed.sentences(), analysed.resolved());
        assertThat(facts).isNotEmpty().allSatisfy(f -> {
            assertThat(f.extractor()).isEqualTo(RelationClassifier.EXTRACTOR);
            assertThat(f.confidence()).isBetween(RelationTrainer.LOWEST_THRESHOLD, 1.0);
            if (f.isLiteral()) {
                assertThat(f.property()).isEqualTo(RelationLabels.LAUNCH_DATE);
            } else {
                assertThat(RelationLabels.allowed(analysed.resolved().entity(f.subject()).classIri(),
                        analysed.resolved().entity(f.object()).classIri())).contains(f.property());
            }
        });
    }

    @Test
    void leavesAStatementTheRulesMadeToThem() {
        AnnotatedArticle analysed = analyse("Amina Yusuf, the director general of the Kenya Space Agency, opened the workshop in Nairobi.");
        RelationClassifier classifier = RelationClassifier.load();
        List<RawFact> alone = classifier.classify(analysed.sentences(), analysed.resolved());
        RawFact leader = alone.stream().filter(f -> f.property().equals("leaderOf")).findFirst().orElseThrow();
        RawFact byRule = RawFact.relation(leader.subject(), "leaderOf", leader.object(), leader.sentence(), "rule:test", 0.5);
        assertThat(classifier.classify(analysed.sentences(), analysed.resolved(), List.of(byRule)))
                .noneMatch(f -> f.property().equals("leaderOf") && f.subject() == leader.subject() && f.object() == leader.object());
    }

    @Test
    void anEmptyModelStatesNothing() {
        AnnotatedArticle analysed = analyse("Amina Yusuf, the director general of the Kenya Space Agency, opened the workshop.");
        RelationClassifier empty = new RelationClassifier(new RelationModel(Map.of(), Map.of(), List.of()));
        assertThat(empty.classify(analysed.sentences(), analysed.resolved())).isEmpty();
    }

    private static List<String> classify(String text) {
        AnnotatedArticle analysed = analyse(text);
        ResolvedArticle r = analysed.resolved();
        return RelationClassifier.load().classify(analysed.sentences(), r).stream()
                .map(f -> r.entity(f.subject()).label() + " " + f.property() + " " + r.entity(f.object()).label()).toList();
    }

    private static AnnotatedArticle analyse(String text) {
        return CoreNlpExtractor.shared().analyse(new Article("test", null, null, LocalDate.of(2025, 3, 14), text));
    }
}
