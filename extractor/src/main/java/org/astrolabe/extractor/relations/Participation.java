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
 * crew"). Crews named with their mission are {@link CrewNamedWithMission}'s.
 * A sentence that names members or joiners but not what they joined ("Since then, A and B have signed on",
 * "Its partners include A and B") speaks of the programme or mission of the sentences just before.
 */
public final class Participation implements RelationStage {
    private static final Set<String> TRIGGER_LEMMAS = Set.of("join", "participate", "participation", "contribute",
            "contribution", "member", "partner", "fly", "assign", "name", "select", "board", "aboard", "onboard", "crew",
            "enter", "sign", "accede", "adhere");
    /** What a partner contributes to a mission: "payloads from A and B". */
    private static final Set<String> CONTRIBUTION_NOUNS = Set.of("payload", "instrument", "experiment", "equipment", "cubesat",
            "contribution", "device", "detector", "sensor", "camera", "spectrometer", "hardware", "rover", "lander", "module");
    private static final Set<String> MEMBER_NOUNS = Set.of("member", "partner", "participant", "signatory");
    static final Set<String> LIST_GLUE = Set.of(",", "and", "as", "well", "both", "also", "the", "including");
    private static final Set<String> SKIPPABLE = Set.of("have", "has", "had", "will", "would", "also", "already", "formally",
            "officially", "recently", "be", "been", "is", "are", "was", "were", "to", "set", "plan", "plans", "planning", "could",
            "may", "might", "now", "all", "both", "each", "who", "which", "that", "as", "a", "an", "the", "of", "in", "its");

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
                if (trigger >= 0 && namesWhatTheMemberBelongsTo(article, s, tokens, trigger)) {
                    continue; // "the first NATO member in the project": NATO is what the member is a member of
                }
                if (trigger >= 0) {
                    List<Integer> participants = listEndingBefore(article, s, tokens, mentions, trigger);
                    if (participants.isEmpty()) {
                        participants = subjectOfParticiple(article, tokens, mentions, trigger);
                    }
                    for (int id : participants) {
                        facts.add(RawFact.relation(id, "participatesIn", target.id(), s, "rule:" + name(), 0.7));
                    }
                }
            }
            facts.addAll(membersNamedWithTarget(article, s, tokens, mentions));
            facts.addAll(joinedWithoutObject(article, s, tokens, mentions));
        }
        return facts;
    }

    /**
     * "the programme counts Azerbaijan, Belarus and Egypt among its members", "the UAE takes its place in the
     * project alongside the United States and Japan", "its partners include A and B", "A and B are members":
     * a list of countries or organisations that the sentence calls members or partners, in a sentence that
     * names one programme or mission (by name or as "the programme").
     */
    private List<RawFact> membersNamedWithTarget(AnnotatedArticle article, int s, List<CoreLabel> tokens, List<EntityMention> mentions) {
        ArticleEntity target = null;
        for (EntityMention m : mentions) {
            ArticleEntity e = article.single(m);
            if (e != null && (e.isA(KG.Program.getURI()) || e.isA(KG.Mission.getURI()))) {
                if (target != null && target.id() != e.id()) {
                    return List.of(); // two programmes: which one is meant is for the sentence's structure to say
                }
                target = e;
            }
        }
        double confidence = 0.6;
        boolean namedHere = target != null;
        if (target == null && !memberOfSomethingNamed(tokens)) {
            target = programmeInFocus(article, s);
            confidence = 0.5;
        }
        if (target == null) {
            return List.of();
        }
        List<RawFact> facts = new ArrayList<>();
        int k = 0;
        while (k < mentions.size()) {
            if (!isMember(article, mentions.get(k))) {
                k++;
                continue;
            }
            int first = k;
            while (k + 1 < mentions.size() && isMember(article, mentions.get(k + 1))
                    && onlyGlueBetween(tokens, mentions.get(k).tokenEnd(), mentions.get(k + 1).tokenBegin())) {
                k++;
            }
            int listBegin = mentions.get(first).tokenBegin();
            int listEnd = mentions.get(k).tokenEnd();
            boolean contributors = contributedFrom(tokens, listBegin);
            boolean toAFlight = target.isA(KG.Mission.getURI()) || namedHere;
            if (contributors && toAFlight || calledMembersBefore(tokens, listBegin) || calledMembersAfter(tokens, listEnd)) {
                for (int j = first; j <= k; j++) {
                    ArticleEntity e = article.single(mentions.get(j));
                    if (e.id() != target.id() && !ownsNext(article, s, tokens, mentions.get(j), target)) {
                        facts.add(RawFact.relation(e.id(), "participatesIn", target.id(), s, "rule:" + name() + "-members", confidence));
                    }
                }
            }
            k++;
        }
        return facts;
    }

    private static boolean isMember(AnnotatedArticle article, EntityMention m) {
        ArticleEntity e = article.single(m);
        return e != null && m.kind() == EntityMention.Kind.NAME && (e.isA(KG.Country.getURI()) || e.isA(KG.Organization.getURI()));
    }

    /** List glue between two members; "from" only repeated after "and" ("instruments from ESA and from Italy"). */
    private static boolean onlyGlueBetween(List<CoreLabel> tokens, int from, int to) {
        for (int t = from; t < to; t++) {
            String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
            boolean repeatedFrom = word.equals("from") && t > from && tokens.get(t - 1).word().matches("(?i)and|,");
            if (!LIST_GLUE.contains(word) && !repeatedFrom) {
                return false;
            }
        }
        return to - from <= 3;
    }

    /**
     * "carries instruments from A, B and C": the contributors of a mission (of a programme only when the sentence names
     * it; "Also aboard is a rover from A" after a sentence on a programme speaks of a flight, not of the programme).
     */
    private static boolean contributedFrom(List<CoreLabel> tokens, int listBegin) {
        int t = listBegin - 1;
        while (t >= 0 && tokens.get(t).word().matches("(?i)the|also|now")) {
            t--;
        }
        if (t < 1 || !lemma(tokens.get(t)).equals("from")) {
            return false;
        }
        for (int u = t - 1; u >= Math.max(0, t - 3); u--) {
            if (CONTRIBUTION_NOUNS.contains(lemma(tokens.get(u)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "alongside A and B", "its partners include A and B", "members are A and B", "partners: A, B", "13 member
     * states, including A and B".
     */
    private static boolean calledMembersBefore(List<CoreLabel> tokens, int listBegin) {
        int t = listBegin - 1;
        while (t >= 0 && tokens.get(t).word().matches("(?i)the|also|now")) {
            t--;
        }
        if (t < 0) {
            return false;
        }
        String previous = lemma(tokens.get(t));
        if (previous.equals("alongside")) {
            return true;
        }
        if (previous.equals("include") && tokens.get(t).word().equalsIgnoreCase("including") && t > 1
                && tokens.get(t - 1).word().equals(",")) {
            t--; // "50 signatories, including A and B"
        }
        return previous.matches("include|be|:|comprise") && t > 0 && (MEMBER_NOUNS.contains(lemma(tokens.get(t - 1)))
                || t > 1 && lemma(tokens.get(t - 1)).matches("state|country|nation") && MEMBER_NOUNS.contains(lemma(tokens.get(t - 2))));
    }

    /**
     * "Since then, A, B and C have signed on", "D joined in 2023": a list that joins without saying what, in a
     * sentence that names no programme or mission, joins the one the article spoke of just before.
     */
    private List<RawFact> joinedWithoutObject(AnnotatedArticle article, int s, List<CoreLabel> tokens, List<EntityMention> mentions) {
        if (mentions.stream().map(article::single).anyMatch(e -> e != null && (e.isA(KG.Program.getURI()) || e.isA(KG.Mission.getURI())))) {
            return List.of();
        }
        for (int t = 0; t < tokens.size(); t++) {
            String lemma = lemma(tokens.get(t));
            int after = t + 1;
            if (lemma.equals("sign") || lemma.equals("come")) {
                if (after >= tokens.size() || !tokens.get(after).word().matches("(?i)on|up|aboard")) {
                    continue; // "signed on", "signed up", "came aboard"; a bare "signed" signs something
                }
                after++;
            } else if (!lemma.equals("join") || !tokens.get(t).tag().startsWith("VB")) {
                continue;
            }
            boolean nothingJoined = after >= tokens.size()
                    || tokens.get(after).word().matches("(?i)[.,;]|since|in|last|this|earlier|later|too|recently|so");
            if (!nothingJoined || (after < tokens.size() && tokens.get(after).word().equalsIgnoreCase("in")
                    && after + 1 < tokens.size() && !"DATE".equals(tokens.get(after + 1).ner()))) {
                continue; // "joined in the effort" names what was joined
            }
            ArticleEntity target = programmeInFocus(article, s);
            if (target == null) {
                return List.of();
            }
            List<RawFact> facts = new ArrayList<>();
            for (int id : listEndingBefore(article, s, tokens, mentions, t)) {
                facts.add(RawFact.relation(id, "participatesIn", target.id(), s, "rule:" + name() + "-in-focus", 0.5));
            }
            return facts;
        }
        return List.of();
    }

    /** "members of the committee", "partners in the deal": the sentence says what the members belong to. */
    private static boolean memberOfSomethingNamed(List<CoreLabel> tokens) {
        for (int t = 0; t + 1 < tokens.size(); t++) {
            if (MEMBER_NOUNS.contains(lemma(tokens.get(t))) && tokens.get(t + 1).word().matches("(?i)of|in|at|to")) {
                return true;
            }
        }
        return false;
    }

    /** The one programme or mission the previous two sentences name (the nearer first), or null. */
    private static ArticleEntity programmeInFocus(AnnotatedArticle article, int s) {
        for (int previous = s - 1; previous >= Math.max(0, s - 2); previous--) {
            ArticleEntity found = null;
            for (EntityMention m : article.mentionsIn(previous)) {
                ArticleEntity e = article.single(m);
                if (e != null && (e.isA(KG.Program.getURI()) || e.isA(KG.Mission.getURI()))) {
                    if (found != null && found.id() != e.id()) {
                        return null; // two programmes: which one is meant is unclear
                    }
                    found = e;
                }
            }
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** "A and B among its members", "A and B are (also) members", "A and B as partners". */
    private static boolean calledMembersAfter(List<CoreLabel> tokens, int listEnd) {
        int t = listEnd;
        int limit = Math.min(tokens.size(), listEnd + 6);
        boolean linked = false;
        while (t < limit) {
            String lemma = lemma(tokens.get(t));
            if (MEMBER_NOUNS.contains(lemma)) {
                return linked;
            }
            if (!lemma.matches("among|its|their|as|be|have|become|also|already|now|the|a|founding|full|new|official")) {
                return false;
            }
            linked |= lemma.matches("among|as|be|become");
            t++;
        }
        return false;
    }

    private static boolean ownsNext(AnnotatedArticle article, int s, List<CoreLabel> tokens, EntityMention m, ArticleEntity target) {
        int t = m.tokenEnd();
        if (t >= tokens.size() || !tokens.get(t).word().matches("['’]s?")) {
            return false;
        }
        for (int u = t + 1; u < Math.min(tokens.size(), t + 5); u++) {
            EntityMention next = article.mentionAt(s, u);
            if (next != null) {
                return next.entityIds().contains(target.id());
            }
        }
        return false;
    }

    /** A participation word within eight tokens before the target, with no other entity between them. */
    /** "a NATO member", "the first EU partner": a name between a determiner and a member noun qualifies the noun. */
    private static boolean namesWhatTheMemberBelongsTo(AnnotatedArticle article, int s, List<CoreLabel> tokens, int trigger) {
        if (!MEMBER_NOUNS.contains(lemma(tokens.get(trigger))) || trigger == 0) {
            return false;
        }
        EntityMention before = article.mentionAt(s, trigger - 1);
        int t = before == null ? -1 : before.tokenBegin() - 1;
        return t >= 0 && tokens.get(t).word().matches("(?i)a|an|the|first|only|latest|newest|its|their|fellow|another");
    }

    private static int triggerBefore(List<CoreLabel> tokens, int targetBegin) {
        for (int t = targetBegin - 1; t >= Math.max(0, targetBegin - 8); t--) {
            CoreLabel token = tokens.get(t);
            if (!token.ner().matches("O|TITLE|ORDINAL|DATE|TIME|DURATION|NUMBER|SET|SPACE_STATION|CELESTIAL_BODY|CELESTIAL_SITE")) {
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
        if (t >= 0 && tokens.get(t).word().matches("(?i)with|by|from|between|than")) {
            return List.of(); // "Egypt signed a deal with China to join the ILRS": the object of a preposition does not join
        }
        return out;
    }

    /** "X became the first Turkish astronaut, flying to the ISS on Ax-3": a participle's subject is the person before it. */
    private static List<Integer> subjectOfParticiple(AnnotatedArticle article, List<CoreLabel> tokens, List<EntityMention> mentions, int trigger) {
        if (trigger < 1 || !tokens.get(trigger).tag().matches("VBG|VBN") || !tokens.get(trigger - 1).word().equals(",")) {
            return List.of();
        }
        for (int k = mentions.size() - 1; k >= 0; k--) {
            EntityMention m = mentions.get(k);
            ArticleEntity e = article.single(m);
            if (m.tokenEnd() <= trigger && e != null && e.isA(KG.Person.getURI())) {
                return List.of(e.id());
            }
        }
        return List.of();
    }

    private static boolean participant(ArticleEntity e) {
        return e.isA(KG.Country.getURI()) || e.isA(KG.Organization.getURI()) || e.isA(KG.Person.getURI());
    }

}
