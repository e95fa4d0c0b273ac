package org.astrolabe.extractor.learn;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.util.CoreMap;
import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.ResolvedArticle;
import org.astrolabe.extractor.rules.PropertySignatures;
import org.astrolabe.extractor.rules.RawFact;

/**
 * The learned relation stage: classifies every candidate pair of a sentence ({@link CandidatePairs}) with
 * the trained {@link RelationModel}, and every mission or spacecraft with every date of its sentence, and
 * states each property whose probability reaches the property's
 * threshold, with that probability as confidence. Trained by {@link RelationTrainer} (the
 * {@code astrolabe train} command). Stateless and thread-safe.
 */
public final class RelationClassifier {
    public static final String EXTRACTOR = "learned:relation-classifier";

    private final RelationModel model;

    public RelationClassifier(RelationModel model) {
        this.model = model;
    }

    /** The classifier with the committed weights. */
    public static RelationClassifier load() {
        return new RelationClassifier(RelationModel.load());
    }

    public List<RawFact> classify(List<CoreMap> sentences, ResolvedArticle article) {
        return classify(sentences, article, List.of());
    }

    /**
     * The facts the classifier states beyond {@code stated} (the rules' facts): a statement a rule made keeps
     * the rule's evidence, whatever the two confidences.
     */
    public List<RawFact> classify(List<CoreMap> sentences, ResolvedArticle article, List<RawFact> stated) {
        Set<List<Object>> known = new HashSet<>();
        for (RawFact f : stated) {
            known.add(statement(f));
        }
        List<RawFact> facts = new ArrayList<>();
        for (CandidatePair pair : candidates(sentences, article)) {
            for (Map.Entry<String, Double> p : probabilities(sentences, article, pair).entrySet()) {
                if (p.getKey().equals(RelationLabels.NONE) || p.getValue() < model.threshold(p.getKey())) {
                    continue;
                }
                RawFact fact = pair.isLiteral()
                        ? RawFact.literal(pair.subject(), p.getKey(), pair.literal(), pair.sentence(), EXTRACTOR, p.getValue())
                        : RawFact.relation(pair.subject(), p.getKey(), pair.object(), pair.sentence(), EXTRACTOR, p.getValue());
                if (!known.contains(statement(fact))) {
                    facts.add(fact);
                }
            }
        }
        return facts;
    }

    /** Subject, property and object, the two entities in id order for a symmetric property. */
    private static List<Object> statement(RawFact f) {
        if (f.isLiteral()) {
            return List.of(f.subject(), f.property(), f.literal());
        }
        boolean swap = PropertySignatures.symmetric(f.property()) && f.subject() > f.object();
        return List.of(swap ? f.object() : f.subject(), f.property(), swap ? f.subject() : f.object());
    }

    /** The entity pairs, then the dated ones. */
    static List<CandidatePair> candidates(List<CoreMap> sentences, ResolvedArticle article) {
        List<CandidatePair> all = new ArrayList<>(CandidatePairs.of(article));
        all.addAll(CandidatePairs.dated(article, sentences));
        return all;
    }

    /** The probability of each property the pair's classes allow, and of NONE. */
    Map<String, Double> probabilities(List<CoreMap> sentences, ResolvedArticle article, CandidatePair pair) {
        return model.probabilities(features(sentences, article, pair), labels(article, pair));
    }

    static List<String> features(List<CoreMap> sentences, ResolvedArticle article, CandidatePair pair) {
        ArticleEntity s = article.entity(pair.subject());
        if (pair.isLiteral()) {
            List<String> features = new ArrayList<>(RelationFeatures.of(sentences.get(pair.sentence()), pair, s.classLocalName(), "DATE"));
            features.add("dateprec=" + pair.literal().getLiteralLexicalForm().length());
            return features;
        }
        ArticleEntity o = article.entity(pair.object());
        return RelationFeatures.of(sentences.get(pair.sentence()), pair, s.classLocalName(), o.classLocalName());
    }

    /** NONE and the properties the pair's classes allow ({@code launchDate} for a dated pair). */
    static List<String> labels(ResolvedArticle article, CandidatePair pair) {
        List<String> labels = new ArrayList<>();
        labels.add(RelationLabels.NONE);
        if (pair.isLiteral()) {
            labels.add(RelationLabels.LAUNCH_DATE);
            return labels;
        }
        labels.addAll(RelationLabels.allowed(article.entity(pair.subject()).classIri(), article.entity(pair.object()).classIri()));
        return labels;
    }
}
