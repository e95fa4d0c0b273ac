package org.astrolabe.extractor.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import edu.stanford.nlp.util.CoreMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.astrolabe.extractor.ner.KgAnnotations;
import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.ResolvedArticle;

/**
 * Applies the relation rules to every sentence of a resolved article and collects what they state,
 * keeping only statements whose subject and object classes fit the property. Stateless and thread-safe.
 */
public final class RuleEngine {
    private final List<RelationRule> rules;

    public RuleEngine(List<RelationRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public List<RelationRule> rules() {
        return rules;
    }

    public List<RawFact> apply(ResolvedArticle article, List<CoreMap> sentences, AgreementBuilder agreements) {
        List<RawFact> facts = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            for (RelationRule rule : rules) {
                TokenSequenceMatcher m = rule.pattern().getMatcher(tokens);
                // Restarting one token after each match start lets matches overlap ("A met B ... met C").
                int from = 0;
                int lastEnd = -1;
                while (from < tokens.size() && m.find(from)) {
                    from = m.start() + 1;
                    if (m.end() <= lastEnd) {
                        continue; // a tail of the previous match ("Minister Sharif" inside "Prime Minister Sharif")
                    }
                    lastEnd = m.end();
                    for (RelationRule.Emit emit : rule.emits()) {
                        if (emit.property().equals("agreement")) {
                            agreement(article, tokens, s, m, rule, emit, agreements);
                        } else {
                            facts.addAll(statements(article, tokens, s, m, rule, emit));
                        }
                    }
                }
            }
        }
        return facts;
    }

    private static void agreement(ResolvedArticle article, List<CoreLabel> tokens, int s, TokenSequenceMatcher m,
                                  RelationRule rule, RelationRule.Emit emit, AgreementBuilder agreements) {
        String group = emit.subjects().get(0);
        if (m.start(group) < 0) {
            return;
        }
        List<Integer> parties = new ArrayList<>();
        for (String g : emit.objects()) {
            parties.addAll(entities(tokens, m, g));
        }
        agreements.add(article, tokens, s, m.start(group), m.end(group), parties, rule);
    }

    private static List<RawFact> statements(ResolvedArticle article, List<CoreLabel> tokens, int s, TokenSequenceMatcher m,
                                            RelationRule rule, RelationRule.Emit emit) {
        List<RawFact> out = new ArrayList<>();
        Set<Integer> subjects = new LinkedHashSet<>();
        for (String g : emit.subjects()) {
            subjects.addAll(entities(tokens, m, g));
        }
        for (int subject : subjects) {
            ArticleEntity se = article.entity(subject);
            if (se == null || !PropertySignatures.allowsSubject(emit.property(), se.classIri())) {
                continue;
            }
            for (String g : emit.objects()) {
                if (g.startsWith("$date") || g.equals("@sentence-date")) {
                    Optional<Node> date = g.equals("@sentence-date") ? firstDate(tokens, 0, tokens.size()) : groupDate(tokens, m, g);
                    date.ifPresent(d -> out.add(RawFact.literal(subject, emit.property(), d, s, rule.extractorName(), rule.confidence())));
                } else if (g.startsWith("$title")) {
                    if (m.start(g) >= 0) {
                        for (String title : Titles.coordinated(tokens, m.start(g), m.end(g))) {
                            out.add(RawFact.literal(subject, emit.property(), NodeFactory.createLiteralString(title), s,
                                    rule.extractorName(), rule.confidence()));
                        }
                    }
                } else {
                    for (int object : entities(tokens, m, g)) {
                        ArticleEntity oe = article.entity(object);
                        if (object != subject && oe != null && PropertySignatures.allowsObject(emit.property(), oe.classIri())) {
                            out.add(RawFact.relation(subject, emit.property(), object, s, rule.extractorName(), rule.confidence()));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The entities the tokens of a capture group refer to, in order. */
    static List<Integer> entities(List<CoreLabel> tokens, TokenSequenceMatcher m, String group) {
        int start = m.start(group);
        if (start < 0) {
            return List.of();
        }
        Set<Integer> ids = new LinkedHashSet<>();
        for (int t = start; t < m.end(group); t++) {
            List<Integer> refs = tokens.get(t).get(KgAnnotations.EntityIdsAnnotation.class);
            if (refs != null) {
                ids.addAll(refs);
            }
        }
        return List.copyOf(ids);
    }

    private static Optional<Node> groupDate(List<CoreLabel> tokens, TokenSequenceMatcher m, String group) {
        return m.start(group) < 0 ? Optional.empty() : firstDate(tokens, m.start(group), m.end(group));
    }

    /** The first DATE expression in the token range that SUTime normalised to a day, month, week or year. */
    static Optional<Node> firstDate(List<CoreLabel> tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            CoreLabel token = tokens.get(t);
            if ("DATE".equals(token.ner())) {
                Optional<Node> date = DateLiterals.fromTimex(token.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }
}
