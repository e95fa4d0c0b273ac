package org.astrolabe.extractor.rules;

import org.apache.jena.graph.Node;

/**
 * A statement read from one sentence, between article-local entities (or with a literal object), before
 * IRIs are minted.
 *
 * @param subject    article entity id
 * @param property   local name of the property in the vocabulary
 * @param object     article entity id, or -1 when {@code literal} is set
 * @param literal    the literal object, or null
 * @param sentence   index of the sentence read
 * @param extractor  {@code rule:<name>} or {@code corenlp:kbp}
 * @param confidence in [0,1]
 */
public record RawFact(int subject, String property, int object, Node literal, int sentence, String extractor, double confidence) {
    public static RawFact relation(int subject, String property, int object, int sentence, String extractor, double confidence) {
        return new RawFact(subject, property, object, null, sentence, extractor, confidence);
    }

    public static RawFact literal(int subject, String property, Node literal, int sentence, String extractor, double confidence) {
        return new RawFact(subject, property, -1, literal, sentence, extractor, confidence);
    }

    public boolean isLiteral() {
        return literal != null;
    }
}
