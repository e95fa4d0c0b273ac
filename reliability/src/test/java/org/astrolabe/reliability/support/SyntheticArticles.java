package org.astrolabe.reliability.support;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ArticleGraph;
import org.astrolabe.core.model.Evidence;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Fact;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.model.Mention;
import org.astrolabe.ontology.KG;

/**
 * Pre-extracted articles for load and crash tests, so they need no CoreNLP models: article {@code n} of a
 * series is always the same (text, entities, mentions, facts with evidence), in this process or a child
 * JVM, so a test can regenerate what another process wrote and count the quads it must find. Entities
 * come from a small shared pool, so articles share entities as real news does.
 */
public final class SyntheticArticles {
    public static final String EXTRACTOR_VERSION = "synthetic-1";
    private static final String[][] POOL = {
            {"SUPARCO", KG.SpaceAgency.getURI()}, {"NASA", KG.SpaceAgency.getURI()},
            {"European Space Agency", KG.SpaceAgency.getURI()}, {"CNSA", KG.SpaceAgency.getURI()},
            {"ISRO", KG.SpaceAgency.getURI()}, {"JAXA", KG.SpaceAgency.getURI()},
            {"Roscosmos", KG.SpaceAgency.getURI()}, {"Pakistan", KG.Country.getURI()},
            {"China", KG.Country.getURI()}, {"India", KG.Country.getURI()}, {"France", KG.Country.getURI()},
            {"Japan", KG.Country.getURI()}, {"Chang'e 6", KG.Mission.getURI()}, {"Artemis", KG.Program.getURI()},
            {"Gaganyaan", KG.Mission.getURI()}, {"Tiangong", KG.SpaceStation.getURI()},
            {"Long March 5", KG.LaunchVehicle.getURI()}, {"iCube Qamar", KG.Satellite.getURI()},
            {"Moon", KG.CelestialBody.getURI()}, {"Mars", KG.CelestialBody.getURI()},
    };

    private final String series;
    private final Iris iris = Iris.defaults();
    private final ArticleGraph layout = new ArticleGraph(iris);

    /** @param series distinguishes independent runs: their articles have different URLs */
    public SyntheticArticles(String series) {
        this.series = series;
    }

    public ExtractionResult article(int n) {
        Random random = new Random(series.hashCode() * 31L + n);
        int entityCount = 3 + random.nextInt(4);
        List<Integer> picks = new ArrayList<>();
        while (picks.size() < entityCount) {
            int pick = random.nextInt(POOL.length);
            if (!picks.contains(pick)) {
                picks.add(pick);
            }
        }
        StringBuilder text = new StringBuilder();
        Map<String, ExtractedEntity> entities = new LinkedHashMap<>();
        List<Mention> mentions = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i + 1 < picks.size(); i++) {
            String[] a = POOL[picks.get(i)];
            String[] b = POOL[picks.get(i + 1)];
            int sentenceBegin = text.length();
            text.append(a[0]);
            int aEnd = text.length();
            text.append(" agreed to cooperate with ");
            int bBegin = text.length();
            text.append(b[0]);
            int bEnd = text.length();
            text.append(" on item ").append(n).append('-').append(i).append(" of series ").append(series).append('.');
            int sentenceEnd = text.length();
            text.append(' ');
            ExtractedEntity ea = entity(a, entities);
            ExtractedEntity eb = entity(b, entities);
            mentions.add(new Mention(ea.iri(), sentenceBegin, aEnd, a[0]));
            mentions.add(new Mention(eb.iri(), bBegin, bEnd, b[0]));
            String sentence = text.substring(sentenceBegin, sentenceEnd);
            Evidence evidence = new Evidence(sentence, sentenceBegin, sentenceEnd, 0.5 + random.nextInt(50) / 100.0, "rule:synthetic");
            facts.add(new Fact(ea.iri(), KG.cooperatesWith.getURI(), NodeFactory.createURI(eb.iri()), evidence));
            facts.add(new Fact(ea.iri(), KG.date.getURI(),
                    NodeFactory.createLiteralDT("2024-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10), XSDDatatype.XSDdate),
                    evidence));
        }
        Article article = new Article("synthetic/" + series + "/" + n, url(n), "Synthetic article " + n + " of " + series,
                LocalDate.of(2024, 1 + n % 12, 1 + n % 28), text.toString().strip());
        return new ExtractionResult(article, List.copyOf(entities.values()), mentions, facts, EXTRACTOR_VERSION);
    }

    public String url(int n) {
        return "https://news.example.org/" + series + "/article-" + n;
    }

    public String documentIri(int n) {
        return iris.document(article(n).article());
    }

    /** The number of quads article {@code n}'s graph holds once stored. */
    public long expectedQuads(int n) {
        return layout.articleGraph(article(n), Instant.EPOCH).size();
    }

    /** The labels of the pool's entities, for searches that must find something. */
    public static List<String> entityLabels() {
        List<String> labels = new ArrayList<>();
        for (String[] entry : POOL) {
            labels.add(entry[0]);
        }
        return labels;
    }

    private ExtractedEntity entity(String[] entry, Map<String, ExtractedEntity> entities) {
        String iri = iris.entity(entry[0]);
        return entities.computeIfAbsent(iri, k -> new ExtractedEntity(iri, entry[1], entry[0], Set.of(entry[0]), Set.of()));
    }
}
