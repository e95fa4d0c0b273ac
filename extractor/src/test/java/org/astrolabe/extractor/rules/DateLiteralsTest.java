package org.astrolabe.extractor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.junit.jupiter.api.Test;

class DateLiteralsTest {

    @Test
    void keepsThePrecisionOfTheValue() {
        assertThat(DateLiterals.fromTimex("2025-04-22")).get().satisfies(n -> {
            assertThat(n.getLiteralLexicalForm()).isEqualTo("2025-04-22");
            assertThat(n.getLiteralDatatype()).isEqualTo(XSDDatatype.XSDdate);
        });
        assertThat(DateLiterals.fromTimex("2025-01")).get().satisfies(n -> assertThat(n.getLiteralDatatype()).isEqualTo(XSDDatatype.XSDgYearMonth));
        assertThat(DateLiterals.fromTimex("2028")).get().satisfies(n -> assertThat(n.getLiteralDatatype()).isEqualTo(XSDDatatype.XSDgYear));
    }

    @Test
    void aWeekIsTheMonthOfItsThursday() {
        assertThat(DateLiterals.fromTimex("2025-W09")).get().satisfies(n -> assertThat(n.getLiteralLexicalForm()).isEqualTo("2025-02"));
        assertThat(DateLiterals.fromTimex("2025-W10")).get().satisfies(n -> assertThat(n.getLiteralLexicalForm()).isEqualTo("2025-03"));
    }

    @Test
    void vagueValuesGiveNothing() {
        assertThat(DateLiterals.fromTimex("PAST_REF")).isEmpty();
        assertThat(DateLiterals.fromTimex("2025-XX")).isEmpty();
        assertThat(DateLiterals.fromTimex(null)).isEmpty();
    }
}
