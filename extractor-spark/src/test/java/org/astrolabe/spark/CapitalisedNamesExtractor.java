package org.astrolabe.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * A small deterministic extractor for testing the distributed plumbing without CoreNLP's models: every run
 * of capitalised words (two or more letters) is an organisation named by its words, and the first two
 * names of each sentence cooperate. Different spellings with the same slug ("NASA", "Nasa") are one entity,
 * so label merging across articles is exercised.
 */
public final class CapitalisedNamesExtractor implements ArticleExtractor {
    private static final Pattern NAME = Pattern.compile("\\b[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)*");
    private static final Pattern SENTENCE = Pattern.compile("[^.!?]+[.!?]?");
    private final Iris iris = Iris.defaults();

    @Override
    public ExtractionResult extract(Article article) {
        String text = article.text();
        Map<String, ExtractedEntity> entities = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        Matcher sentence = SENTENCE.matcher(text);
        while (sentence.find()) {
            List<String> inSentence = new ArrayList<>();
            Matcher name = NAME.matcher(text).region(sentence.start(), sentence.end());
            while (name.find()) {
                String iri = iris.entity(name.group());
                entities.putIfAbsent(iri, new ExtractedEntity(iri, KG.Organization.getURI(), name.group(), Set.of(name.group()), Set.of()));
                mentions.add(new Mention(iri, name.start(), name.end(), name.group()));
                if (!inSentence.contains(iri)) {
                    inSentence.add(iri);
                }
            }
            if (inSentence.size() >= 2) {
                facts.add(new Fact(inSentence.get(0), KG.cooperatesWith.getURI(), NodeFactory.createURI(inSentence.get(1)),
                        new Evidence(sentence.group(), sentence.start(), sentence.end(), 0.5, "rule:capitalised-names")));
            }
        }
        return new ExtractionResult(article, List.copyOf(entities.values()), mentions, facts, version());
    }

    @Override
    public String version() {
        return "capitalised-names-1";
    }
}
