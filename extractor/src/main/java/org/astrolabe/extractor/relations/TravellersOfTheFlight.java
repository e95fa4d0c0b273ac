package org.astrolabe.extractor.relations;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.EntityMention;
import org.astrolabe.extractor.rules.RawFact;
import org.astrolabe.ontology.KG;

/**
 * News names a flight in one sentence and its travellers in another: "Two Saudi astronauts blasted off on Sunday
 * on a private mission to the space station. The Axiom Mission 2 flight lifted off from Florida." People who are
 * the subject of a verb of going to space (blast off, lift off, fly, travel, head, rocket) in a sentence that
 * names no mission take part in the one mission named within {@link #REACH} sentences of it, or else in the only
 * mission the article names. A flight of another year ("who flew in 2008") is a past flight and is left alone,
 * as are people whom another fact already puts on a mission.
 */
public final class TravellersOfTheFlight {
    private static final String EXTRACTOR = "rule:travellers-of-the-flight";
    private static final double CONFIDENCE = 0.55;
    /** How many sentences before or after the travellers' the flight may be named. */
    private static final int REACH = 2;
    private static final Set<String> GOING_TO_SPACE = Set.of("blast", "lift", "fly", "travel", "head", "rocket", "launch", "soar");
    /** "blast" and "lift" go to space only with their particle: "blasted off", "lifted off". */
    private static final Set<String> NEEDS_OFF = Set.of("blast", "lift");
    private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "nsubj:xsubj");

    private TravellersOfTheFlight() {
    }

    /** The missions of those said to go to space in a sentence that names no mission. */
    public static List<RawFact> derive(List<RawFact> facts, AnnotatedArticle article) {
        Set<Integer> onAMission = new HashSet<>();
        for (RawFact f : facts) {
            if (f.property().equals("participatesIn") && !f.isLiteral() && isMission(article.resolved().entity(f.object()))) {
                onAMission.add(f.subject());
            }
        }
        List<Set<Integer>> missionsBySentence = new ArrayList<>();
        Set<Integer> missions = new LinkedHashSet<>();
        for (int s = 0; s < article.sentences().size(); s++) {
            missionsBySentence.add(missionsIn(article, s));
            missions.addAll(missionsBySentence.get(s));
        }
        List<RawFact> derived = new ArrayList<>();
        for (int s = 0; s < article.sentences().size(); s++) {
            SemanticGraph graph = article.sentences().get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (!missionsBySentence.get(s).isEmpty() || graph == null || !namesAPerson(article, s)) {
                continue;
            }
            Set<Integer> travellers = travellers(article, s, graph);
            travellers.removeAll(onAMission);
            if (travellers.isEmpty()) {
                continue;
            }
            Integer mission = missionNear(s, missionsBySentence, missions);
            if (mission == null) {
                continue;
            }
            for (int person : travellers) {
                derived.add(RawFact.relation(person, "participatesIn", mission, s, EXTRACTOR, CONFIDENCE));
                onAMission.add(person);
            }
        }
        return derived;
    }

    private static boolean namesAPerson(AnnotatedArticle article, int s) {
        return article.mentionsIn(s).stream().map(article::single).anyMatch(e -> e != null && e.isA(KG.Person.getURI()));
    }

    /** The people a sentence sends to space this year: subjects (and their conjuncts) of a verb of going to space. */
    private static Set<Integer> travellers(AnnotatedArticle article, int s, SemanticGraph graph) {
        Set<Integer> people = new LinkedHashSet<>();
        List<CoreLabel> tokens = article.tokens(s);
        for (IndexedWord verb : graph.vertexSet()) {
            String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
            if (!verb.tag().startsWith("VB") || !GOING_TO_SPACE.contains(lemma)
                    || NEEDS_OFF.contains(lemma) && !hasParticleOff(graph, verb)
                    || inRelativeClause(graph, verb) || datedElsewhen(graph, verb, tokens, article.date())) {
                continue;
            }
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
                if (SUBJECTS.contains(edge.getRelation().toString())) {
                    addPerson(article, s, edge.getDependent(), people);
                    for (SemanticGraphEdge conjunct : graph.outgoingEdgeIterable(edge.getDependent())) {
                        if (conjunct.getRelation().toString().startsWith("conj")) {
                            addPerson(article, s, conjunct.getDependent(), people);
                        }
                    }
                }
            }
        }
        return people;
    }

    private static boolean hasParticleOff(SemanticGraph graph, IndexedWord verb) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            if (edge.getRelation().toString().equals("compound:prt") && edge.getDependent().word().equalsIgnoreCase("off")) {
                return true;
            }
        }
        return false;
    }

    /** "Whitson, who flew on three missions": a relative clause tells who the person is, not where they go now. */
    private static boolean inRelativeClause(SemanticGraph graph, IndexedWord verb) {
        for (SemanticGraphEdge edge : graph.incomingEdgeIterable(verb)) {
            if (edge.getRelation().toString().startsWith("acl")) {
                return true;
            }
        }
        return false;
    }

    /** "She flew to space in 2008": a year other than the article's under the verb dates another flight. */
    private static boolean datedElsewhen(SemanticGraph graph, IndexedWord verb, List<CoreLabel> tokens, LocalDate articleDate) {
        if (articleDate == null) {
            return false;
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            if (!edge.getRelation().toString().startsWith("obl")) {
                continue;
            }
            for (IndexedWord word : graph.descendants(edge.getDependent())) {
                String w = tokens.get(word.index() - 1).word();
                if (w.matches("(19|20)\\d\\d") && Integer.parseInt(w) != articleDate.getYear()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void addPerson(AnnotatedArticle article, int s, IndexedWord word, Set<Integer> into) {
        EntityMention m = article.mentionAt(s, word.index() - 1);
        ArticleEntity e = m == null ? null : article.single(m);
        if (e != null && e.isA(KG.Person.getURI())) {
            into.add(e.id());
        }
    }

    /** The one mission named within reach of the sentence, else the article's only mission, else null. */
    private static Integer missionNear(int s, List<Set<Integer>> missionsBySentence, Set<Integer> articleMissions) {
        Set<Integer> near = new HashSet<>();
        for (int t = Math.max(0, s - REACH); t <= Math.min(missionsBySentence.size() - 1, s + REACH); t++) {
            near.addAll(missionsBySentence.get(t));
        }
        if (near.size() == 1) {
            return near.iterator().next();
        }
        return near.isEmpty() && articleMissions.size() == 1 ? articleMissions.iterator().next() : null;
    }

    private static Set<Integer> missionsIn(AnnotatedArticle article, int s) {
        Set<Integer> missions = new LinkedHashSet<>();
        for (EntityMention m : article.mentionsIn(s)) {
            ArticleEntity e = article.single(m);
            if (isMission(e)) {
                missions.add(e.id());
            }
        }
        return missions;
    }

    private static boolean isMission(ArticleEntity e) {
        return e != null && e.isA(KG.Mission.getURI());
    }
}
