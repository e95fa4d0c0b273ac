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
 * Who flies on a mission, read from how news names a crew: right after the mission ("the Artemis II crew, X, Y
 * and Z", "the Soyuz MS-24 crew of X, Y and Z", "Shenzhou-13 crew member X"), after a colon that ends a
 * sentence about the mission's crew ("Three astronauts blasted off aboard Shenzhou-21: X, Y and Z", "the members
 * of Expedition 80: X and Y of NASA, and Z, a cosmonaut of Roscosmos"), or in
 * the sentence after the mission ("The three-member crew is made up of ...", "The astronauts, X, Y and Z, will
 * stay for six months", "NASA astronauts X and Y will spend six months on the station").
 */
public final class CrewNamedWithMission implements RelationStage {
    private static final String EXTRACTOR = "rule:participation-crew";
    /** Words that name a crew: the people of the sentence fly together. */
    static final Set<String> CREW_NOUNS = Set.of("crew", "crewmate", "crewmates", "crewmember", "crewmembers", "crew-mates");
    /** What may stand between the names of a crew listed after a colon: "A and B of NASA, and C, cosmonauts of Roscosmos". */
    private static final Set<String> LISTED_CREW_GLUE = Set.of(",", "and", ".", "of", "from", "the", "a", "an", "'s");
    private static final Set<String> CREW_WORDS = Set.of("crew", "crewmember", "crewmembers", "astronaut", "astronauts",
            "cosmonaut", "cosmonauts", "taikonaut", "taikonauts", "commander", "pilot", "specialist");

    @Override
    public String name() {
        return "participation-crew";
    }

    @Override
    public List<RawFact> extract(AnnotatedArticle article) {
        List<RawFact> facts = new ArrayList<>();
        for (int s = 0; s < article.sentences().size(); s++) {
            List<CoreLabel> tokens = article.tokens(s);
            List<EntityMention> mentions = article.mentionsIn(s);
            for (int k = 0; k < mentions.size(); k++) {
                ArticleEntity mission = article.single(mentions.get(k));
                if (mission == null || !mission.isA(KG.Mission.getURI())) {
                    continue;
                }
                if (followedByCrewWord(tokens, mentions.get(k).tokenEnd())) {
                    for (int id : peopleAfter(article, tokens, mentions, k)) {
                        facts.add(RawFact.relation(id, "participatesIn", mission.id(), s, EXTRACTOR, 0.7));
                    }
                }
                for (int id : crewListedAfterColon(article, s, tokens, mentions.get(k))) {
                    facts.add(RawFact.relation(id, "participatesIn", mission.id(), s, EXTRACTOR, 0.65));
                }
            }
            facts.addAll(crewOfLastMission(article, s, tokens, mentions));
        }
        return facts;
    }

    /**
     * "His crewmates are NASA astronauts X, Y and Z": people named as crew in a sentence that names no mission
     * fly on the mission the article named last.
     */
    private static List<RawFact> crewOfLastMission(AnnotatedArticle article, int s, List<CoreLabel> tokens, List<EntityMention> mentions) {
        boolean crew = false;
        for (CoreLabel token : tokens) {
            crew |= CREW_NOUNS.contains(token.word().toLowerCase(Locale.ROOT));
        }
        crew |= theFlyersNamed(tokens) || astronautsStaying(tokens);
        if (!crew || mentions.stream().map(article::single).anyMatch(e -> e != null && e.isA(KG.Mission.getURI()))) {
            return List.of();
        }
        ArticleEntity mission = null;
        for (int previous = s - 1; previous >= Math.max(0, s - 3) && mission == null; previous--) {
            List<EntityMention> earlier = article.mentionsIn(previous);
            for (int k = earlier.size() - 1; k >= 0 && mission == null; k--) {
                ArticleEntity e = article.single(earlier.get(k));
                if (e != null && e.isA(KG.Mission.getURI())) {
                    mission = e;
                }
            }
        }
        if (mission == null) {
            return List.of();
        }
        List<RawFact> facts = new ArrayList<>();
        for (EntityMention m : mentions) {
            ArticleEntity e = article.single(m);
            if (e != null && m.kind() == EntityMention.Kind.NAME && e.isA(KG.Person.getURI())) {
                facts.add(RawFact.relation(e.id(), "participatesIn", mission.id(), s, EXTRACTOR, 0.6));
            }
        }
        return facts;
    }

    /** "The astronauts, A, B and C, ...", "The three taikonauts ...": the flyers the article just launched. */
    private static boolean theFlyersNamed(List<CoreLabel> tokens) {
        if (tokens.isEmpty() || !tokens.get(0).word().matches("(?i)the|these|its|their")) {
            return false;
        }
        for (int t = 1; t < Math.min(tokens.size(), 4); t++) {
            if (tokens.get(t).word().matches("(?i)astronauts|cosmonauts|taikonauts|spacefarers")) {
                return true;
            }
        }
        return false;
    }

    /** "NASA astronauts A and B and cosmonaut C will spend six months on the station": the flight's crew. */
    private static boolean astronautsStaying(List<CoreLabel> tokens) {
        boolean flyers = false;
        boolean stay = false;
        for (int t = 0; t < tokens.size(); t++) {
            String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
            flyers |= word.matches("astronauts?|cosmonauts?|taikonauts?");
            String lemma = lemma(tokens.get(t));
            if ((lemma.equals("spend") || lemma.equals("stay") || lemma.equals("live")) && tokens.get(t).tag().startsWith("VB")) {
                for (int u = t + 1; u < Math.min(tokens.size(), t + 5); u++) {
                    stay |= tokens.get(u).word().matches("(?i)days?|weeks?|months?|year");
                }
            }
        }
        return flyers && stay;
    }

    private static boolean followedByCrewWord(List<CoreLabel> tokens, int end) {
        for (int t = end; t < Math.min(tokens.size(), end + 2); t++) {
            if (CREW_WORDS.contains(tokens.get(t).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Three astronauts blasted off aboard Shenzhou-21 on Friday: A, B and C": the people listed after a colon
     * that ends a sentence about a mission's crew.
     */
    private static List<Integer> crewListedAfterColon(AnnotatedArticle article, int s, List<CoreLabel> tokens, EntityMention mission) {
        int colon = -1;
        boolean crewWord = false;
        for (int t = 0; t < tokens.size() && colon < 0; t++) {
            String w = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (w.equals(":") && t > mission.tokenEnd() - 1) {
                colon = t;
            } else if (CREW_WORDS.contains(w) || CREW_NOUNS.contains(w) || w.equals("members")) {
                crewWord = true;
            }
        }
        if (colon < 0 || !crewWord) {
            return List.of();
        }
        List<Integer> people = new ArrayList<>();
        int t = colon + 1;
        while (t < tokens.size()) {
            EntityMention m = article.mentionAt(s, t);
            ArticleEntity e = m == null ? null : article.single(m);
            String word = tokens.get(t).word().toLowerCase(Locale.ROOT);
            if (e != null && e.isA(KG.Person.getURI())) {
                people.add(e.id());
                t = m.tokenEnd();
            } else if (m != null && (affiliation(tokens, m) || t > 0 && tokens.get(t - 1).word().equals("'s"))) {
                t = m.tokenEnd(); // "A and B of NASA, C of Japan", "of Russia's Roscosmos": whom they fly for
            } else if (m == null && (LISTED_CREW_GLUE.contains(word) || CREW_WORDS.contains(word))) {
                t++;
            } else {
                return List.of(); // the colon introduces something else than the crew
            }
        }
        return people;
    }

    /** "of NASA", "from Japan", "(ESA)": an organisation or country said of the person before it. */
    private static boolean affiliation(List<CoreLabel> tokens, EntityMention m) {
        int before = m.tokenBegin() - 1;
        if (before >= 0 && tokens.get(before).word().equalsIgnoreCase("the")) {
            before--;
        }
        return before >= 0 && tokens.get(before).word().matches("(?i)of|from|\\(|-LRB-");
    }

    /** The people listed right after "MISSION crew (member)": "the Artemis II crew: X, Y and Z", "the Soyuz MS-24 crew of X, Y and Z". */
    private static List<Integer> peopleAfter(AnnotatedArticle article, List<CoreLabel> tokens, List<EntityMention> mentions, int k) {
        List<Integer> out = new ArrayList<>();
        int previousEnd = mentions.get(k).tokenEnd();
        for (int j = k + 1; j < mentions.size(); j++) {
            EntityMention m = mentions.get(j);
            ArticleEntity e = article.single(m);
            if (e != null && !e.isA(KG.Person.getURI()) && affiliation(tokens, m)) {
                previousEnd = m.tokenEnd(); // "X of NASA, Y of ESA and Z": whom each member flies for
                continue;
            }
            if (e == null || !e.isA(KG.Person.getURI())) {
                break;
            }
            for (int t = previousEnd; t < m.tokenBegin(); t++) {
                String w = tokens.get(t).word().toLowerCase(Locale.ROOT);
                if (!(CREW_WORDS.contains(w) || Participation.LIST_GLUE.contains(w) || w.matches("member|members|:|,|and|of|from|the|\\)|-rrb-|commander|pilot|mission|specialist"))) {
                    return out;
                }
            }
            out.add(e.id());
            previousEnd = m.tokenEnd();
        }
        return out;
    }
}
