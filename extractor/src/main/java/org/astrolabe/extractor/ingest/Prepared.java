package org.astrolabe.extractor.ingest;

import java.time.Duration;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractionResult;

/**
 * One article after the extraction stage, waiting for the writer: found already stored (not extracted),
 * extracted, or failed.
 *
 * @param index     its position in the input, from 0
 * @param storedIri its graph's IRI when the store already held its text from this extractor version
 * @param result    the extraction, when there is one to write
 * @param error     a one-line reason when it failed
 * @param elapsed   time spent on it in this stage
 */
record Prepared(int index, Article article, String storedIri, ExtractionResult result, String error, Duration elapsed) {
    static Prepared alreadyStored(int index, Article article, String documentIri, Duration elapsed) {
        return new Prepared(index, article, documentIri, null, null, elapsed);
    }

    static Prepared extracted(int index, Article article, ExtractionResult result, Duration elapsed) {
        return new Prepared(index, article, null, result, null, elapsed);
    }

    static Prepared failed(int index, Article article, String error, Duration elapsed) {
        return new Prepared(index, article, null, null, error, elapsed);
    }

    boolean needsWriting() {
        return result != null;
    }
}
