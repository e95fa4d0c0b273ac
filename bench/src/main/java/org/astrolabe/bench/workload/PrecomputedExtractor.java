package org.astrolabe.bench.workload;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.extractor.ArticleExtractor;

/**
 * Hands out extraction results computed beforehand, so that an ingest through the real pipeline (threads,
 * resume check, batches) measures the store write alone. Knows exactly the articles of its results.
 */
public final class PrecomputedExtractor implements ArticleExtractor {
    private final Map<Article, ExtractionResult> byArticle = new IdentityHashMap<>();
    private final String version;

    public PrecomputedExtractor(List<ExtractionResult> results, String version) {
        results.forEach(r -> byArticle.put(r.article(), r));
        this.version = version;
    }

    /** The articles of the results, in the order given. */
    public static List<Article> articlesOf(List<ExtractionResult> results) {
        return results.stream().map(ExtractionResult::article).toList();
    }

    @Override
    public ExtractionResult extract(Article article) {
        ExtractionResult result = byArticle.get(article);
        if (result == null) {
            throw new IllegalArgumentException("no precomputed result for " + article.source());
        }
        return result;
    }

    @Override
    public String version() {
        return version;
    }
}
