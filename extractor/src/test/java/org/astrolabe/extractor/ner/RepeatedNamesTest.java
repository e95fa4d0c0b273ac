package org.astrolabe.extractor.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.Test;

class RepeatedNamesTest {

    /** Sentences of tokens "word/TAG" (TAG O when left out), tagged in place. */
    private static List<List<CoreLabel>> tagged(String... sentences) {
        List<CoreMap> maps = new ArrayList<>();
        List<List<CoreLabel>> result = new ArrayList<>();
        for (String sentence : sentences) {
            List<CoreLabel> labels = new ArrayList<>();
            for (String token : sentence.split(" ")) {
                String[] parts = token.split("/", -1);
                CoreLabel label = new CoreLabel();
                label.setWord(parts[0]);
                label.setNER(parts.length > 1 ? parts[1] : "O");
                labels.add(label);
            }
            CoreMap map = new ArrayCoreMap();
            map.set(CoreAnnotations.TokensAnnotation.class, labels);
            maps.add(map);
            result.add(labels);
        }
        RepeatedNames.tag(maps);
        return result;
    }

    private static List<String> tags(List<CoreLabel> tokens) {
        return tokens.stream().map(CoreLabel::ner).toList();
    }

    @Test
    void aCraftNamedWhereItsKindIsSaidKeepsItsTagWhereItStandsAlone() {
        List<List<CoreLabel>> s = tagged("The Vesper/SATELLITE -/SATELLITE 2/SATELLITE orbiter was launched .",
                "Vesper - 2 reached Mars/CELESTIAL_BODY .");
        assertThat(tags(s.get(1))).containsExactly("SATELLITE", "SATELLITE", "SATELLITE", "O", "CELESTIAL_BODY", "O");
    }

    @Test
    void aNameOfSeveralWordsIsTaggedWhereverItRecurs() {
        List<List<CoreLabel>> s = tagged("Engineers of Orbital/COMPANY Forge/COMPANY built it .", "Later Orbital Forge sold it .");
        assertThat(tags(s.get(1))).containsExactly("O", "COMPANY", "COMPANY", "O", "O", "O");
    }

    @Test
    void aWordThatMayBeOrdinaryIsNotCarried() {
        List<List<CoreLabel>> s = tagged("The Hope/SATELLITE probe reached Mars/CELESTIAL_BODY .", "Hope is high .",
                "They said there is hope and Hope remains .");
        assertThat(tags(s.get(1))).containsOnly("O");
        assertThat(tags(s.get(2))).containsOnly("O");
    }

    @Test
    void aNameInsideALongerNameOrAlreadyTaggedIsLeftAlone() {
        List<List<CoreLabel>> s = tagged("The Kestrel/SATELLITE -/SATELLITE 3/SATELLITE satellite flew .",
                "Kestrel - 3 Station/PLACE hosts it .", "The Kestrel - 3 B satellite waits .");
        assertThat(tags(s.get(1))).containsExactly("O", "O", "O", "PLACE", "O", "O", "O");
        assertThat(tags(s.get(2)).subList(1, 5)).containsOnly("O");
    }

    @Test
    void peopleAreLeftToTheResolver() {
        List<List<CoreLabel>> s = tagged("Ola/PERSON Berg/PERSON spoke .", "Ola Berg smiled .");
        assertThat(tags(s.get(1))).containsOnly("O");
    }
}
