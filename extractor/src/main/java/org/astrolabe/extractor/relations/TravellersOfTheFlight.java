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
import org.astrolabe.extractor.rules.RawFact;
import org.astrolabe.ontology.KG;

/**
 * News names a flight in one sentence and its travellers in another: "Two Saudi astronauts blasted off on Sunday on
 * a private mission to the space station. The Axiom Mission 2 flight lifted off from Florida." People who are the
 * subject of a verb of going to space (blast off, lift off, fly, travel, head, rocket) in a sentence that names no
 * mission take part in the one mission named within {@link #REACH} sentences of it, or else in the only mission the
 * article names, and so do those they go with ("She flew with X"). A flight of another year ("who flew in 2008") is
 * a past flight and is left alone, as are people whom another fact already puts on a mission. So do the holders of
 * a seat on the flight ("Villadei is the pilot", "The commander is X", "X and Y fly as mission specialists", "the
 * crew's pilot, X"): a crew role with "the", a possessive or "as", never an occupation ("a fighter pilot") or a
 * command on the ground ("the commander of the air force"); their sentence may name the flight itself. So do the
 * astronauts the flight is said to have ("A and B, the mission's backup astronauts").
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
    private static final Set<String> COMPANIONS = Set.of("obl:with", "obl:alongside", "obl:together_with");
    /** Seats of a crew; "specialist" and "engineer" only as "mission/payload specialist", "flight engineer". */
    private static final Set<String> CREW_ROLES = Set.of("commander", "pilot", "specialist", "specialists", "engineer");
    private static final Set<String> ROLE_QUALIFIERS = Set.of("mission", "payload", "flight");
    /** People a flight has, said with the flight as possessor: "the mission's backup astronauts". */
    private static final Set<String> CREW_NOUNS = Set.of("astronaut", "astronauts", "cosmonauts", "crew", "crewmembers", "members");
    private static final Set<String> FLIGHT_POSSESSORS = Set.of("mission", "flight", "crew", "expedition");
    /** Words before a role that make it a seat of the flight the article is about. */
    private static final Set<String> DEFINITE = Set.of("the", "its", "their");

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
            missionsBySentence.add(article.missionsIn(s));
            missions.addAll(missionsBySentence.get(s));
        }
        List<RawFact> derived = new ArrayList<>();
        for (int s = 0; s < article.sentences().size(); s++) {
            SemanticGraph graph = article.sentences().get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (missionsBySentence.get(s).size() > 1 || graph == null || !namesAPerson(article, s)) {
                continue;
            }
            Set<Integer> travellers = missionsBySentence.get(s).isEmpty() ? travellers(article, s, graph, onAMission) : new LinkedHashSet<>();
            travellers.addAll(crewRoleHolders(article, s, graph));
            travellers.removeAll(onAMission);
            if (travellers.isEmpty()) {
                continue;
            }
            Integer mission = missionsBySentence.get(s).isEmpty() ? missionNear(s, missionsBySentence, missions)
                    : missionsBySentence.get(s).iterator().next();
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
    private static Set<Integer> travellers(AnnotatedArticle article, int s, SemanticGraph graph, Set<Integer> onAMission) {
        Set<Integer> people = new LinkedHashSet<>();
        List<CoreLabel> tokens = article.tokens(s);
        for (IndexedWord verb : graph.vertexSet()) {
            String lemma = verb.lemma() == null ? "" : verb.lemma().toLowerCase(Locale.ROOT);
            if (!verb.tag().startsWith("VB") || !GOING_TO_SPACE.contains(lemma)
                    || NEEDS_OFF.contains(lemma) && !hasParticleOff(graph, verb)
                    || inRelativeClause(graph, verb) || datedElsewhen(graph, verb, tokens, article.date())) {
                continue;
            }
            Set<Integer> subjects = new LinkedHashSet<>();
            addSubjects(article, s, graph, verb, subjects);
            people.addAll(subjects);
            if (!subjects.isEmpty() && subjects.stream().noneMatch(onAMission::contains)) {
                // a traveller already put on a flight takes the companions there, not to the flight named nearby
                addCompanions(article, s, graph, verb, people);
            }
        }
        return people;
    }

    /**
     * Those who go with the travellers: "She flew with Ali AlQarni", "blasted off alongside A and B", "with two
     * crewmates, A and B".
     */
    private static void addCompanions(AnnotatedArticle article, int s, SemanticGraph graph, IndexedWord verb, Set<Integer> into) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            if (!COMPANIONS.contains(edge.getRelation().toString())) {
                continue;
            }
            IndexedWord companion = edge.getDependent();
            addPersonAndConjuncts(article, s, graph, companion, into);
            for (SemanticGraphEdge named : graph.outgoingEdgeIterable(companion)) {
                if (named.getRelation().toString().matches("appos|dep")) {
                    addPersonAndConjuncts(article, s, graph, named.getDependent(), into);
                }
            }
        }
    }

    /**
     * People given a seat of the crew: "X is the pilot", "The commander is X", "the crew's pilot, X", "Mission
     * commander X", "X flies as a mission specialist".
     */
    private static Set<Integer> crewRoleHolders(AnnotatedArticle article, int s, SemanticGraph graph) {
        Set<Integer> people = new LinkedHashSet<>();
        for (IndexedWord role : graph.vertexSet()) {
            if (!isCrewRole(graph, role) && !isCrewOfTheFlight(graph, role)) {
                continue;
            }
            for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(role)) {
                String relation = edge.getRelation().toString();
                // "X is the pilot" (the role the predicate, X its subject), "the pilot, X" (X in apposition)
                if (relation.equals("nsubj") && hasCopula(graph, role) || relation.equals("appos")) {
                    addPersonAndConjuncts(article, s, graph, edge.getDependent(), people);
                }
            }
            for (SemanticGraphEdge edge : graph.incomingEdgeIterable(role)) {
                String relation = edge.getRelation().toString();
                IndexedWord governor = edge.getGovernor();
                if (relation.equals("nsubj") && hasCopula(graph, governor) || relation.equals("appos") || relation.equals("compound")) {
                    // "The commander is X", "X, the mission's pilot", "Mission commander X"
                    addPersonAndConjuncts(article, s, graph, governor, people);
                } else if (relation.equals("obl:as") || relation.equals("xcomp")) {
                    addSubjects(article, s, graph, governor, people); // "X and Y fly as mission specialists"
                }
            }
        }
        return people;
    }

    /** A seat of the crew, introduced as one: "the pilot", "the crew's pilot", "mission commander", "as commander". */
    private static boolean isCrewRole(SemanticGraph graph, IndexedWord role) {
        String word = role.word().toLowerCase(Locale.ROOT);
        if (!CREW_ROLES.contains(word) || !role.tag().startsWith("NN")) {
            return false;
        }
        boolean qualified = false;
        boolean definite = false;
        boolean introducedByAs = false;
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(role)) {
            String relation = edge.getRelation().toString();
            String dependent = edge.getDependent().word().toLowerCase(Locale.ROOT);
            if ((relation.equals("compound") || relation.equals("amod")) && ROLE_QUALIFIERS.contains(dependent)) {
                qualified = true;
            } else if (relation.equals("det") && DEFINITE.contains(dependent) || relation.equals("nmod:poss")) {
                definite = true;
            } else if (relation.startsWith("nmod") || relation.equals("amod") || relation.equals("compound")) {
                // "the commander of the air force", "a fighter pilot", "the test pilot": another kind of command or seat
                return false;
            }
        }
        for (SemanticGraphEdge edge : graph.incomingEdgeIterable(role)) {
            String relation = edge.getRelation().toString();
            introducedByAs |= relation.equals("obl:as");
            if (relation.equals("compound")) {
                // "Mission commander Peggy Whitson": both words are compounds of the name
                for (SemanticGraphEdge sibling : graph.outgoingEdgeIterable(edge.getGovernor())) {
                    IndexedWord other = sibling.getDependent();
                    qualified |= sibling.getRelation().toString().equals("compound") && other.index() == role.index() - 1
                            && ROLE_QUALIFIERS.contains(other.word().toLowerCase(Locale.ROOT));
                }
            }
        }
        boolean needsQualifier = word.startsWith("specialist") || word.equals("engineer");
        return needsQualifier ? qualified : qualified || definite || introducedByAs;
    }

    /** "the mission's backup astronauts", "the flight's crew": people the flight itself is said to have. */
    private static boolean isCrewOfTheFlight(SemanticGraph graph, IndexedWord role) {
        if (!CREW_NOUNS.contains(role.word().toLowerCase(Locale.ROOT)) || !role.tag().startsWith("NN")) {
            return false;
        }
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(role)) {
            String possessor = edge.getDependent().word().toLowerCase(Locale.ROOT);
            if (edge.getRelation().toString().equals("nmod:poss") && FLIGHT_POSSESSORS.contains(possessor)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCopula(SemanticGraph graph, IndexedWord predicate) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(predicate)) {
            if (edge.getRelation().toString().equals("cop")) {
                return true;
            }
        }
        return false;
    }

    /** The people among the subjects of a verb, with their conjuncts ("A and B blasted off"). */
    private static void addSubjects(AnnotatedArticle article, int s, SemanticGraph graph, IndexedWord verb, Set<Integer> into) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            if (SUBJECTS.contains(edge.getRelation().toString())) {
                addPersonAndConjuncts(article, s, graph, edge.getDependent(), into);
            }
        }
    }

    private static void addPersonAndConjuncts(AnnotatedArticle article, int s, SemanticGraph graph, IndexedWord word, Set<Integer> into) {
        addPerson(article, s, word, into);
        for (SemanticGraphEdge conjunct : graph.outgoingEdgeIterable(word)) {
            if (conjunct.getRelation().toString().startsWith("conj")) {
                addPerson(article, s, conjunct.getDependent(), into);
            }
        }
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
        ArticleEntity person = article.personAt(s, word.index() - 1);
        if (person != null) {
            into.add(person.id());
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

    private static boolean isMission(ArticleEntity e) {
        return e != null && e.isA(KG.Mission.getURI());
    }
}
