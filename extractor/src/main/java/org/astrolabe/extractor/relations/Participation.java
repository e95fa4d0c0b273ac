package org.astrolabe.extractor.relations;

import static org.astrolabe.extractor.relations.AnnotatedArticle.lemma;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.EntityMention;
import org.astrolabe.extractor.rules.RawFact;
import org.astrolabe.ontology.KG;

/**
 * Who takes part in a programme or mission: a list of countries, organisations or people right before a
 * participation word, and the programme or mission right after it ("Azerbaijan, Belarus and Egypt have
 * joined the ILRS", "ESA contributes to Artemis", "X will fly on Shenzhou 21", "Y was named to the Artemis II
 * crew"), and the crew named with a mission ("the Artemis II crew, X, Y and Z", "Shenzhou-13 crew member X").
 */
public final class Participation implements RelationStage {
    private static final Set<String> TRIGGER_LEMMAS = Set.of("join", "participate", "participation", "contribute",
            "contribution", "member", "partner", "fly", "assign", "name", "select", "board", "aboard", "onboard", "crew",
            "enter", "sign", "accede", "adhere");
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "as", "well", "both", "also", "the", "including");
    private static final Set<String> SKIPPABLE = Set.of("have", "has", "had", "will", "would", "also", "already", "formally",
            "officially", "recently", "be", "been", "is", "are", "was", "were", "to", "set", "plan", "plans", "planning", "could",
            "may", "might", "now", "all", "both", "each", "who", "which", "that", "as", "a", "an", "the", "of", "in", "its");
    private static final Set<String> CREW_WORDS = Set.of("crew", "crewmember", "crewmembers", "astronaut", "astronauts",
            "cosmonaut", "cosmonauts", "taikonaut", "taikonauts", "commander", "pilot", "specialist");

    @Override
    public String name() {
        return "participation";
    }

    @Override
    public List<RawFact> extract(AnnotatedArticle article) {
        List<RawFact> facts = new ArrayList<>();
        for (int s = 0; s < article.sentences().size(); s++) {
            List<CoreLabel> tokens = article.tokens(s);
            List<EntityMention> mentions = article.mentionsIn(s);
            for (int k = 0; k < mentions.size(); k++) {
                ArticleEntity target = article.single(mentions.get(k));
                if (target == null || !(target.isA(KG.Program.getURI()) || target.isA(KG.Mission.getURI()))) {
                    continue;
                }
                EntityMention targetMention = mentions.get(k);
                int trigger = triggerBefore(tokens, targetMention.tokenBegin());
                if (trigger >= 0) {
                    for (int id : listEndingBefore(article, s, tokens, mentions, trigger)) {
                        facts.add(RawFact.relation(id, "participatesIn", target.id(), s, "rule:" + name(), 0.7));
                    }
                }
                if (target.isA(KG.Mission.getURI()) && followedByCrewWord(tokens, targetMention.tokenEnd())) {
                    for (int id : peopleAfter(article, tokens, mentions, k)) {
                        facts.add(RawFact.relation(id, "participatesIn", target.id(), s, "rule:" + name() + "-crew", 0.7));
                    }
                }
            }
        }
        return facts;
    }

    /** A participation word within eight tokens before the target, with no other entity between them. */
    private static int triggerBefore(List<CoreLabel> tokens, int targetBegin) {
        for (int t = targetBegin - 1; t >= Math.max(0, targetBegin - 8); t--) {
            CoreLabel token = tokens.get(t);
            if (!"O".equals(token.ner()) && !"TITLE".equals(token.ner()) && !"ORDINAL".equals(token.ner())) {
                return -1;
            }
            String lemma = lemma(token);
            if (TRIGGER_LEMMAS.contains(lemma)) {
                return t;
            }
            if (lemma.equals("part") && t > 0 && lemma(tokens.get(t - 1)).matches("take|be|become")) {
                return t - 1;
            }
            if (token.word().matches("[.;:]")) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The countries, organisations or people listed right before the trigger ("A, B and C have joined"), skipping
     * auxiliaries and adverbs between the list and the trigger.
     */
    private static List<Integer> listEndingBefore(AnnotatedArticle article, int s, List<CoreLabel> tokens, List<EntityMention> mentions,
                                                  int trigger) {
        List<Integer> out = new ArrayList<>();
        int t = trigger - 1;
        while (t >= 0 && SKIPPABLE.contains(tokens.get(t).word().toLowerCase(Locale.ROOT)) && article.mentionAt(s, t) == null) {
            t--;
        }
        while (t >= 0) {
            EntityMention m = article.mentionAt(s, t);
            if (m == null) {
                break;
            }
            ArticleEntity e = article.single(m);
            if (e != null && participant(e)) {
                out.add(e.id());
            } else if (m.entityIds().size() > 1) {
                for (int id : m.entityIds()) {
                    ArticleEntity each = article.resolved().entity(id);
                    if (each != null && participant(each)) {
                        out.add(id);
                    }
                }
            } else {
                break;
            }
            t = m.tokenBegin() - 1;
            if (t >= 0 && tokens.get(t).word().matches("['’]s?")) {
                break; // "China's Chang'e": an owner, not a list item
            }
            int glue = t;
            while (glue >= 0 && LIST_GLUE.contains(tokens.get(glue).word().toLowerCase(Locale.ROOT)) && article.mentionAt(s, glue) == null) {
                glue--;
            }
            if (glue == t) {
                break;
            }
            t = glue;
        }
        return out;
    }

    private static boolean followedByCrewWord(List<CoreLabel> tokens, int end) {
        for (int t = end; t < Math.min(tokens.size(), end + 2); t++) {
            if (CREW_WORDS.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** The people listed right after "MISSION crew (member)": "the Artemis II crew: X, Y and Z". */
    private static List<Integer> peopleAfter(AnnotatedArticle article, List<CoreLabel> tokens, List<EntityMention> mentions, int k) {
        List<Integer> out = new ArrayList<>();
        int previousEnd = mentions.get(k).tokenEnd();
        for (int j = k + 1; j < mentions.size(); j++) {
            EntityMention m = mentions.get(j);
            ArticleEntity e = article.single(m);
            if (e == null || !e.isA(KG.Person.getURI())) {
                break;
            }
            for (int t = previousEnd; t < m.tokenBegin(); t++) {
                String w = tokens.get(t).word().toLowerCase(Locale.ROOT);
                if (!(CREW_WORDS.contains(w) || LIST_GLUE.contains(w) || w.matches("member|members|:|,|and|commander|pilot|mission|specialist"))) {
                    return out;
                }
            }
            out.add(e.id());
            previousEnd = m.tokenEnd();
        }
        return out;
    }

    private static boolean participant(ArticleEntity e) {
        return e.isA(KG.Country.getURI()) || e.isA(KG.Organization.getURI()) || e.isA(KG.Person.getURI());
    }

}
