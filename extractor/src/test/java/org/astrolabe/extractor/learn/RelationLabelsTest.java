package org.astrolabe.extractor.learn;

import static org.assertj.core.api.Assertions.assertThat;

import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Test;

class RelationLabelsTest {
    @Test
    void labelsFollowThePropertySignatures() {
        assertThat(RelationLabels.allowed(KG.Person.getURI(), KG.Country.getURI())).containsExactly("leaderOf", "nationality");
        assertThat(RelationLabels.allowed(KG.SpaceAgency.getURI(), KG.Country.getURI()))
                .containsExactly("cooperatesWith", "country");
        assertThat(RelationLabels.allowed(KG.Satellite.getURI(), KG.Mission.getURI())).containsExactly("payloadOf");
        assertThat(RelationLabels.allowed(KG.Country.getURI(), KG.Person.getURI())).isEmpty();
    }

    @Test
    void agreementsAreLeftToTheAgreementBuilder() {
        assertThat(RelationLabels.PROPERTIES).doesNotContain("party", "concerns");
    }

    @Test
    void namesNormaliseAsTheScorerDoes() {
        assertThat(GoldAlignment.normalise("The Chang’E-8's")).isEqualTo("change 8");
        assertThat(GoldAlignment.normalise("Égypte")).isEqualTo("egypte");
    }
}
