package org.astrolabe.extractor.learn;

import org.astrolabe.extractor.resolve.EntityMention;

/**
 * An ordered pair of distinct entities mentioned in one sentence, read at their closest mentions.
 *
 * @param sentence index of the sentence
 * @param subject  article entity id of the would-be subject
 * @param object   article entity id of the would-be object
 */
public record CandidatePair(int sentence, int subject, EntityMention subjectMention, int object, EntityMention objectMention) {
    /** Tokens strictly between the two mentions (0 when adjacent or overlapping). */
    public int gap() {
        EntityMention first = subjectFirst() ? subjectMention : objectMention;
        EntityMention second = subjectFirst() ? objectMention : subjectMention;
        return Math.max(0, second.tokenBegin() - first.tokenEnd());
    }

    public boolean subjectFirst() {
        return subjectMention.tokenBegin() <= objectMention.tokenBegin();
    }
}
