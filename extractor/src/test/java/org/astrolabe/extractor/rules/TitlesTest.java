package org.astrolabe.extractor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.CoreLabel;
import org.junit.jupiter.api.Test;

class TitlesTest {
    @Test
    void formsOfAddressAreNotTitles() {
        assertThat(Titles.clean("Dr. Director")).containsExactly("Director");
        assertThat(Titles.clean("Sheikh Minister")).containsExactly("Minister");
        assertThat(Titles.clean("Engr. Project Director")).containsExactly("Project Director");
        assertThat(Titles.clean("Mr")).isEmpty();
    }

    @Test
    void aHyphenatedTitleIsOneWordAgain() {
        assertThat(Titles.clean("Deputy Secretary - General")).containsExactly("Deputy Secretary-General");
    }

    @Test
    void titlesRunTogetherAreSplit() {
        assertThat(Titles.clean("Foreign Minister Senator")).containsExactly("Foreign Minister", "Senator");
        assertThat(Titles.clean("Prime Minister")).containsExactly("Prime Minister");
    }

    @Test
    void directorGeneralIsOneTitle() {
        assertThat(Titles.clean("Director General")).containsExactly("Director General");
        assertThat(Titles.clean("Director General of the agency")).containsExactly("Director General of the agency");
    }

    /** Tokens of a phrase; a word written with a trailing "/T" is tagged TITLE, as CoreNLP tags offices. */
    private static List<CoreLabel> tokens(String phrase) {
        List<CoreLabel> out = new ArrayList<>();
        for (String w : phrase.split(" ")) {
            CoreLabel label = new CoreLabel();
            boolean title = w.endsWith("/T");
            String word = title ? w.substring(0, w.length() - 2) : w;
            label.setWord(word);
            label.setOriginalText(word);
            label.setNER(title ? "TITLE" : "O");
            out.add(label);
        }
        return out;
    }

    private static List<String> coordinated(String phrase) {
        List<CoreLabel> t = tokens(phrase);
        return Titles.coordinated(t, 0, t.size());
    }

    @Test
    void coordinatedOfficesAreTwoTitlesAndAPortfolioIsPartOfOne() {
        assertThat(coordinated("Deputy/T Prime/T Minister/T and Foreign/T Minister/T")).containsExactly("Deputy Prime Minister", "Foreign Minister");
        assertThat(coordinated("Science and Technology/T Minister/T")).containsExactly("Science and Technology Minister");
        assertThat(coordinated("Minister/T of Information and Communications")).containsExactly("Minister of Information and Communications");
        assertThat(coordinated("vice president and chief engineer")).containsExactly("vice president", "chief engineer");
    }
}
