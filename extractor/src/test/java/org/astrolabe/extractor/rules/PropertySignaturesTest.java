package org.astrolabe.extractor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Test;

class PropertySignaturesTest {

    @Test
    void aPlaceLiesInACountryByKgCountryNotByLocatedIn() {
        assertThat(PropertySignatures.allowsObject("locatedIn", KG.Country.getURI())).isFalse();
        assertThat(PropertySignatures.allowsObject("locatedIn", KG.Place.getURI())).isTrue();
        assertThat(PropertySignatures.allowsObject("country", KG.Country.getURI())).isTrue();
        assertThat(PropertySignatures.allowsSubject("country", KG.Place.getURI())).isTrue();
    }

    @Test
    void membershipNeedsAPersonAndAnOrganisation() {
        assertThat(PropertySignatures.allowsSubject("memberOf", KG.Person.getURI())).isTrue();
        assertThat(PropertySignatures.allowsObject("memberOf", KG.Mission.getURI())).isFalse();
    }
}
