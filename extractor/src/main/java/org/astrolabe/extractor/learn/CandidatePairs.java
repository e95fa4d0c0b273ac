package org.astrolabe.extractor.learn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.EntityMention;
import org.astrolabe.extractor.resolve.ResolvedArticle;

/**
 * The classifier's candidates: every ordered pair of distinct entities mentioned in one sentence whose
 * classes fit some property's domain and range. An entity mentioned twice in the sentence is read at the
 * mention closest to the other entity.
 */
public final class CandidatePairs {
    private CandidatePairs() {}

    public static List<CandidatePair> of(ResolvedArticle article) {
        Map<Integer, List<EntityMention>> bySentence = new LinkedHashMap<>();
        for (EntityMention m : article.mentions()) {
            bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
        }
        List<CandidatePair> out = new ArrayList<>();
        for (Map.Entry<Integer, List<EntityMention>> sentence : bySentence.entrySet()) {
            Map<List<Integer>, CandidatePair> closest = new LinkedHashMap<>();
            List<EntityMention> mentions = sentence.getValue();
            for (EntityMention ms : mentions) {
                for (EntityMention mo : mentions) {
                    if (ms == mo) {
                        continue;
                    }
                    for (int s : ms.entityIds()) {
                        for (int o : mo.entityIds()) {
                            if (s == o || !fits(article, s, o)) {
                                continue;
                            }
                            CandidatePair pair = new CandidatePair(sentence.getKey(), s, ms, o, mo);
                            CandidatePair known = closest.get(List.of(s, o));
                            if (known == null || pair.gap() < known.gap()) {
                                closest.put(List.of(s, o), pair);
                            }
                        }
                    }
                }
            }
            out.addAll(closest.values());
        }
        return out;
    }

    private static boolean fits(ResolvedArticle article, int subject, int object) {
        ArticleEntity s = article.entity(subject);
        ArticleEntity o = article.entity(object);
        return s != null && o != null && !RelationLabels.allowed(s.classIri(), o.classIri()).isEmpty();
    }
}
