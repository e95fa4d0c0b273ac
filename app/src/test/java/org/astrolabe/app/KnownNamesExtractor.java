package org.astrolabe.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.NodeFactory;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.Evidence;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Fact;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.model.Mention;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.ontology.KG;

/**
 * Test double for the command plumbing only: recognises a fixed list of names, and says each agency it
 * finds is in the first country it finds. Fails on a text containing "FAIL-EXTRACT".
 */
final class KnownNamesExtractor implements ArticleExtractor {
    private static final Map<String, String> NAMES = Map.of("SUPARCO", KG.SpaceAgency.getURI(), "ISRO", KG.SpaceAgency.getURI(),
            "Pakistan", KG.Country.getURI(), "India", KG.Country.getURI());
    private final Iris iris = Iris.defaults();

    @Override
    public ExtractionResult extract(Article article) {
        if (article.text().contains("FAIL-EXTRACT")) {
            throw new IllegalStateException("cannot parse this article");
        }
        List<ExtractedEntity> entities = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        String country = null;
        List<String> agencies = new ArrayList<>();
        for (String name : NAMES.keySet().stream().sorted().toList()) {
            int at = article.text().indexOf(name);
            if (at < 0) {
                continue;
            }
            String type = NAMES.get(name);
            entities.add(new ExtractedEntity(iris.entity(name), type, name, Set.of(name), Set.of()));
            mentions.add(new Mention(iris.entity(name), at, at + name.length(), name));
            if (type.equals(KG.Country.getURI())) {
                country = country == null ? iris.entity(name) : country;
            } else {
                agencies.add(iris.entity(name));
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (String agency : agencies) {
            if (country != null) {
                facts.add(new Fact(agency, KG.country.getURI(), NodeFactory.createURI(country),
                        new Evidence(article.text(), 0, article.text().length(), 0.5, "rule:test-double")));
            }
        }
        return new ExtractionResult(article, entities, mentions, facts, version());
    }

    @Override
    public String version() {
        return "test-double";
    }
}
