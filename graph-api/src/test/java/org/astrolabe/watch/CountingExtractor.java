package org.astrolabe.watch;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.astrolabe.extractor.ArticleExtractor;

/**
 * A model-free extractor that finds nothing and counts how often each text was extracted (by text hash):
 * what the watcher tests check is that no text is extracted twice.
 */
final class CountingExtractor implements ArticleExtractor {
    private final Map<String, AtomicInteger> byText = new ConcurrentHashMap<>();

    @Override
    public ExtractionResult extract(Article article) {
        byText.computeIfAbsent(Iris.contentHash(article.text()), k -> new AtomicInteger()).incrementAndGet();
        return new ExtractionResult(article, List.of(), List.of(), List.of(), version());
    }

    @Override
    public String version() {
        return "counting-1";
    }

    int extractions() {
        return byText.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    int mostExtractionsOfOneText() {
        return byText.values().stream().mapToInt(AtomicInteger::get).max().orElse(0);
    }
}
