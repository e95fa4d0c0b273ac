package org.astrolabe.extractor.relations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.rules.RawFact;
import org.astrolabe.ontology.KG;

/**
 * Crew announcements name one traveller's flight and then who goes with them: "X was assigned to the Ax-4 mission.
 * He will be joined by A and B", "... A and B will join her". When the sentence before put people on exactly one
 * mission and this one names none, those who join "him", "her" or "them" take part in that mission, unless they
 * join them somewhere else ("at the ceremony", "in Houston").
 */
public final class JoinedOnTheFlight {
    private static final String EXTRACTOR = "rule:joined-on-the-flight";
    private static final double CONFIDENCE = 0.55;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "him", "her", "them");
    /** Where joining the traveller is joining the flight: by whom, on it, aboard it. */
    private static final Set<String> FLIGHT_OBLIQUES = Set.of("obl:agent", "obl:on", "obl:aboard", "obl:tmod");

    private JoinedOnTheFlight() {
    }

    /** Those joined to the travellers of the sentence before, on the one mission that sentence put people on. */
    public static List<RawFact> derive(List<RawFact> facts, AnnotatedArticle article) {
        List<RawFact> derived = new ArrayList<>();
        for (int s = 1; s < article.sentences().size(); s++) {
            SemanticGraph graph = article.sentences().get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            Integer mission = graph == null || !article.missionsIn(s).isEmpty() ? null : theMissionOfPeopleIn(facts, article, s - 1);
            if (mission == null) {
                continue;
            }
            for (int person : joiners(article, s, graph)) {
                derived.add(RawFact.relation(person, "participatesIn", mission, s, EXTRACTOR, CONFIDENCE));
            }
        }
        return derived;
    }

    /** "He will be joined by A and B" (the agents), "A and B will join him" (the subjects). */
    private static Set<Integer> joiners(AnnotatedArticle article, int s, SemanticGraph graph) {
        Set<Integer> people = new LinkedHashSet<>();
        for (IndexedWord verb : graph.vertexSet()) {
            if (!verb.tag().startsWith("VB") || !"join".equalsIgnoreCase(verb.lemma())) {
                continue;
            }
            String joinedRelation = null;
            String joinerRelation = null;
            boolean elsewhere = false;
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
                String relation = edge.getRelation().toString();
                // "She was joined at the ceremony by X": joined somewhere on the ground, not on the flight
                elsewhere |= relation.startsWith("obl:") && !FLIGHT_OBLIQUES.contains(relation);
                boolean pronoun = PRONOUNS.contains(edge.getDependent().word().toLowerCase(Locale.ROOT));
                if (pronoun && relation.equals("nsubj:pass")) {
                    joinedRelation = relation;
                    joinerRelation = "obl:agent";
                } else if (pronoun && relation.equals("obj")) {
                    joinedRelation = relation;
                    joinerRelation = "nsubj";
                }
            }
            if (joinedRelation == null || elsewhere) {
                continue;
            }
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
                if (edge.getRelation().toString().equals(joinerRelation)) {
                    addPerson(article, s, edge.getDependent(), people);
                }
            }
        }
        return people;
    }

    private static void addPerson(AnnotatedArticle article, int s, IndexedWord word, Set<Integer> into) {
        ArticleEntity person = article.personAt(s, word.index() - 1);
        if (person != null) {
            into.add(person.id());
        }
    }

    /** The one mission that facts of sentence {@code s} put people on, or null. */
    private static Integer theMissionOfPeopleIn(List<RawFact> facts, AnnotatedArticle article, int s) {
        Set<Integer> missions = new LinkedHashSet<>();
        for (RawFact f : facts) {
            if (f.sentence() == s && f.property().equals("participatesIn") && !f.isLiteral()) {
                ArticleEntity subject = article.resolved().entity(f.subject());
                ArticleEntity object = article.resolved().entity(f.object());
                if (subject != null && subject.isA(KG.Person.getURI()) && object != null && object.isA(KG.Mission.getURI())) {
                    missions.add(object.id());
                }
            }
        }
        return missions.size() == 1 ? missions.iterator().next() : null;
    }
}
