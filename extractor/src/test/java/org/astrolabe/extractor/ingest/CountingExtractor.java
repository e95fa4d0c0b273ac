package org.astrolabe.extractor.ingest;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.extractor.ArticleExtractor;

/** Passes every call to the extractor it wraps and records which articles it was asked to extract. */
final class CountingExtractor implements ArticleExtractor {
    private final ArticleExtractor real;
    private final List<String> extracted = new CopyOnWriteArrayList<>();

    CountingExtractor(ArticleExtractor real) {
        this.real = real;
    }

    @Override
    public ExtractionResult extract(Article article) {
        extracted.add(article.source());
        return real.extract(article);
    }

    @Override
    public String version() {
        return real.version();
    }

    /** The sources of the articles extracted so far, in the order extraction started. */
    List<String> extracted() {
        return List.copyOf(extracted);
    }
}
