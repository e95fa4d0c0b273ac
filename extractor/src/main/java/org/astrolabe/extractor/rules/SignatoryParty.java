package org.astrolabe.extractor.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import org.astrolabe.extractor.ner.KgAnnotations;
import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.ResolvedArticle;
import org.astrolabe.ontology.KG;

/**
 * The party a person signs for. People sign agreements on behalf of an organisation, which the sentence
 * names beside them: before the name ("CNES president Jean-Yves Le Gall", "NASA Administrator Bill
 * Nelson") or in an apposition after it ("Salvador Landeros, director general of AEM", "Eric Morel,
 * ESA's director of ..."). A country stands in only when no organisation is named ("Yoshimasa Hayashi,
 * Japan's foreign minister").
 */
final class SignatoryParty {
    private static final int TITLE_WORDS_BEFORE = 4;
    private static final int APPOSITION_WORDS = 8;

    private SignatoryParty() {}

    /** The organisation (or else the country) the person of {@code personId} speaks for in the sentence. */
    static Optional<Integer> of(ResolvedArticle article, List<CoreLabel> tokens, int personId) {
        int begin = -1;
        int end = -1;
        for (int t = 0; t < tokens.size(); t++) {
            if (refersTo(tokens.get(t), personId)) {
                if (begin < 0) {
                    begin = t;
                }
                end = t + 1;
            } else if (begin >= 0) {
                break;
            }
        }
        if (begin < 0) {
            return Optional.empty();
        }
        List<Integer> countries = new ArrayList<>();
        Optional<Integer> before = organisationAlong(article, tokens, begin - 1, Math.max(0, begin - TITLE_WORDS_BEFORE), -1,
                Set.of(",", "and"), countries);
        if (before.isPresent()) {
            return before;
        }
        if (end < tokens.size() && tokens.get(end).word().equals(",")) {
            Optional<Integer> after = organisationAlong(article, tokens, end + 1,
                    Math.min(tokens.size(), end + 1 + APPOSITION_WORDS) - 1, 1, Set.of(",", "and", "."), countries);
            if (after.isPresent()) {
                return after;
            }
        }
        return countries.stream().findFirst();
    }

    /**
     * Walks the tokens from {@code from} to {@code to} (inclusive) in steps of {@code step}, up to a word of
     * {@code stops} (case ignored) or another person: the first organisation named, noting countries met on
     * the way in {@code countries}.
     */
    private static Optional<Integer> organisationAlong(ResolvedArticle article, List<CoreLabel> tokens, int from, int to, int step,
                                                       Set<String> stops, List<Integer> countries) {
        for (int t = from; step > 0 ? t <= to : t >= to; t += step) {
            if (stops.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
                break;
            }
            Optional<ArticleEntity> e = entityAt(article, tokens.get(t));
            if (e.isPresent()) {
                if (e.get().isA(KG.Organization.getURI())) {
                    return Optional.of(e.get().id());
                }
                if (e.get().isA(KG.Country.getURI())) {
                    countries.add(e.get().id());
                }
                if (e.get().isA(KG.Person.getURI())) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean refersTo(CoreLabel token, int id) {
        List<Integer> refs = token.get(KgAnnotations.EntityIdsAnnotation.class);
        return refs != null && refs.contains(id);
    }

    private static Optional<ArticleEntity> entityAt(ResolvedArticle article, CoreLabel token) {
        List<Integer> refs = token.get(KgAnnotations.EntityIdsAnnotation.class);
        if (refs == null || refs.size() != 1) {
            return Optional.empty();
        }
        return Optional.ofNullable(article.entity(refs.get(0)));
    }
}
