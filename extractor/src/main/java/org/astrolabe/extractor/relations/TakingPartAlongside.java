package org.astrolabe.extractor.relations;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.EntityMention;
import org.astrolabe.extractor.rules.RawFact;
import org.astrolabe.ontology.KG;

/**
 * Those named alongside a participant take part too: "Egypt joined the ILRS alongside Ghana and Senegal", "the UAE
 * takes its place in the project alongside the United States, Japan and Canada"; those named alongside a party to
 * an agreement are parties too: "Kenya signed the Artemis Accords alongside Ghana". Reads the participation and
 * party facts found so far and gives what they are in to the countries, organisations or (for participation)
 * people listed right after "alongside" (or "along with", "together with") in the same sentence.
 */
public final class TakingPartAlongside {
    private static final String EXTRACTOR = "rule:taking-part-alongside";
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "the", "as", "well", "also");

    private TakingPartAlongside() {
    }

    /** The participation and party facts of those listed alongside a participant or party, read from the facts found so far. */
    public static List<RawFact> derive(List<RawFact> facts, AnnotatedArticle article) {
        Set<List<Object>> known = new HashSet<>();
        for (RawFact f : facts) {
            if (isSharedInvolvement(f)) {
                known.add(List.of(f.property(), f.subject(), f.object()));
            }
        }
        List<RawFact> derived = new ArrayList<>();
        Map<Integer, List<Integer>> companionsOfSentence = new HashMap<>();
        for (RawFact f : facts) {
            if (!isSharedInvolvement(f)) {
                continue;
            }
            boolean party = f.property().equals("party");
            int what = party ? f.subject() : f.object();
            List<Integer> companions = companionsOfSentence.computeIfAbsent(f.sentence(), s -> listedAlongside(article, s));
            if (companions.isEmpty() || !saidRightBeforeAlongside(article, f.sentence(), what)) {
                continue; // "A is a member of X and takes part in the Y project alongside B": B is alongside in Y
            }
            for (int companion : companions) {
                if (companion == what || party && article.resolved().entity(companion).isA(KG.Person.getURI())) {
                    continue; // a person signs for a party, and is none
                }
                int subject = party ? what : companion;
                int object = party ? companion : what;
                if (known.add(List.of(f.property(), subject, object))) {
                    derived.add(RawFact.relation(subject, f.property(), object, f.sentence(), EXTRACTOR, f.confidence() * 0.9));
                }
            }
        }
        return derived;
    }

    /** Taking part in something, or being a party to an agreement: what a companion shares. */
    private static boolean isSharedInvolvement(RawFact f) {
        return !f.isLiteral() && (f.property().equals("participatesIn") || f.property().equals("party"));
    }

    /**
     * Whether the sentence names {@code what} in the clause of its "alongside": no verb between its last mention
     * before the word and the word ("joined the ILRS alongside Ghana").
     */
    private static boolean saidRightBeforeAlongside(AnnotatedArticle article, int s, int what) {
        List<CoreLabel> tokens = article.tokens(s);
        int alongside = alongsideIndex(tokens);
        int lastEnd = -1;
        for (EntityMention m : article.mentionsIn(s)) {
            if (m.tokenEnd() <= alongside && m.entityIds().contains(what)) {
                lastEnd = Math.max(lastEnd, m.tokenEnd());
            }
        }
        if (lastEnd < 0) {
            return true; // named by a description the resolver did not keep as a mention: nothing to go by
        }
        for (int t = lastEnd; t < alongside; t++) {
            if (tokens.get(t).tag().startsWith("VB")) {
                return false;
            }
        }
        return true;
    }

    /** Where the sentence's "alongside", "along with" or "together with" is, or -1. */
    private static int alongsideIndex(List<CoreLabel> tokens) {
        for (int t = 0; t < tokens.size(); t++) {
            String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (word.equals("alongside") || (word.equals("along") || word.equals("together")) && t + 1 < tokens.size()
                    && tokens.get(t + 1).word().equalsIgnoreCase("with")) {
                return t;
            }
        }
        return -1;
    }

    /** The participants listed right after the sentence's "alongside", "along with" or "together with". */
    static List<Integer> listedAlongside(AnnotatedArticle article, int s) {
        List<CoreLabel> tokens = article.tokens(s);
        int alongside = alongsideIndex(tokens);
        if (alongside < 0) {
            return List.of();
        }
        return listFrom(article, s, tokens, alongside + (tokens.get(alongside).word().equalsIgnoreCase("alongside") ? 1 : 2));
    }

    private static List<Integer> listFrom(AnnotatedArticle article, int s, List<CoreLabel> tokens, int begin) {
        List<Integer> out = new ArrayList<>();
        int t = begin;
        while (t < tokens.size()) {
            EntityMention m = article.mentionAt(s, t);
            if (m == null) {
                if (!LIST_GLUE.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
                    break;
                }
                t++;
                continue;
            }
            ArticleEntity e = article.single(m);
            if (e == null || !(e.isA(KG.Country.getURI()) || e.isA(KG.Organization.getURI()) || e.isA(KG.Person.getURI()))) {
                break;
            }
            out.add(e.id());
            t = m.tokenEnd();
        }
        return out;
    }
}
