package org.astrolabe.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.astrolabe.core.model.Article;
import org.astrolabe.extractor.relations.AnnotatedArticle;
import org.astrolabe.extractor.CoreNlpExtractor;
import org.astrolabe.extractor.resolve.ArticleEntity;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The features of candidate pairs in sentences written for the test, with the real parser. */
@Tag("models")
class RelationFeaturesTest {

    @Test
    void verbBetweenTheMentionsIsATriggerAndThePathRunsThroughIt() {
        List<String> f = features("Egypt signed an agreement with Kenya on satellite data.", "Egypt", "Kenya");
        assertThat(f).contains("cls=Country>Country", "order=SO", "bw=sign", "trigger=SO:sign", "trigger=SO:agreement",
                "before=<s>", "after=on");
        assertThat(f).anyMatch(x -> x.startsWith("path=<nsubj[sign]"));
        assertThat(f).anyMatch(x -> x.startsWith("upath=<nsubj"));
        assertNoNames(f, "egypt", "kenya");
    }

    @Test
    void possessiveIsAConstruction() {
        List<String> f = features("Nigeria's NASRDA will build two satellites.", "NASRDA", "Nigeria");
        assertThat(f).contains("cls=SpaceAgency>Country", "order=OS", "dist=OS:1", "bwseq=OS:'s", "cons=poss", "upath=nmod:poss>",
                "SpaceAgency>Country|cons=poss", "SpaceAgency>Country|upath=nmod:poss>");
        assertNoNames(f, "nigeria", "nasrda");
    }

    @Test
    void otherEntitiesBetweenReadAsTheirClass() {
        List<String> f = features("Brazil, Egypt and Kenya will cooperate on a lunar mission.", "Brazil", "Kenya");
        assertThat(f).contains("bw=<Country>", "bw=and", "cons=conj").doesNotContain("bw=egypt");
    }

    @Test
    void pairsFarApartKeepOnlyTheFarMarker() {
        List<String> f = features("Egypt, which has launched several small satellites over the past decade with partners from many "
                + "countries and regions around the world, now talks to Kenya.", "Egypt", "Kenya");
        assertThat(f).contains("bw=<far>").noneMatch(x -> x.startsWith("trigger="));
    }

    @Test
    void aMissionIsPairedWithTheDatesOfItsSentence() {
        AnnotatedArticle analysed = analyse("The Chang'e 7 mission will be launched in 2026 from Wenchang.");
        CandidatePair dated = CandidatePairs.dated(analysed.resolved(), analysed.sentences()).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no dated candidate"));
        assertThat(dated.literal().getLiteralLexicalForm()).isEqualTo("2026");
        List<String> f = RelationClassifier.features(analysed.sentences(), analysed.resolved(), dated);
        assertThat(f).contains("cls=Mission>DATE", "okind=DATE", "trigger=SO:launch", "dateprec=4");
        assertThat(RelationClassifier.labels(analysed.resolved(), dated)).containsExactly(RelationLabels.NONE, RelationLabels.LAUNCH_DATE);
    }

    @Test
    void datesBetweenReadAsTheirShape() {
        List<String> f = features("Egypt said on Friday that Kenya would join.", "Egypt", "Kenya");
        assertThat(f).contains("bw=<DATE>").doesNotContain("bw=friday");
    }

    private static void assertNoNames(List<String> features, String... names) {
        for (String name : names) {
            assertThat(features).noneMatch(x -> x.toLowerCase(Locale.ROOT).contains(name));
        }
    }

    private static AnnotatedArticle analyse(String text) {
        return CoreNlpExtractor.shared().analyse(new Article("test", null, null, LocalDate.of(2025, 3, 14), text));
    }

    private static List<String> features(String text, String subject, String object) {
        AnnotatedArticle analysed = analyse(text);
        CandidatePair pair = CandidatePairs.of(analysed.resolved()).stream()
                .filter(p -> named(analysed, p.subject(), subject) && named(analysed, p.object(), object)).findFirst()
                .orElseThrow(() -> new AssertionError("no candidate pair " + subject + " -> " + object + " in: " + text));
        return RelationClassifier.features(analysed.sentences(), analysed.resolved(), pair);
    }

    private static boolean named(AnnotatedArticle analysed, int id, String name) {
        ArticleEntity e = analysed.resolved().entity(id);
        return e.label().equals(name) || e.names().contains(name) || (e.gazetteer() != null && e.gazetteer().aliases().contains(name));
    }
}
