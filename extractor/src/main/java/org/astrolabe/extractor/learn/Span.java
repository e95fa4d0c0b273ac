package org.astrolabe.extractor.learn;

import org.astrolabe.extractor.resolve.EntityMention;

/**
 * Tokens of one sentence that a candidate pair reads as one of its two sides.
 *
 * @param begin first token index
 * @param end   token index after the last one
 * @param kind  how it refers: an {@link EntityMention.Kind} name, or {@code DATE} for a date expression
 */
public record Span(int begin, int end, String kind) {
    public static Span of(EntityMention mention) {
        return new Span(mention.tokenBegin(), mention.tokenEnd(), mention.kind().name());
    }
}
