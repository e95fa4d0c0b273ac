package org.astrolabe.extractor.rules;

import static org.assertj.core.api.Assertions.assertThat;

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
    void titlesRunTogetherAreSplit() {
        assertThat(Titles.clean("Foreign Minister Senator")).containsExactly("Foreign Minister", "Senator");
        assertThat(Titles.clean("Prime Minister")).containsExactly("Prime Minister");
    }

    @Test
    void directorGeneralIsOneTitle() {
        assertThat(Titles.clean("Director General")).containsExactly("Director General");
        assertThat(Titles.clean("Director General of the agency")).containsExactly("Director General of the agency");
    }
}
