package org.astrolabe.extractor.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import org.apache.jena.graph.Node;

/**
 * When an agreement was signed, read from its sentence: the date that goes with the signing verb nearest
 * to the agreement ("signed on March 24, 2009", "concluded in June", "In 1991 they signed"). A sentence
 * that does not say the agreement was signed gives no date: "the deal runs until 2030" is no signing.
 */
final class SigningDate {
    private static final Pattern SIGNING = Pattern.compile("signed|signs|sign|signing|inked|inks|concluded|sealed|clinched|finali[sz]ed|reached|struck|entered|put|puts|issued|adopted|awarded|won|renewed|exchanged");
    private static final Pattern NAMES = Pattern.compile("names?|signatures?");
    /** How far the signing verb may be from the agreement's words. */
    private static final int VERB_DISTANCE = 15;
    private static final int DATE_AFTER_VERB = 12;
    private static final int DATE_BEFORE_VERB = 8;

    private SigningDate() {}

    static Optional<Node> of(List<CoreLabel> tokens, int kindBegin, int kindEnd) {
        // "concluded under the Framework Agreement that A and B signed in 2023": the nearest verb may be
        // another agreement's; the nearest one with a date is this one's.
        return signingVerbs(tokens, kindBegin, kindEnd).stream()
                .map(verb -> dateOfVerb(tokens, verb, kindBegin, kindEnd))
                .flatMap(Optional::stream)
                .findFirst()
                .or(() -> yearNamingIt(tokens, kindBegin));
    }

    /** "a 2015 agreement", "their 1991 treaty": a year that names the agreement is the year it was made. */
    private static Optional<Node> yearNamingIt(List<CoreLabel> tokens, int kindBegin) {
        int year = kindBegin - 1;
        if (year < 1 || !tokens.get(year).word().matches("(19|20)\\d\\d") || !"DATE".equals(tokens.get(year).ner())
                || !tokens.get(year - 1).word().matches("(?i)a|an|the|its|their|this|that")) {
            return Optional.empty();
        }
        return RuleEngine.firstDate(tokens, year, year + 1);
    }

    private static Optional<Node> dateOfVerb(List<CoreLabel> tokens, int verb, int kindBegin, int kindEnd) {
        // The agreement's own words (with a period in brackets) may stand between the verb and its date.
        int after = verb < kindBegin ? Math.max(verb, kindEnd) : verb;
        for (int t = verb + 1; t < Math.min(tokens.size(), after + 1 + DATE_AFTER_VERB); t++) {
            if (startsAnotherClause(tokens, t)) {
                break;
            }
            Optional<Node> date = dateAt(tokens, t, kindBegin, kindEnd);
            if (date.isPresent()) {
                return date;
            }
        }
        for (int t = verb - 1; t >= Math.max(0, verb - DATE_BEFORE_VERB); t--) {
            Optional<Node> date = dateAt(tokens, t, kindBegin, kindEnd);
            if (date.isPresent()) {
                return date;
            }
        }
        return openingDate(tokens, verb);
    }

    /**
     * "Last week, CMSA and Pakistan's Space & Upper Atmosphere Research Commission (SUPARCO) signed ...": a date
     * that opens the sentence, set off by a comma, dates its main verb however long the subject.
     */
    private static Optional<Node> openingDate(List<CoreLabel> tokens, int verb) {
        int t = 0;
        while (t < tokens.size() && tokens.get(t).word().matches("(?i)on|in|last|earlier|this|late|early")
                && !"DATE".equals(tokens.get(t).ner())) {
            t++;
        }
        int begin = t;
        while (t < tokens.size() && "DATE".equals(tokens.get(t).ner())) {
            t++;
        }
        if (t == begin || t >= verb || !tokens.get(t).word().equals(",")) {
            return Optional.empty();
        }
        for (int u = t + 1; u < verb; u++) {
            if (tokens.get(u).word().matches(";|:") || tokens.get(u).tag().startsWith("VB") && !tokens.get(u).tag().equals("VBN")
                    && !tokens.get(u).tag().equals("VBG")) {
                return Optional.empty(); // another verb between: the date may be that clause's
            }
        }
        return RuleEngine.firstDate(tokens, begin, t);
    }

    /** The signing verbs near the agreement's words, the closest first. */
    private static List<Integer> signingVerbs(List<CoreLabel> tokens, int kindBegin, int kindEnd) {
        int clauseEnd = afterRelativeClause(tokens, kindEnd);
        List<Integer> verbs = new ArrayList<>();
        for (int t = 0; t < tokens.size(); t++) {
            String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (!SIGNING.matcher(word).matches()) {
                continue;
            }
            if (word.startsWith("put") && !(t + 2 < tokens.size() && NAMES.matcher(tokens.get(t + 2).word().toLowerCase(Locale.ROOT)).matches())) {
                continue;
            }
            // "will sign", "agreed to sign": not signed yet, whatever date the sentence gives.
            boolean notYet = tokens.get(t).tag().equals("VB");
            if (!notYet && distance(t, kindBegin, t >= clauseEnd ? clauseEnd : kindEnd) <= VERB_DISTANCE) {
                verbs.add(t);
            }
        }
        verbs.sort(Comparator.comparingInt(t -> distance(t, kindBegin, t >= clauseEnd ? clauseEnd : kindEnd)));
        return verbs;
    }

    /**
     * "The agreement, which lets crews fly on both sides' craft, was signed on Thursday": where a relative clause set
     * off by commas right after the agreement's words ends ({@code kindEnd} when there is none); the verb after it is
     * as near the agreement as if the clause were not there.
     */
    private static int afterRelativeClause(List<CoreLabel> tokens, int kindEnd) {
        if (kindEnd + 1 >= tokens.size() || !tokens.get(kindEnd).word().equals(",") || !tokens.get(kindEnd + 1).word().matches("(?i)which|that")) {
            return kindEnd;
        }
        for (int t = kindEnd + 2; t < tokens.size(); t++) {
            if (tokens.get(t).word().equals(",")) {
                return t + 1;
            }
        }
        return kindEnd;
    }

    private static int distance(int t, int kindBegin, int kindEnd) {
        return t < kindBegin ? kindBegin - t : t >= kindEnd ? t - kindEnd + 1 : 0;
    }

    /** "signed a deal to launch a satellite in 2028": the later date is the launch, not the signing. */
    private static boolean startsAnotherClause(List<CoreLabel> tokens, int t) {
        String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
        if (word.equals(";") || word.equals("which") || word.equals("that") || word.equals("while")) {
            return true;
        }
        return word.equals("to") && t + 1 < tokens.size() && tokens.get(t + 1).tag().startsWith("VB");
    }

    /** "Beijing, Oct 30: Pakistan has signed ...": the date of the report, not of the signing. */
    private static boolean isDateline(List<CoreLabel> tokens, int t) {
        int end = t;
        while (end < tokens.size() && "DATE".equals(tokens.get(end).ner())) {
            end++;
        }
        return end < tokens.size() && end > t && tokens.get(end).word().matches(":|--|—");
    }

    private static Optional<Node> dateAt(List<CoreLabel> tokens, int t, int kindBegin, int kindEnd) {
        if ((t >= kindBegin && t < kindEnd) || AgreementBuilder.isYearRange(tokens, t) || AgreementBuilder.isYearRange(tokens, t - 2)
                || isDateline(tokens, t)) {
            return Optional.empty();
        }
        return RuleEngine.firstDate(tokens, t, t + 1);
    }
}
