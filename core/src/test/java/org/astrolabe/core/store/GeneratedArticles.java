package org.astrolabe.core.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * Deterministic synthetic extraction results, so store tests need no NLP: article {@code n} in version
 * {@code v} always gives the same result. Articles share entities from a fixed pool (so descriptions are
 * shared and orphaned), and each version of an article picks a different selection of them.
 */
public final class GeneratedArticles {
    private static final String[][] POOL_KINDS = {
            {"Agency", KG.SpaceAgency.getURI()}, {"Country", KG.Country.getURI()}, {"Mission", KG.Mission.getURI()},
            {"Company", KG.Company.getURI()}, {"Probe", KG.Spacecraft.getURI()},
    };
    private static final String[] PROPERTIES = {
            KG.cooperatesWith.getURI(), KG.participatesIn.getURI(), KG.operatedBy.getURI(), KG.developedBy.getURI(),
    };

    private final Iris iris;
    private final int poolSize;
    private final int entitiesPerArticle;

    /**
     * @param poolSize           how many distinct entities exist
     * @param entitiesPerArticle how many of them each article names (and how many facts it states)
     */
    public GeneratedArticles(Iris iris, int poolSize, int entitiesPerArticle) {
        if (entitiesPerArticle < 2 || entitiesPerArticle > poolSize) {
            throw new IllegalArgumentException("need 2 <= entitiesPerArticle <= poolSize");
        }
        this.iris = iris;
        this.poolSize = poolSize;
        this.entitiesPerArticle = entitiesPerArticle;
    }

    public GeneratedArticles(Iris iris) {
        this(iris, 40, 4);
    }

    /** The name of pool entity {@code k}, e.g. "Agency 5". */
    public String entityName(int k) {
        return POOL_KINDS[k % POOL_KINDS.length][0] + " " + k;
    }

    public String entityIri(int k) {
        return iris.entity(entityName(k));
    }

    /** The pool indexes that article {@code n} in {@code version} names, in order. */
    public List<Integer> entityIndexes(int n, int version) {
        List<Integer> picked = new ArrayList<>();
        int stride = 1 + (n + version) % (poolSize - 1);
        for (int k = 0; picked.size() < entitiesPerArticle; k++) {
            int candidate = Math.floorMod(n * 7 + version * 13 + k * stride, poolSize);
            if (!picked.contains(candidate)) {
                picked.add(candidate);
            } else {
                stride = stride % (poolSize - 1) + 1;
            }
        }
        return picked;
    }

    public String url(int n) {
        return "https://news.example.org/" + n;
    }

    public ExtractionResult article(int n, int version) {
        List<Integer> indexes = entityIndexes(n, version);
        Map<Integer, ExtractedEntity> entities = new LinkedHashMap<>();
        for (int k : indexes) {
            String name = entityName(k);
            entities.put(k, new ExtractedEntity(iris.entity(name), POOL_KINDS[k % POOL_KINDS.length][1], name,
                    Set.of(name, name.toUpperCase()), k % 3 == 0 ? Set.of("http://www.wikidata.org/entity/Q" + (1000 + k)) : Set.of()));
        }
        StringBuilder text = new StringBuilder();
        List<Mention> mentions = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < indexes.size(); i++) {
            ExtractedEntity subject = entities.get(indexes.get(i));
            ExtractedEntity object = entities.get(indexes.get((i + 1) % indexes.size()));
            int sentenceBegin = text.length();
            text.append(subject.label());
            mentions.add(new Mention(subject.iri(), sentenceBegin, text.length(), subject.label()));
            text.append(" works with ");
            text.append(object.label());
            text.append(" in report ").append(n).append(" revision ").append(version).append('.');
            String sentence = text.substring(sentenceBegin);
            String property = PROPERTIES[(n + i) % PROPERTIES.length];
            facts.add(new Fact(subject.iri(), property, NodeFactory.createURI(object.iri()),
                    new Evidence(sentence, sentenceBegin, text.length(), 0.5 + (i % 5) / 10.0, "rule:generated")));
            text.append(' ');
        }
        Article article = new Article("generated-" + n + ".html", url(n), "Report " + n,
                LocalDate.of(2024, 1, 1).plusDays(n % 365), text.toString().strip());
        return new ExtractionResult(article, List.copyOf(entities.values()), mentions, facts, "gen-" + version);
    }
}
