package org.astrolabe.extractor.learn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import org.apache.jena.graph.Node;
import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.EntityMention;
import org.astrolabe.extractor.resolve.ResolvedArticle;
import org.astrolabe.extractor.rules.DateLiterals;
import org.astrolabe.extractor.rules.PropertySignatures;

/**
 * The classifier's candidates: every ordered pair of distinct entities mentioned in one sentence whose
 * classes fit some property's domain and range. An entity mentioned twice in the sentence is read at the
 * mention closest to the other entity. Missions and spacecraft are also paired with the dates of their
 * sentences ({@link #dated}).
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
                            CandidatePair pair = new CandidatePair(sentence.getKey(), s, Span.of(ms), o, Span.of(mo), null);
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

    /**
     * The dated candidates: each mission or spacecraft mentioned in a sentence with each date expression of
     * it that SUTime normalises to a day, month or year (for {@code launchDate}).
     */
    public static List<CandidatePair> dated(ResolvedArticle article, List<CoreMap> sentences) {
        List<CandidatePair> out = new ArrayList<>();
        Map<Integer, List<Span>> dates = new HashMap<>();
        Map<List<Object>, CandidatePair> closest = new LinkedHashMap<>();
        for (EntityMention m : article.mentions()) {
            List<Span> spans = dates.computeIfAbsent(m.sentence(), s -> dateSpans(sentences.get(s)));
            List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            for (int id : m.entityIds()) {
                ArticleEntity e = article.entity(id);
                if (e == null || !PropertySignatures.allowsSubject(RelationLabels.LAUNCH_DATE, e.classIri())) {
                    continue;
                }
                for (Span date : spans) {
                    Node literal = DateLiterals.fromTimex(tokens.get(date.begin()).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))
                            .orElseThrow();
                    CandidatePair pair = new CandidatePair(m.sentence(), id, Span.of(m), -1, date, literal);
                    List<Object> key = List.of(m.sentence(), id, date.begin());
                    CandidatePair known = closest.get(key);
                    if (known == null || pair.gap() < known.gap()) {
                        closest.put(key, pair);
                    }
                }
            }
        }
        out.addAll(closest.values());
        return out;
    }

    /** Maximal runs of DATE tokens with one normalised value that makes a date literal. */
    static List<Span> dateSpans(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Span> out = new ArrayList<>();
        int t = 0;
        while (t < tokens.size()) {
            String value = tokens.get(t).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
            if (!"DATE".equals(tokens.get(t).ner()) || value == null) {
                t++;
                continue;
            }
            int end = t + 1;
            while (end < tokens.size() && "DATE".equals(tokens.get(end).ner())
                    && value.equals(tokens.get(end).get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class))) {
                end++;
            }
            if (DateLiterals.fromTimex(value).isPresent()) {
                out.add(new Span(t, end, "DATE"));
            }
            t = end;
        }
        return out;
    }

    private static boolean fits(ResolvedArticle article, int subject, int object) {
        ArticleEntity s = article.entity(subject);
        ArticleEntity o = article.entity(object);
        return s != null && o != null && !RelationLabels.allowed(s.classIri(), o.classIri()).isEmpty();
    }
}
