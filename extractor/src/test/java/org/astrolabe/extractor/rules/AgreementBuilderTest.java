package org.astrolabe.extractor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.astrolabe.extractor.ExtractionAssertions.describe;
import static org.astrolabe.extractor.ExtractionAssertions.extract;
import static org.astrolabe.extractor.ExtractionAssertions.has;

import java.time.LocalDate;
import java.util.List;

import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How agreement mentions become agreements: their sides, their signing date, one entity per real agreement. */
@Tag("models")
class AgreementBuilderTest {

    private static List<ExtractedEntity> agreements(ExtractionResult result) {
        return result.entities().stream().filter(e -> e.type().equals(KG.Agreement.getURI())).toList();
    }

    @Test
    void whoReportsTheSigningIsNotWhatTheAgreementConcerns() {
        ExtractionResult r = extract("Norway and Sweden signed an agreement on the Kestrel-9 mission, the Lakeford Space Institute said.");
        assertThat(has(r, "*", "concerns", "Kestrel-9")).as(describe(r)).isTrue();
        assertThat(has(r, "*", "concerns", "Lakeford Space Institute")).as(describe(r)).isFalse();
    }

    @Test
    void officialsSignForTheirOrganisations() {
        ExtractionResult r = extract("ISRO chairman Ravi Menon and JAXA president Kenji Sato signed a joint statement on Monday.");
        assertThat(has(r, "*", "party", "ISRO")).as(describe(r)).isTrue();
        assertThat(has(r, "*", "party", "JAXA")).as(describe(r)).isTrue();
        assertThat(has(r, "*", "party", "Kenji Sato")).as(describe(r)).isFalse();
    }

    @Test
    void anOfficialInAppositionSignsForTheAgencyNamedThere() {
        ExtractionResult r = extract("The memorandum was signed by Laura Bianchi, director general of ESA, and NASA.");
        assertThat(has(r, "*", "party", "ESA")).as(describe(r)).isTrue();
        assertThat(has(r, "*", "party", "NASA")).as(describe(r)).isTrue();
    }

    @Test
    void aSimilarMemorandumIsAnotherAgreement() {
        ExtractionResult r = extract("ISRO and CNES signed a memorandum of understanding on Tuesday. "
                + "Last month, CNES signed a similar memorandum with JAXA.");
        assertThat(agreements(r)).as(describe(r)).hasSize(2);
    }

    @Test
    void laterMentionsOfTheSameAgreementAreOneAgreement() {
        ExtractionResult r = extract("NASA and ESA signed an agreement on Monday. The agreement with ESA covers the Lunar Gateway.");
        assertThat(agreements(r)).as(describe(r)).hasSize(1);
        assertThat(has(r, "*", "concerns", "Lunar Gateway")).as(describe(r)).isTrue();
    }

    @Test
    void theAccordsAfterTheArtemisAccordsAreThoseAccords() {
        ExtractionResult r = extract("The Artemis Accords set out principles for lunar exploration. "
                + "Nigeria and Rwanda signed the accords on Monday.");
        assertThat(agreements(r)).as(describe(r)).hasSize(1);
        assertThat(has(r, "Artemis Accords", "party", "Rwanda")).as(describe(r)).isTrue();

        ExtractionResult twoNamed = extract("The Artemis Accords and the Moon Treaty differ on resources. "
                + "Nigeria and Rwanda signed the accords on Monday.");
        assertThat(has(twoNamed, "Artemis Accords", "party", "Rwanda")).as(describe(twoNamed)).isTrue();

        ExtractionResult another = extract("The Artemis Accords set out principles for lunar exploration. "
                + "Nigeria and Rwanda signed another accord on Monday.");
        assertThat(has(another, "Artemis Accords", "party", "Rwanda")).as(describe(another)).isFalse();
    }

    @Test
    void aCraftNamedInTheAgreementsWordsIsWhatItConcerns() {
        ExtractionResult r = extract("Kenya and Italy signed the Orbix-5 satellite deal in July.");
        assertThat(agreements(r)).as(describe(r)).hasSize(1);
        assertThat(has(r, "*", "concerns", "Orbix-5")).as(describe(r)).isTrue();
        assertThat(has(r, "*", "party", "Italy")).as(describe(r)).isTrue();
    }

    @Test
    void agreementsWithSeveralCounterpartsAreOneEach() {
        ExtractionResult r = extract("China has concluded cooperation agreements with ESA and UNOOSA.");
        assertThat(agreements(r)).as(describe(r)).hasSize(2);
    }

    @Test
    void counterpartsAddedWithAsWellAsAreOneEachToo() {
        ExtractionResult r = extract("India has signed cooperation agreements with NASA, as well as with space agencies in Japan and Brazil.");
        assertThat(agreements(r)).as(describe(r)).hasSize(3);
        assertThat(has(r, "*", "party", "Brazil")).as(describe(r)).isTrue();
    }

    @Test
    void anAgreementNamedAfterOneSideIsTheAgreementWithBoth() {
        ExtractionResult r = extract("ESA and JAXA signed a memorandum of understanding in May. The JAXA memorandum covers the Lunar Gateway.");
        assertThat(agreements(r)).as(describe(r)).hasSize(1);
        assertThat(has(r, "*", "party", "ESA")).as(describe(r)).isTrue();
        assertThat(has(r, "*", "concerns", "Lunar Gateway")).as(describe(r)).isTrue();
    }

