package org.astrolabe.extractor.relations;

import java.util.List;
import java.util.Set;

import org.astrolabe.extractor.rules.RawFact;

/**
 * A launch or a signing has one date, written more or less precisely across an article: "launched on 11 March"
 * in the lead, "planned this year" or "in 2025" later. Where a thing has a date and a more precise one that
 * agrees with it (2025 and 2025-03-11, 2025-03 and 2025-03-11), only the precise one is its date; dates that
 * disagree are all kept.
 */
public final class CoarserDates {
    private static final Set<String> DATE_PROPERTIES = Set.of("launchDate", "signedOn");

    private CoarserDates() {
    }

    /** The facts without the dates that a more precise date of the same subject and property refines. */
    public static List<RawFact> withoutCoarserDates(List<RawFact> facts) {
        return RefinedLiterals.withoutRefined(facts, f -> DATE_PROPERTIES.contains(f.property()),
                f -> f.literal().getLiteralLexicalForm(), (precise, coarse) -> precise.startsWith(coarse + "-"));
    }
}
