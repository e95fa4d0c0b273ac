package org.astrolabe.extractor.learn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import org.astrolabe.extractor.ner.KgAnnotations;

/**
 * The features of a candidate pair, typed and free of entity names: the classes, the order and distance,
 * the lemmas between the mentions (a bag, the verbs and nouns among them, and the whole short sequence),
 * the shortest path in the enhanced++ dependency graph between the mentions' heads (with and without its
 * lemmas), the words just around the pair, the construction joining them (apposition, possessive,
 * compound, preposition, conjunction) and how each is mentioned (name, description, pronoun, adjective);
 * the most telling of them also conjoined with the class pair.
 * Other entities between the two read as their class ({@code <Country>}), so a feature never names one; a
 * date side reads as the class {@code DATE}.
 */
public final class RelationFeatures {
    static final int LONGEST_PATH = 5;
    static final int WIDEST_GAP = 20;

    private RelationFeatures() {}

    public static List<String> of(CoreMap sentence, CandidatePair pair, String subjectClass, String objectClass) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        Set<String> f = new LinkedHashSet<>();
        f.add("bias");
        String order = pair.subjectFirst() ? "SO" : "OS";
        f.add("scls=" + subjectClass);
        f.add("ocls=" + objectClass);
        f.add("cls=" + subjectClass + ">" + objectClass);
        f.add("order=" + order);
        f.add("dist=" + order + ":" + bucket(pair.gap()));
        f.add("skind=" + pair.subjectSpan().kind());
        f.add("okind=" + pair.objectSpan().kind());

