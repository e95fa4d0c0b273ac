package org.astrolabe.core.model;

import java.util.Objects;

/**
 * A span of the article's text that names an entity.
 *
 * @param entityIri the entity it names
 * @param begin     character offset of the first character in {@link Article#text()}
 * @param end       character offset after the last character
 * @param text      the span's text
 */
public record Mention(String entityIri, int begin, int end, String text) {
    public Mention {
        Objects.requireNonNull(entityIri, "entityIri");
        Objects.requireNonNull(text, "text");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("Bad mention offsets " + begin + ".." + end);
        }
    }
}
