package org.astrolabe.reliability.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.model.Mention;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.ontology.KG;

/**
 * A model-free extractor for tests that exercise the server rather than CoreNLP: it finds the names of
 * {@link SyntheticArticles}' entity pool by exact string search and reports them as organisations,
 * without facts. It answers in microseconds, so document uploads are ready at once. Thread-safe.
 */
public final class PoolExtractor implements ArticleExtractor {
    private final Iris iris = Iris.defaults();

    @Override
    public ExtractionResult extract(Article article) {
        Map<String, ExtractedEntity> entities = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        for (String label : SyntheticArticles.entityLabels()) {
            for (int at = article.text().indexOf(label); at >= 0; at = article.text().indexOf(label, at + label.length())) {
                String iri = iris.entity(label);
                entities.putIfAbsent(iri, new ExtractedEntity(iri, KG.Organization.getURI(), label, Set.of(), Set.of()));
                mentions.add(new Mention(iri, at, at + label.length(), label));
            }
        }
        return new ExtractionResult(article, List.copyOf(entities.values()), mentions, List.of(), version());
    }

    @Override
    public String version() {
        return "pool-extractor-1";
    }
}
