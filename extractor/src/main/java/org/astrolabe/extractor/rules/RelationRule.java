package org.astrolabe.extractor.rules;

import java.util.List;

import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;

/**
 * One named rule of a rule file: a TokensRegex pattern over the resolved tokens and what it states.
 *
 * @param name       the rule's name; evidence records it as {@code rule:<name>}
 * @param confidence the confidence of every fact it states
 * @param source     the pattern as written (after placeholder expansion)
 * @param pattern    the compiled pattern
 * @param emits      the statements made for each match
 */
public record RelationRule(String name, double confidence, String source, TokenSequencePattern pattern, List<Emit> emits) {

    /**
     * {@code property(subjects, objects)}: each argument is one or more capture groups ({@code $s $s2});
     * objects may be {@code $date…} (a date literal), {@code $title…} (a title literal) or
     * {@code @sentence-date} (the sentence's first date). The pseudo-property {@code agreement} takes the
     * agreement's group and then its parties.
     */
    public record Emit(String property, List<String> subjects, List<String> objects) {}

    public String extractorName() {
        return "rule:" + name;
    }
}
