package org.astrolabe.extractor.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void spellingsOfOneNameNormaliseAlike() {
        assertThat(Names.normalize("Chang’E-8")).isEqualTo(Names.normalize("Chang'e 8"));
        assertThat(Names.normalize("The Ministry of Science & Technology")).isEqualTo("ministry of science and technology");
    }

    @Test
    void anAbbreviatedLegalFormKeysAsTheWrittenOutOne() {
        assertThat(Names.key("True Corp")).isEqualTo(Names.key("True Corporation")).isEqualTo("true-corporation");
        assertThat(Names.key("Orbital Sky Ltd")).isEqualTo(Names.key("Orbital Sky Limited"));
        assertThat(Names.key("Corp Holdings")).isEqualTo("corp-holdings");
    }
}
