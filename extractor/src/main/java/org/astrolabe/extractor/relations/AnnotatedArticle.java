package org.astrolabe.extractor.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.EntityMention;
import org.astrolabe.extractor.resolve.ResolvedArticle;
import org.astrolabe.ontology.KG;

/**
 * What the relation stages read: the article's CoreNLP sentences (tokens with POS, lemma, NER, SUTime values
 * and enhanced++ dependencies) and its resolved entities and mentions. The mentions are indexed by sentence
 * once, when it is built: build it after resolution is complete (agreements included). Confined to the
 * thread extracting the article.
 */
public final class AnnotatedArticle {
    private final LocalDate date;
    private final List<CoreMap> sentences;
    private final ResolvedArticle resolved;
    /** Per sentence, in resolution order (the order {@link #mentionAt} looks in) and in text order. */
    private final List<List<EntityMention>> resolvedOrder;
    private final List<List<EntityMention>> textOrder;

    /**
     * @param date      the article's date (dates in the text are normalised against it), or null
     * @param sentences the annotated sentences
     * @param resolved  the article's entities and the mentions that refer to them
     */
    public AnnotatedArticle(LocalDate date, List<CoreMap> sentences, ResolvedArticle resolved) {
        this.date = date;
        this.sentences = sentences;
        this.resolved = resolved;
        List<List<EntityMention>> index = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            index.add(new ArrayList<>());
        }
        for (EntityMention m : resolved.mentions()) {
            if (m.sentence() >= 0 && m.sentence() < index.size()) {
                index.get(m.sentence()).add(m);
            }
        }
        this.resolvedOrder = index.stream().map(List::copyOf).toList();
        this.textOrder = index.stream()
                .map(inSentence -> inSentence.stream().sorted(Comparator.comparingInt(EntityMention::tokenBegin)).toList()).toList();
    }

    public LocalDate date() {
        return date;
    }

    public List<CoreMap> sentences() {
        return sentences;
    }

    public ResolvedArticle resolved() {
        return resolved;
    }

    public List<CoreLabel> tokens(int sentence) {
        return sentences.get(sentence).get(CoreAnnotations.TokensAnnotation.class);
    }

    /** The mentions of one sentence, in text order. */
    public List<EntityMention> mentionsIn(int sentence) {
        return textOrder.get(sentence);
    }

    /** The entity a mention refers to when it refers to exactly one, else null. */
    public ArticleEntity single(EntityMention mention) {
        return mention.entityIds().size() == 1 ? resolved.entity(mention.entityIds().get(0)) : null;
    }

    /** The mention covering a token, or null. */
    public EntityMention mentionAt(int sentence, int token) {
        for (EntityMention m : resolvedOrder.get(sentence)) {
            if (m.tokenBegin() <= token && token < m.tokenEnd()) {
                return m;
            }
        }
        return null;
    }

    /** The one person the mention covering a token names, or null. */
    public ArticleEntity personAt(int sentence, int token) {
        EntityMention m = mentionAt(sentence, token);
        ArticleEntity e = m == null ? null : single(m);
        return e != null && e.isA(KG.Person.getURI()) ? e : null;
    }

    /** The missions a sentence names, in text order (mentions of exactly one entity). */
    public Set<Integer> missionsIn(int sentence) {
        Set<Integer> missions = new LinkedHashSet<>();
        for (EntityMention m : mentionsIn(sentence)) {
            ArticleEntity e = single(m);
            if (e != null && e.isA(KG.Mission.getURI())) {
                missions.add(e.id());
            }
        }
        return missions;
    }

    /** A token's lemma in lower case (its word where CoreNLP gave none). */
    public static String lemma(CoreLabel token) {
        String lemma = token.lemma();
        return (lemma == null ? token.word() : lemma).toLowerCase(java.util.Locale.ROOT);
    }
}
