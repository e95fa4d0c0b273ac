package org.astrolabe.extractor.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.ling.CoreAnnotations;

/**
 * A name is the same name wherever the article repeats it. CoreNLP and the name rules tag one sentence at a
 * time, so a craft recognised where its kind is said ("the Vesper-2 orbiter") is missed where it stands alone
 * ("Vesper-2 reached Mars"), and an organisation tagged in one sentence may be left untagged in the next.
 * After tagging, every untagged run of tokens that spells a name tagged elsewhere in the article takes that
 * name's tag.
 *
 * <p>Only names that cannot be ordinary words are carried: several tokens, or one token with a digit, a
 * hyphen or a capital inside it ("SpaceIL", "ICUBE-Q"), or a capitalised word the article never writes in
 * lower case and that does not open the sentence. Names of people are left to the resolver, which knows
 * short names ("Kahn" after "Morris Kahn").
 */
public final class RepeatedNames {
    /** Tags of untagged tokens or of tokens CoreNLP gave a tag that no entity uses. */
    private static final Set<String> UNTAGGED = Set.of("O", "MISC", "NUMBER", "ORDINAL", "CAUSE_OF_DEATH", "IDEOLOGY",
            "RELIGION", "CRIMINAL_CHARGE", "URL", "EMAIL");

    private RepeatedNames() {
    }

    /** Tags the repeated occurrences in place. */
    public static void tag(List<CoreMap> sentences) {
        Set<String> lowerCaseWords = new HashSet<>();
        for (CoreMap sentence : sentences) {
            for (CoreLabel token : tokens(sentence)) {
                String word = token.word();
                if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                    lowerCaseWords.add(word);
                }
            }
        }
        Map<List<String>, String> names = namesTagged(sentences, lowerCaseWords);
        if (names.isEmpty()) {
            return;
        }
        // Names by their first word, longest first: a token is compared only with the names it can open.
        Map<String, List<List<String>>> byFirstWord = new HashMap<>();
        for (List<String> name : names.keySet()) {
            byFirstWord.computeIfAbsent(name.get(0), w -> new ArrayList<>()).add(name);
        }
        byFirstWord.values().forEach(list -> list.sort(Comparator.comparingInt((List<String> n) -> n.size()).reversed()));
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = tokens(sentence);
            int i = 0;
            while (i < tokens.size()) {
                List<String> found = longestUntaggedNameAt(tokens, i, byFirstWord.getOrDefault(tokens.get(i).word(), List.of()));
                if (found == null) {
                    i++;
                    continue;
                }
                for (int t = i; t < i + found.size(); t++) {
                    tokens.get(t).setNER(names.get(found));
                }
                i += found.size();
            }
        }
    }

    /** Each name the article tagged (as its words), with the tag it was given most often. */
    private static Map<List<String>, String> namesTagged(List<CoreMap> sentences, Set<String> lowerCaseWords) {
        Map<List<String>, Map<String, Integer>> tagCounts = new HashMap<>();
        for (CoreMap sentence : sentences) {
            List<CoreLabel> tokens = tokens(sentence);
            int i = 0;
            while (i < tokens.size()) {
                String tag = tokens.get(i).ner();
                if (EntityTags.classOf(tag).isEmpty() || "PERSON".equals(tag)) {
                    i++;
                    continue;
                }
                int j = i + 1;
                while (j < tokens.size() && tag.equals(tokens.get(j).ner())) {
                    j++;
                }
                List<String> words = words(tokens, i, j);
                if (cannotBeAnOrdinaryWord(words, lowerCaseWords)) {
                    tagCounts.computeIfAbsent(words, w -> new HashMap<>()).merge(tag, 1, Integer::sum);
                }
                i = j;
            }
        }
        Map<List<String>, String> names = new HashMap<>();
        tagCounts.forEach((words, counts) -> names.put(words,
                counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return names;
    }

    private static boolean cannotBeAnOrdinaryWord(List<String> words, Set<String> lowerCaseWords) {
        String first = words.get(0);
        if (first.isEmpty() || !Character.isLetterOrDigit(first.charAt(0))) {
            return false;
        }
        if (words.size() > 1) {
            return Character.isUpperCase(first.charAt(0)) || Character.isDigit(first.charAt(0));
        }
        return hasInnerMark(first) || (Character.isUpperCase(first.charAt(0)) && first.length() > 2
                && !lowerCaseWords.contains(first.toLowerCase(Locale.ROOT)));
    }

    /** A digit, a hyphen or a capital after the first letter: "ICUBE-Q", "SpaceIL", "Sat2". */
    private static boolean hasInnerMark(String word) {
        return word.chars().skip(1).anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c) || c == '-');
    }

    /** The longest name that starts at token i, whose tokens are all untagged and which no name runs into. */
    private static List<String> longestUntaggedNameAt(List<CoreLabel> tokens, int i, List<List<String>> candidatesLongestFirst) {
        for (List<String> name : candidatesLongestFirst) {
            int end = i + name.size();
            if (end > tokens.size() || !words(tokens, i, end).equals(name)) {
                continue;
            }
            boolean untagged = true;
            for (int t = i; t < end && untagged; t++) {
                untagged = UNTAGGED.contains(tokens.get(t).ner());
            }
            if (!untagged || continuesAName(tokens, i - 1) || continuesAName(tokens, end)) {
                continue;
            }
            if (name.size() == 1 && i == 0 && !hasInnerMark(name.get(0))) {
                continue; // a plain capitalised word opening a sentence may be an ordinary word
            }
            return name;
        }
        return null;
    }

    /** Whether the token at t would make the name part of a longer one ("Vesper" in "Vesper Station"). */
    private static boolean continuesAName(List<CoreLabel> tokens, int t) {
        if (t < 0 || t >= tokens.size()) {
            return false;
        }
        String word = tokens.get(t).word();
        return word.equals("-") || (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && t > 0);
    }

    private static List<String> words(List<CoreLabel> tokens, int from, int to) {
        List<String> words = new ArrayList<>(to - from);
        for (int t = from; t < to; t++) {
            words.add(tokens.get(t).word());
        }
        return words;
    }

    private static List<CoreLabel> tokens(CoreMap sentence) {
        return sentence.get(CoreAnnotations.TokensAnnotation.class);
    }
}
