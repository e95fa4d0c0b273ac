package org.astrolabe.extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.astrolabe.extractor.ExtractionAssertions.describe;
import static org.astrolabe.extractor.ExtractionAssertions.extract;

import java.time.LocalDate;
import java.util.Optional;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Relative dates are read against the article's date, at the precision the text gives. */
@Tag("models")
class DateNormalisationTest {

    private static Optional<Node> literal(ExtractionResult r, String property) {
        return r.facts().stream().filter(f -> f.propertyIri().equals(KG.NS + property)).map(f -> f.object()).findFirst();
    }

    @Test
    void weekdayIsTheDayOfTheArticleWeek() {
        ExtractionResult r = extract("NASA and ISRO signed an agreement on Tuesday.", LocalDate.of(2025, 4, 22));
        assertThat(literal(r, "signedOn")).as(describe(r)).get()
                .satisfies(n -> assertThat(n.getLiteralLexicalForm()).isEqualTo("2025-04-22"))
                .satisfies(n -> assertThat(n.getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdate));
    }

    @Test
    void lastMonthIsAYearMonth() {
        ExtractionResult r = extract("Last month, Japan and India signed a memorandum of understanding.", LocalDate.of(2025, 2, 28));
        assertThat(literal(r, "signedOn")).as(describe(r)).get()
                .satisfies(n -> assertThat(n.getLiteralLexicalForm()).isEqualTo("2025-01"))
                .satisfies(n -> assertThat(n.getLiteralDatatype()).isEqualTo(XSDDatatype.XSDgYearMonth));
    }

    @Test
    void plannedYearIsAYear() {
        ExtractionResult r = extract("The Chang'e 8 mission is expected to launch in 2028.", LocalDate.of(2025, 4, 22));
        assertThat(literal(r, "launchDate")).as(describe(r)).get()
                .satisfies(n -> assertThat(n.getLiteralLexicalForm()).isEqualTo("2028"))
                .satisfies(n -> assertThat(n.getLiteralDatatype()).isEqualTo(XSDDatatype.XSDgYear));
    }

    @Test
    void monthAndYearIsAYearMonth() {
        ExtractionResult r = extract("In May 2024, Turkey launched its first lunar satellite aboard China's Chang'e-7 probe.",
                LocalDate.of(2025, 4, 22));
        assertThat(literal(r, "launchDate")).as(describe(r)).get()
                .satisfies(n -> assertThat(n.getLiteralLexicalForm()).isEqualTo("2024-05"));
    }

    @Test
    void lastWeekIsTheMonthOfThatWeek() {
        ExtractionResult r = extract("Last week, CMSA and SUPARCO signed a cooperation agreement.", LocalDate.of(2025, 3, 7));
        assertThat(literal(r, "signedOn")).as(describe(r)).get()
                .satisfies(n -> assertThat(n.getLiteralLexicalForm()).isEqualTo("2025-02"));
    }
}
