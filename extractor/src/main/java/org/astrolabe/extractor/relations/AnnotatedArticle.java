package org.astrolabe.extractor.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.CoreMap;
import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.EntityMention;
import org.astrolabe.extractor.resolve.ResolvedArticle;

/**
 * What the relation stages read: the article's CoreNLP sentences (tokens with POS, lemma, NER, SUTime values
 * and enhanced++ dependencies) and its resolved entities and mentions. Confined to the thread extracting
 * the article.
 *
 * @param date      the article's date (dates in the text are normalised against it), or null
 * @param sentences the annotated sentences
 * @param resolved  the article's entities and the mentions that refer to them
 */
public record AnnotatedArticle(LocalDate date, List<CoreMap> sentences, ResolvedArticle resolved) {
    public List<CoreLabel> tokens(int sentence) {
        return sentences.get(sentence).get(CoreAnnotations.TokensAnnotation.class);
    }

    /** The mentions of one sentence, in text order. */
    public List<EntityMention> mentionsIn(int sentence) {
        List<EntityMention> out = new ArrayList<>();
        for (EntityMention m : resolved.mentions()) {
            if (m.sentence() == sentence) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(EntityMention::tokenBegin));
        return out;
    }

    /** The entity a mention refers to when it refers to exactly one, else null. */
    public ArticleEntity single(EntityMention mention) {
        return mention.entityIds().size() == 1 ? resolved.entity(mention.entityIds().get(0)) : null;
    }

    /** The mention covering a token, or null. */
    public EntityMention mentionAt(int sentence, int token) {
        for (EntityMention m : resolved.mentions()) {
            if (m.sentence() == sentence && m.tokenBegin() <= token && token < m.tokenEnd()) {
                return m;
            }
        }
        return null;
    }

    /** A token's lemma in lower case (its word where CoreNLP gave none). */
    public static String lemma(CoreLabel token) {
        String lemma = token.lemma();
        return (lemma == null ? token.word() : lemma).toLowerCase(java.util.Locale.ROOT);
    }
}
