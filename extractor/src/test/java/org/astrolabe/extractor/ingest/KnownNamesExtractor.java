package org.astrolabe.extractor.ingest;

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
import org.astrolabe.ontology.KG;

/**
 * Test double for the ingest plumbing only: recognises a fixed list of names and states that each
 * recognised agency is in the first recognised country. Fails on a text containing "FAIL-EXTRACT".
 */
final class KnownNamesExtractor implements org.astrolabe.extractor.ArticleExtractor {
    private static final Map<String, String> NAMES = Map.of(
            "ISRO", KG.SpaceAgency.getURI(), "JAXA", KG.SpaceAgency.getURI(),
            "India", KG.Country.getURI(), "Japan", KG.Country.getURI());
    private final Iris iris = Iris.defaults();

    @Override
    public ExtractionResult extract(Article article) {
        if (article.text().contains("FAIL-EXTRACT")) {
            throw new IllegalArgumentException("cannot parse this article\nsecond line of detail");
        }
        List<ExtractedEntity> entities = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        String country = null;
        List<String> agencies = new ArrayList<>();
        for (Map.Entry<String, String> name : NAMES.entrySet().stream().sorted(Map.Entry.comparingByKey()).toList()) {
            int at = article.text().indexOf(name.getKey());
            if (at < 0) {
                continue;
            }
            String iri = iris.entity(name.getKey());
            entities.add(new ExtractedEntity(iri, name.getValue(), name.getKey(), Set.of(name.getKey()), Set.of()));
            mentions.add(new Mention(iri, at, at + name.getKey().length(), name.getKey()));
            if (name.getValue().equals(KG.Country.getURI()) && country == null) {
                country = iri;
            } else if (name.getValue().equals(KG.SpaceAgency.getURI())) {
                agencies.add(iri);
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