        Span first = pair.subjectFirst() ? pair.subjectSpan() : pair.objectSpan();
        Span second = pair.subjectFirst() ? pair.objectSpan() : pair.subjectSpan();
        if (second.begin() < first.end()) {
            f.add("cons=nested");
        }
        between(tokens, first.end(), second.begin(), order, f);
        entitiesBetween(tokens, first.end(), second.begin(), subjectClass, objectClass, f);
        f.add("before=" + (first.begin() > 0 ? lemma(tokens, first.begin() - 1) : "<s>"));
        f.add("after=" + (second.end() < tokens.size() ? lemma(tokens, second.end()) : "</s>"));
        f.add("sprev=" + (pair.subjectSpan().begin() > 0 ? lemma(tokens, pair.subjectSpan().begin() - 1) : "<s>"));
        if (graph != null) {
            path(graph, head(graph, pair.subjectSpan()), head(graph, pair.objectSpan()), f);
        }
        // The same words mean different relations between different classes ("of": a leader's agency, a
        // satellite's country): the most telling features also come conjoined with the class pair.
        String classes = subjectClass + ">" + objectClass + "|";
        for (String feature : List.copyOf(f)) {
            if (feature.startsWith("upath=") || feature.startsWith("trigger=") || feature.startsWith("bwseq=")
                    || feature.startsWith("cons=")) {
                f.add(classes + feature);
            }
        }
        return new ArrayList<>(f);
    }

    private static void between(List<CoreLabel> tokens, int from, int to, String order, Set<String> f) {
        if (to <= from) {
            f.add("bw=<none>");
            return;
        }
        if (to - from > WIDEST_GAP) {
            f.add("bw=<far>");
            return;
        }
        List<String> sequence = new ArrayList<>();
        String previousClass = "-";
        for (int t = from; t < to; t++) {
            CoreLabel token = tokens.get(t);
            String kgClass = token.get(KgAnnotations.KgClassAnnotation.class);
            if ((kgClass == null || kgClass.equals("-")) && "DATE".equals(token.ner())) {
                kgClass = "DATE"; // "in 2028", "on Friday": the date's shape, not its value
            }
            if (kgClass != null && !kgClass.equals("-")) {
                if (!kgClass.equals(previousClass)) {
                    sequence.add("<" + kgClass + ">");
                    f.add("bw=<" + kgClass + ">");
                }
                previousClass = kgClass;
                continue;
            }
            previousClass = "-";
            String lemma = lemma(tokens, t);
            sequence.add(lemma);
            if (!isWord(lemma)) {
                continue;
            }
            f.add("bw=" + lemma);
            String tag = token.tag() == null ? "" : token.tag();
            if (tag.startsWith("VB")) {
                f.add("trigger=" + order + ":" + lemma);
            } else if (tag.equals("NN") || tag.equals("NNS")) {
                f.add("trigger=" + order + ":" + lemma);
            }
        }
        if (sequence.size() <= 4) {
            f.add("bwseq=" + order + ":" + String.join("_", sequence));
        }
        if (sequence.size() == 1 && (sequence.get(0).equals("'s") || sequence.get(0).equals("’s"))) {
            f.add("cons=poss");
        }
    }

    /**
     * How many other entities lie between the two, and whether one of them has the subject's or the object's
     * class: then that one is usually the related entity, not this.
     */
    private static void entitiesBetween(List<CoreLabel> tokens, int from, int to, String subjectClass, String objectClass,
                                        Set<String> f) {
        int count = 0;
        Object previous = null;
        for (int t = from; t < to; t++) {
            Object ids = tokens.get(t).get(KgAnnotations.EntityIdsAnnotation.class);
            if (ids != null && !ids.equals(previous)) {
                count++;
                String kgClass = tokens.get(t).get(KgAnnotations.KgClassAnnotation.class);
                if (objectClass.equals(kgClass)) {
                    f.add("between=object-class");
                }
                if (subjectClass.equals(kgClass)) {
                    f.add("between=subject-class");
                }
            }
            previous = ids;
        }
        f.add("between=" + Math.min(count, 2));
    }

    /** The token of the mention whose governors are all outside it: the last such, as English heads come last. */
    static int head(SemanticGraph graph, Span mention) {
        for (int t = mention.end() - 1; t >= mention.begin(); t--) {
            IndexedWord word = graph.getNodeByIndexSafe(t + 1);
            if (word == null) {
                continue;
            }
            boolean governedInside = false;
            for (IndexedWord parent : graph.getParents(word)) {
                if (parent.index() - 1 >= mention.begin() && parent.index() - 1 < mention.end()) {
                    governedInside = true;
                    break;
                }
            }
            if (!governedInside) {
                return t;
            }
        }
        return mention.end() - 1;
    }

    private static void path(SemanticGraph graph, int subjectHead, int objectHead, Set<String> f) {
        IndexedWord from = graph.getNodeByIndexSafe(subjectHead + 1);
        IndexedWord to = graph.getNodeByIndexSafe(objectHead + 1);
        if (from == null || to == null) {
            f.add("path=<none>");
            return;
        }
        if (from.equals(to)) {
            f.add("path=<same>");
            return;
        }
        List<SemanticGraphEdge> edges = graph.getShortestUndirectedPathEdges(from, to);
        if (edges == null || edges.isEmpty()) {
            f.add("path=<none>");
            return;
        }
        if (edges.size() > LONGEST_PATH) {
            f.add("path=<long>");
            return;
        }
        StringBuilder lexical = new StringBuilder();
        StringBuilder unlexical = new StringBuilder();
        StringBuilder coarse = new StringBuilder();
        IndexedWord at = from;
        for (int k = 0; k < edges.size(); k++) {
            SemanticGraphEdge edge = edges.get(k);
            String relation = edge.getRelation().toString().toLowerCase(Locale.ROOT);
            boolean up = edge.getDependent().equals(at);
            String step = up ? "<" + relation : relation + ">";
            String coarseStep = up ? "<" + relation.split(":", 2)[0] : relation.split(":", 2)[0] + ">";
            lexical.append(step);
            unlexical.append(step);
            coarse.append(coarseStep);
            at = up ? edge.getGovernor() : edge.getDependent();
            if (k + 1 < edges.size()) {
                String lemma = clean(at.lemma() != null ? at.lemma() : at.word());
                lexical.append('[').append(lemma).append(']');
                if (isWord(lemma)) {
                    f.add("pathword=" + lemma);
                }
            }
        }
        f.add("path=" + lexical);
        f.add("upath=" + unlexical);
        f.add("cpath=" + coarse);
        f.add("plen=" + edges.size());
        if (edges.size() == 1) {
            String relation = edges.get(0).getRelation().toString().toLowerCase(Locale.ROOT);
            if (relation.equals("appos")) {
                f.add("cons=appos");
            } else if (relation.equals("nmod:poss")) {
                f.add("cons=poss");
            } else if (relation.startsWith("compound")) {
                f.add("cons=compound");
            } else if (relation.startsWith("nmod") || relation.startsWith("obl")) {
                f.add("cons=prep:" + (relation.contains(":") ? relation.substring(relation.indexOf(':') + 1) : "-"));
            } else if (relation.startsWith("conj")) {
                f.add("cons=conj");
            }
        }
    }

    private static String lemma(List<CoreLabel> tokens, int t) {
        CoreLabel token = tokens.get(t);
        return clean(token.lemma() != null ? token.lemma() : token.word());
    }

    /** Lower case, no white space (features are written one a line, tab-separated). */
    private static String clean(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
    }

    private static boolean isWord(String s) {
        return s.codePoints().anyMatch(Character::isLetterOrDigit);
    }

    static String bucket(int gap) {
        if (gap <= 2) {
            return Integer.toString(gap);
        }
        if (gap <= 4) {
            return "3-4";
        }
        if (gap <= 7) {
            return "5-7";
        }
        if (gap <= 12) {
            return "8-12";
        }
        return "13+";
    }
}
