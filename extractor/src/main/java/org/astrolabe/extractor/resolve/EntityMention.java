package org.astrolabe.extractor.resolve;

import java.util.List;

/**
 * A span of the article referring to one or more article entities.
 *
 * @param entityIds  the entities referred to (two for "the two nations")
 * @param sentence   index of the sentence
 * @param tokenBegin first token index within the sentence
 * @param tokenEnd   token index after the last one
 * @param begin      character offset in the article text
 * @param end        character offset after the span
 * @param text       the span's text
 * @param kind       how it refers
 */
public record EntityMention(List<Integer> entityIds, int sentence, int tokenBegin, int tokenEnd, int begin, int end,
                            String text, Kind kind) {
    public enum Kind {
        /** A proper name: "China Manned Space Agency", "CMSA". */
        NAME,
        /** A description standing for an entity: "the firm", "Pakistan's first lunar rover". */
        NOMINAL,
        /** "he", "its", "the two nations". */
        PRONOUN,
        /** A country's adjective: "Chinese". */
        DEMONYM
    }
}
