package org.astrolabe.extractor.relations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.astrolabe.extractor.rules.RawFact;
import org.junit.jupiter.api.Test;

/** The facts dropped once all stages have spoken: coarser dates, shorter titles, and deputies or crew members read as leaders. */
class FactPruningTest {
    private static RawFact date(int subject, String property, String lexical) {
        XSDDatatype type = lexical.length() == 4 ? XSDDatatype.XSDgYear
                : lexical.length() == 7 ? XSDDatatype.XSDgYearMonth : XSDDatatype.XSDdate;
        return RawFact.literal(subject, property, NodeFactory.createLiteralDT(lexical, type), 0, "rule:test", 0.7);
    }

    private static RawFact title(int subject, String title) {
        return RawFact.literal(subject, "title", NodeFactory.createLiteralString(title), 0, "rule:test", 0.7);
    }

    private static RawFact leads(int subject, int object) {
        return RawFact.relation(subject, "leaderOf", object, 0, "learned:relation-classifier", 0.8);
    }

    @Test
    void aDateGivesWayToAMorePreciseOneThatAgreesWithIt() {
        List<RawFact> facts = List.of(date(1, "launchDate", "2025"), date(1, "launchDate", "2025-03"),
                date(1, "launchDate", "2025-03-11"), date(2, "launchDate", "2025"), date(3, "signedOn", "2024"),
                date(3, "signedOn", "2024-06-02"));
        assertThat(CoarserDates.withoutCoarserDates(facts)).extracting(f -> f.subject() + " " + f.literal().getLiteralLexicalForm())
                .containsExactly("1 2025-03-11", "2 2025", "3 2024-06-02");
    }

    @Test
    void datesThatDisagreeAreAllKept() {
        List<RawFact> facts = List.of(date(1, "launchDate", "2024"), date(1, "launchDate", "2025-03-11"));
        assertThat(CoarserDates.withoutCoarserDates(facts)).hasSize(2);
    }

    @Test
    void theClassifierDoesNotMakeADeputyOrACrewMemberTheLeader() {
        List<RawFact> facts = List.of(title(1, "vice president"), leads(1, 9), title(2, "Deputy Director-General"), leads(2, 9),
                title(3, "president"), leads(3, 9), title(4, "vice-chairman"), title(4, "chief executive"), leads(4, 8), leads(5, 9),
                title(6, "Vice President"), RawFact.relation(6, "leaderOf", 7, 0, "rule:chairs", 0.7),
                title(7, "astronaut"), title(7, "commander"), leads(7, 9));
        assertThat(UnlikelyLeaders.withoutUnlikelyLeaders(facts, id -> false)).filteredOn(f -> f.property().equals("leaderOf"))
                .extracting(RawFact::subject).containsExactly(3, 4, 5, 6);
    }

    @Test
    void theClassifierDoesNotMakeAMinisterOrAnEnvoyTheLeaderOfACountry() {
        int country = 9;
        int ministry = 8;
        List<RawFact> facts = List.of(title(1, "science minister"), leads(1, country), title(2, "Minister of State for Space Policy"),
                leads(2, ministry), title(3, "Prime Minister"), leads(3, country), title(4, "Ambassador"), leads(4, country),
                title(5, "President"), leads(5, country));
        assertThat(UnlikelyLeaders.withoutUnlikelyLeaders(facts, id -> id == country)).filteredOn(f -> f.property().equals("leaderOf"))
                .extracting(RawFact::subject).containsExactly(2, 3, 5);
    }

    @Test
    void aTitleGivesWayToALongerOneThatEndsWithIt() {
        List<RawFact> facts = List.of(title(1, "specialist"), title(1, "mission specialist"), title(2, "director"),
                title(2, "director general"), title(3, "astronaut"), title(3, "commander"));
        assertThat(ShorterTitles.withoutShorterTitles(facts)).extracting(f -> f.subject() + " " + f.literal().getLiteralLexicalForm())
                .containsExactly("1 mission specialist", "2 director", "2 director general", "3 astronaut", "3 commander");
    }
}
