package org.astrolabe.core.model;

import java.util.Objects;

/**
 * Why a fact is believed: the sentence it was read from and what read it.
 *
 * @param sentence   the sentence text
 * @param begin      offset of the sentence's first character in {@link Article#text()}
 * @param end        offset after its last character
 * @param confidence in [0,1]
 * @param extractor  a CoreNLP annotator ({@code corenlp:kbp}) or a named rule ({@code rule:agreement-signed-with})
 */
public record Evidence(String sentence, int begin, int end, double confidence, String extractor) {
    public Evidence {
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(extractor, "extractor");
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException("Bad evidence offsets " + begin + ".." + end);
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("Confidence must be in [0,1]: " + confidence);
        }
    }
}
