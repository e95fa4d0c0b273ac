package org.astrolabe.extractor.learn;

import org.apache.jena.graph.Node;

/**
 * An ordered pair read from one sentence: two distinct entities at their closest mentions, or an entity
 * and a date expression (then {@code object} is -1 and {@code literal} the date).
 *
 * @param sentence index of the sentence
 * @param subject  article entity id of the would-be subject
 * @param object   article entity id of the would-be object, or -1 for a date
 * @param literal  the date's literal, or null
 */
public record CandidatePair(int sentence, int subject, Span subjectSpan, int object, Span objectSpan, Node literal) {
    public boolean isLiteral() {
        return literal != null;
    }

    /** Tokens strictly between the two sides (0 when adjacent or overlapping). */
    public int gap() {
        Span first = subjectFirst() ? subjectSpan : objectSpan;
        Span second = subjectFirst() ? objectSpan : subjectSpan;
        return Math.max(0, second.begin() - first.end());
    }

    public boolean subjectFirst() {
        return subjectSpan.begin() <= objectSpan.begin();
    }
}