    @Test
    void anAgreementWithOneKnownSideIsNotStated() {
        ExtractionResult r = extract("Officials said the agreement with NASA was a good one.");
        assertThat(agreements(r)).as(describe(r)).isEmpty();
    }

    @Test
    void agreementWordsWithoutAnAgreementGiveNone() {
        ExtractionResult r = extract("ISRO and NASA officials said there was broad agreement that launch costs must fall.");
        assertThat(agreements(r)).as(describe(r)).isEmpty();
    }

    @Test
    void agreementsAreEnteredIntoAndStruckAsWellAsSigned() {
        ExtractionResult r = extract("JAXA entered into an agreement with ISRO on Monday. Arianespace struck a deal with Eutelsat in January.");
        assertThat(agreements(r)).as(describe(r)).hasSize(2);
        assertThat(has(r, "*", "party", "Eutelsat")).as(describe(r)).isTrue();
        assertThat(has(r, "*", "signedOn", "2025-03-10")).as(describe(r)).isTrue();
    }

    @Test
    void anAgreementStillToBeSignedHasNoSigningDate() {
        ExtractionResult r = extract("ISRO will sign a deal with Arianespace next month.");
        assertThat(agreements(r)).as(describe(r)).hasSize(1);
        assertThat(r.facts()).as(describe(r)).noneMatch(f -> f.propertyIri().equals(KG.NS + "signedOn"));
    }

    @Test
    void aMonthOfSigningIsNotAfterTheArticle() {
        ExtractionResult r = extract("Egypt and China signed the satellite contract in February.", LocalDate.of(2025, 10, 31));
        assertThat(has(r, "*", "signedOn", "2025-02")).as(describe(r)).isTrue();
    }

    @Test
    void aYearThatNamesTheAgreementIsItsSigningYear() {
        ExtractionResult named = extract("The training follows a 2015 agreement between ESA and CNSA on astronaut cooperation.");
        assertThat(has(named, "*", "signedOn", "2015")).as(describe(named)).isTrue();

        ExtractionResult elsewhere = extract("The training follows an agreement between ESA and CNSA that runs until 2030.");
        assertThat(elsewhere.facts()).as(describe(elsewhere)).noneMatch(f -> f.propertyIri().equals(KG.NS + "signedOn"));
    }

    @Test
    void theSigningDateGoesWithTheSigningVerb() {
        ExtractionResult r = extract("In 2019, ISRO and CNES signed a contract to launch a satellite in 2023.");
        assertThat(has(r, "*", "signedOn", "2019")).as(describe(r)).isTrue();
        assertThat(has(r, "*", "signedOn", "2023")).as(describe(r)).isFalse();
    }

    @Test
    void anAgreementSignedOnAnotherDateIsAnotherAgreement() {
        ExtractionResult r = extract("Brazil and China signed a loan agreement in June 2010. "
                + "The two countries have worked together since 1988 under an agreement they signed in 1991.");
        assertThat(agreements(r)).as(describe(r)).hasSize(2);
        assertThat(has(r, "*", "signedOn", "1991")).as(describe(r)).isTrue();
    }

    @Test
    void twoAgreementsOfTheSameSidesInOneArticleAreKeptApartByTheirYear() {
        ExtractionResult r = extract("Brazil and China signed a loan agreement in June 2010. "
                + "The two countries have worked together since 1988 under an agreement they signed in 1991.");
        assertThat(agreements(r).stream().map(ExtractedEntity::iri).distinct()).as(describe(r)).hasSize(2);
    }

    @Test
    void anAgreementIsTheSameAcrossArticlesWhetherOrNotOneOfThemDatesIt() {
        ExtractionResult dated = extract("Brazil and China signed a space agreement in 2010.");
        ExtractionResult undated = extract("Officials said the space agreement between Brazil and China covers launches.");
        assertThat(agreements(dated)).as(describe(dated)).hasSize(1);
        assertThat(agreements(undated)).as(describe(undated)).hasSize(1);
        assertThat(agreements(undated).get(0).iri()).isEqualTo(agreements(dated).get(0).iri());
    }

    @Test
    void theTwoSidesAndBothCountriesAreTheTwoNamedLast() {
        ExtractionResult sides = extract("The Kenya Space Agency hosted a delegation from the Italian Space Agency on Monday. "
                + "During the visit, the two sides signed an agreement on satellite data.");
        assertThat(has(sides, "*", "party", "Kenya Space Agency")).as(describe(sides)).isTrue();
        assertThat(has(sides, "*", "party", "Italian Space Agency")).as(describe(sides)).isTrue();

        ExtractionResult modified = extract("Officials of the Kenya Space Agency and the Italian Space Agency met in Nairobi. "
                + "The two space agencies inked a cooperation pact during the visit.");
        assertThat(has(modified, "*", "party", "Italian Space Agency")).as(describe(modified)).isTrue();

        ExtractionResult both = extract("Kenya and Italy discussed space cooperation. "
                + "Both countries signed a memorandum of understanding on satellite launches.");
        assertThat(has(both, "*", "party", "Kenya")).as(describe(both)).isTrue();
        assertThat(has(both, "*", "party", "Italy")).as(describe(both)).isTrue();
    }
}
