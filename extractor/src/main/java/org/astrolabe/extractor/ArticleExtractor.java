package org.astrolabe.extractor;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractionResult;

/**
 * Reads one article and returns the entities, mentions and facts it states.
 * Implementations are thread-safe: one instance (with its loaded models) serves every thread of a JVM.
 */
public interface ArticleExtractor {

    /** Extracts everything from one article; never returns null. */
    ExtractionResult extract(Article article);

    /** The version recorded with every document this extractor produces (changes when output may change). */
    String version();
}
