package org.astrolabe.extractor.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

import org.astrolabe.extractor.learn.RelationClassifier;
import org.astrolabe.extractor.rules.RawFact;

/**
 * Deputies and crew members do not lead the organisation beside their names: "JAXA vice president Sato Ken"
 * and "ESA astronaut Piet Janssen, the mission's commander" sit next to the agency as its president would, and
 * the learned classifier, which reads the words around a pair and not the title itself, may take them for its
 * leader. Its leaderOf statements about a person whose every title in the article is a deputy's (vice, deputy,
 * assistant, associate) or a crew member's are dropped; a rule's are kept (a vice president may chair a council).
 * Likewise a minister, secretary or envoy ("Japan's science minister X") serves a country without leading it: the
 * classifier's leaderOf from such a person to a country is dropped.
 */
public final class UnlikelyLeaders {
    private static final Pattern DEPUTY = Pattern.compile("^(vice|deputy|assistant|associate|under)[\\s-].*");
    private static final Pattern CREW = Pattern.compile(".*\\b(astronaut|cosmonaut|taikonaut|commander|pilot|engineer|specialist"
            + "|crew ?member|spaceflight participant)s?$");
    private static final Pattern SERVES_A_COUNTRY = Pattern.compile("^(?!prime\\b).*\\b(minister|secretary|ambassador|envoy|spokesperson"
            + "|spokesman|spokeswoman|counterpart)\\b.*");

    private UnlikelyLeaders() {
    }

    /**
     * The facts without the classifier's leaderOf statements of people who hold only deputies' or crew titles, or,
     * towards a country ({@code isCountry} of the object), only ministers' and envoys' titles.
     */
    public static List<RawFact> withoutUnlikelyLeaders(List<RawFact> facts, IntPredicate isCountry) {
        Map<Integer, Boolean> noLeadersTitle = new HashMap<>();
        Map<Integer, Boolean> servesACountry = new HashMap<>();
        for (RawFact f : facts) {
            if (f.property().equals("title") && f.isLiteral()) {
                String title = f.literal().getLiteralLexicalForm().toLowerCase(Locale.ROOT).strip();
                noLeadersTitle.merge(f.subject(), DEPUTY.matcher(title).matches() || CREW.matcher(title).matches(), Boolean::logicalAnd);
                servesACountry.merge(f.subject(), SERVES_A_COUNTRY.matcher(title).matches(), Boolean::logicalAnd);
            }
        }
        List<RawFact> kept = new ArrayList<>(facts.size());
        for (RawFact f : facts) {
            boolean learnedLeader = f.property().equals("leaderOf") && f.extractor().equals(RelationClassifier.EXTRACTOR);
            if (!(learnedLeader && (noLeadersTitle.getOrDefault(f.subject(), false)
                    || servesACountry.getOrDefault(f.subject(), false) && isCountry.test(f.object())))) {
                kept.add(f);
            }
        }
        return kept;
    }
}
