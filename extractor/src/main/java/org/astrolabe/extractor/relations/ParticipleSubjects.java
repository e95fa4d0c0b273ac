package org.astrolabe.extractor.relations;

import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;

/**
 * The understood subject of a participle clause: in "Ana Torres became the first Chilean astronaut, flying to
 * the station on Axiom Mission 4", Ana Torres is the one flying, but the parse gives "flying" no subject
 * (enhanced++ dependencies add one to open complements, {@code xcomp}, not to adverbial clauses). English
 * reads a participle clause without a subject of its own as about its main clause's subject (or, hung from a
 * predicate noun, about what the noun is said of); this adds that subject as {@code nsubj:xsubj}, so every
 * dependency rule reads the clause as it reads a finite one. (Fronted past participles, "Built by INVAP, the
 * satellite ...", are left out: the parser seldom makes them clauses of the main verb.)
 */
final class ParticipleSubjects {
    private static final GrammaticalRelation CONTROLLED_SUBJECT =
            UniversalEnglishGrammaticalRelations.CONTROLLING_NOMINAL_SUBJECT;

    private record Addition(IndexedWord clause, IndexedWord subject) {}

    private ParticipleSubjects() {}

    /** The graph itself when no participle clause lacks its subject, else a copy with the subjects added. */
    static SemanticGraph added(SemanticGraph graph) {
        List<Addition> additions = new ArrayList<>();
        for (SemanticGraphEdge edge : graph.edgeIterable()) {
            IndexedWord clause = edge.getDependent();
            String relation = edge.getRelation().toString();
            if (!"VBG".equals(clause.tag()) || hasSubject(graph, clause)) {
                continue;
            }
            // The parser leaves some such clauses as a bare "dep" ("X left Baikonur on Friday, flying on ...")
            if (relation.startsWith("advcl") || relation.equals("dep") && clause.index() > edge.getGovernor().index()) {
                for (IndexedWord subject : subjectsOf(graph, edge.getGovernor())) {
                    additions.add(new Addition(clause, subject));
                }
            } else if (relation.equals("acl")) {
                // "A became the first Turkish astronaut, flying to ...": the clause hangs from the predicate noun
                for (IndexedWord subject : subjectsOfPredicate(graph, edge.getGovernor())) {
                    additions.add(new Addition(clause, subject));
                }
            }
        }
        if (additions.isEmpty()) {
            return graph;
        }
        SemanticGraph copy = new SemanticGraph(graph);
        for (Addition a : additions) {
            copy.addEdge(copy.getNodeByIndex(a.clause().index()), copy.getNodeByIndex(a.subject().index()), CONTROLLED_SUBJECT,
                    Double.NEGATIVE_INFINITY, true);
        }
        return copy;
    }

    private static List<IndexedWord> subjectsOf(SemanticGraph graph, IndexedWord verb) {
        List<IndexedWord> subjects = new ArrayList<>();
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            String relation = edge.getRelation().toString();
            if (relation.equals("nsubj") || relation.equals("nsubj:pass")) {
                subjects.add(edge.getDependent());
            }
        }
        return subjects;
    }

    /** The subject a predicate noun is said of: "A is the first X" (its own subject) or "A became the first X". */
    private static List<IndexedWord> subjectsOfPredicate(SemanticGraph graph, IndexedWord noun) {
        boolean copular = false;
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(noun)) {
            copular |= edge.getRelation().toString().equals("cop");
        }
        if (copular) {
            return subjectsOf(graph, noun);
        }
        for (SemanticGraphEdge edge : graph.incomingEdgeIterable(noun)) {
            if (edge.getRelation().toString().equals("xcomp")) {
                return subjectsOf(graph, edge.getGovernor());
            }
        }
        return List.of();
    }

    private static boolean hasSubject(SemanticGraph graph, IndexedWord verb) {
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(verb)) {
            if (edge.getRelation().toString().startsWith("nsubj") || edge.getRelation().toString().equals("expl")) {
                return true;
            }
        }
        return false;
    }
}
