package org.astrolabe.extractor.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;

import org.astrolabe.extractor.rules.RawFact;

/**
 * One literal written more or less fully across an article (a date, a title): of the values a subject has for
 * a property, those that another of them refines are dropped; values that disagree are all kept.
 */
final class RefinedLiterals {
    private RefinedLiterals() {
    }

    /**
     * The facts without the literals that another value of the same subject and property refines.
     *
     * @param applies  which facts are read (the others are kept as they are)
     * @param value    the form in which values are compared
     * @param refines  whether the first value refines the second
     */
    static List<RawFact> withoutRefined(List<RawFact> facts, Predicate<RawFact> applies, Function<RawFact, String> value,
                                        BiPredicate<String, String> refines) {
        Map<String, Set<String>> valuesOf = new HashMap<>();
        for (RawFact f : facts) {
            if (f.isLiteral() && applies.test(f)) {
                valuesOf.computeIfAbsent(key(f), k -> new HashSet<>()).add(value.apply(f));
            }
        }
        List<RawFact> kept = new ArrayList<>(facts.size());
        for (RawFact f : facts) {
            if (!f.isLiteral() || !applies.test(f)) {
                kept.add(f);
                continue;
            }
            String own = value.apply(f);
            if (valuesOf.get(key(f)).stream().noneMatch(other -> refines.test(other, own))) {
                kept.add(f);
            }
        }
        return kept;
    }

    private static String key(RawFact f) {
        return f.subject() + " " + f.property();
    }
}
