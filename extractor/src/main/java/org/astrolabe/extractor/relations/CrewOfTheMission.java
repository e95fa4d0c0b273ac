package org.astrolabe.extractor.relations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;

import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.EntityMention;
import org.astrolabe.extractor.resolve.ResolvedArticle;
import org.astrolabe.extractor.rules.RawFact;
import org.astrolabe.ontology.KG;

/**
 * A crew is introduced once and its members one by one: "NASA named the crew of Artemis III. Anna Reyes will
 * command the flight, with Tom Becker as pilot." A person whose role in the article is a place in a crew
 * (commander, pilot, mission specialist, flight engineer, payload specialist) and whom no sentence puts on a
 * mission (a past flight as a veteran does not count) takes part in the mission in focus where the role is given: the last mission named before the person
 * in that sentence, or else in the sentences before it. Read from the title facts found so far.
 */
public final class CrewOfTheMission {
    private static final String EXTRACTOR = "rule:crew-role-mission";
    private static final double CONFIDENCE = 0.55;
    /** How many sentences before an astronaut's the mission may have been named last. */
    private static final int FLYER_REACH = 2;
    /** A past flight does not say which mission the person's role in the article is on. */
    private static final Set<String> PAST_FLIGHT = Set.of("rule:veteran-of-mission", "rule:veteran-apposition");
    /** The crew roles a predicate gives ({@link PersonRoles#CREW_ROLES}), and those written only as titles. */
    private static final Set<String> CREW_ROLES = union(PersonRoles.CREW_ROLES, Set.of("spacecraft commander", "mission pilot",
            "crewmember", "spaceflight participant", "research astronaut"));

    /** The nouns that name a crew ({@link CrewNamedWithMission#CREW_NOUNS}), its plural and the passengers of a flight. */
    private static final Set<String> CREW_WORDS = union(CrewNamedWithMission.CREW_NOUNS, Set.of("crews", "passengers"));

    /** Who is aboard a flight is its crew or its passengers. */
    private static final Set<String> ON_BOARD = Set.of("aboard", "onboard", "on-board");

    private CrewOfTheMission() {
    }

    /** The missions the crew members of an article take part in, read from its title and participation facts. */
    public static List<RawFact> derive(List<RawFact> facts, AnnotatedArticle annotated) {
        ResolvedArticle article = annotated.resolved();
        Set<Integer> onAMission = new HashSet<>();
        for (RawFact f : facts) {
            if (f.property().equals("participatesIn") && !f.isLiteral() && isMission(article.entity(f.object()))
                    && !PAST_FLIGHT.contains(f.extractor())) {
                onAMission.add(f.subject());
            }
        }
        List<RawFact> derived = new ArrayList<>();
        for (RawFact f : facts) {
            if (!f.property().equals("title") || !f.isLiteral() || onAMission.contains(f.subject())
                    || !(isCrewRole(f.literal().getLiteralLexicalForm()) || isFlyer(f.literal().getLiteralLexicalForm()))) {
                continue;
            }
            ArticleEntity mission = missionInFocus(article, f.subject(), f.sentence());
            if (mission != null && isFlyer(f.literal().getLiteralLexicalForm())
                    && lastMentionBefore(article, mission.id(), f.sentence()) < f.sentence() - FLYER_REACH) {
                continue; // an astronaut named far from the mission may be a guest, a commentator, a veteran
            }
            if (mission != null) {
                derived.add(RawFact.relation(f.subject(), "participatesIn", mission.id(), f.sentence(), EXTRACTOR, CONFIDENCE));
                onAMission.add(f.subject());
            }
        }
        for (int s = 0; s < annotated.sentences().size(); s++) {
            if (!namesACrew(annotated.tokens(s)) || !annotated.missionsIn(s).isEmpty()) {
                continue;
            }
            List<ArticleEntity> people = annotated.mentionsIn(s).stream().map(annotated::single)
                    .filter(e -> e != null && e.isA(KG.Person.getURI())).distinct().toList();
            if (people.size() < 2) {
                continue; // "the crew" beside one name is often said of someone else (a flight director, a doctor)
            }
            for (ArticleEntity person : people) {
                ArticleEntity mission = onAMission.contains(person.id()) ? null : missionInFocus(article, person.id(), s);
                if (mission != null) {
                    derived.add(RawFact.relation(person.id(), "participatesIn", mission.id(), s, EXTRACTOR, CONFIDENCE));
                    onAMission.add(person.id());
                }
            }
        }
        return derived;
    }

    /**
     * "The four-person crew, A, B, C and D, ...", "A and her crewmates", "On board were A, B and C": a sentence
     * about a crew.
     */
    private static boolean namesACrew(List<CoreLabel> tokens) {
        return tokens.stream().anyMatch(t -> CREW_WORDS.contains(t.word().toLowerCase(Locale.ROOT))) || listsWhoIsOnBoard(tokens);
    }

    /** "On board were A, B and C", "Aboard are ...": the sentence opens with who is on the flight. */
    private static boolean listsWhoIsOnBoard(List<CoreLabel> tokens) {
        int t = 0;
        if (tokens.size() > 2 && tokens.get(0).word().equalsIgnoreCase("on") && tokens.get(1).word().equalsIgnoreCase("board")) {
            t = 2;
        } else if (!tokens.isEmpty() && ON_BOARD.contains(tokens.get(0).word().toLowerCase(Locale.ROOT))) {
            t = 1;
        } else {
            return false;
        }
        return t < tokens.size() && tokens.get(t).word().toLowerCase(Locale.ROOT).matches("were|was|are|is|will|sat|flew|rode");
    }

    /** "astronaut", "cosmonaut": one who flies, on the mission of the article when it was named just before. */
    private static boolean isFlyer(String title) {
        return title.toLowerCase(Locale.ROOT).strip().matches("(astronaut|cosmonaut|taikonaut)s?");
    }

    /** The last sentence up to {@code sentence} that names the entity, or -1. */
    private static int lastMentionBefore(ResolvedArticle article, int entity, int sentence) {
        int last = -1;
        for (EntityMention m : article.mentions()) {
            if (m.sentence() <= sentence && m.entityIds().contains(entity)) {
                last = Math.max(last, m.sentence());
            }
        }
        return last;
    }

    private static boolean isCrewRole(String title) {
        String role = title.toLowerCase(Locale.ROOT).strip();
        if (role.endsWith("s") && !role.endsWith("ss")) {
            role = role.substring(0, role.length() - 1);
        }
        return CREW_ROLES.contains(role);
    }

    /** The last mission named before the person in the sentence of the role, or else in an earlier sentence. */
    private static ArticleEntity missionInFocus(ResolvedArticle article, int person, int sentence) {
        int personAt = Integer.MAX_VALUE;
        for (EntityMention m : article.mentions()) {
            if (m.sentence() == sentence && m.entityIds().contains(person)) {
                personAt = Math.min(personAt, m.tokenBegin());
            }
        }
        EntityMention focus = null;
        for (EntityMention m : article.mentions()) {
            boolean before = m.sentence() < sentence || m.sentence() == sentence && m.tokenBegin() < personAt;
            if (before && m.entityIds().size() == 1 && isMission(article.entity(m.entityIds().get(0)))
                    && (focus == null || m.sentence() > focus.sentence()
                    || m.sentence() == focus.sentence() && m.tokenBegin() > focus.tokenBegin())) {
                focus = m;
            }
        }
        return focus == null ? null : article.entity(focus.entityIds().get(0));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private static boolean isMission(ArticleEntity e) {
        return e != null && e.isA(KG.Mission.getURI());
    }
}
