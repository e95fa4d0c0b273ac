package org.astrolabe.extractor.relations;

import java.util.List;
import java.util.Locale;

import org.astrolabe.extractor.rules.RawFact;

/**
 * One office, read twice: "mission specialist Anna Kikina" gives "mission specialist" to one rule and only
 * "specialist" (the word CoreNLP tagged as a title) to another. Where a person has a title and a longer one
 * that ends with it, only the longer is their title; titles that differ otherwise are all kept.
 */
public final class ShorterTitles {
    private ShorterTitles() {
    }

    /** The facts without the titles that a longer title of the same person ends with. */
    public static List<RawFact> withoutShorterTitles(List<RawFact> facts) {
        return RefinedLiterals.withoutRefined(facts, f -> f.property().equals("title"),
                f -> f.literal().getLiteralLexicalForm().trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "),
                (longer, shorter) -> longer.endsWith(" " + shorter));
    }
}
