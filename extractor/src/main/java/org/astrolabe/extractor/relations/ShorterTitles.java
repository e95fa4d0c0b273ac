package org.astrolabe.extractor.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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
        Map<Integer, Set<String>> titlesOf = new HashMap<>();
        for (RawFact f : facts) {
            if (isTitle(f)) {
                titlesOf.computeIfAbsent(f.subject(), k -> new HashSet<>()).add(normal(f));
            }
        }
        List<RawFact> kept = new ArrayList<>(facts.size());
        for (RawFact f : facts) {
            String title = isTitle(f) ? normal(f) : null;
            if (title == null || titlesOf.get(f.subject()).stream().noneMatch(other -> other.endsWith(" " + title))) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static boolean isTitle(RawFact f) {
        return f.isLiteral() && f.property().equals("title");
    }

    private static String normal(RawFact f) {
        return f.literal().getLiteralLexicalForm().trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
