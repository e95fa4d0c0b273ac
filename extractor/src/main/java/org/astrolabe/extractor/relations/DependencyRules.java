package org.astrolabe.extractor.relations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.EntityMention;
import org.astrolabe.extractor.rules.RawFact;
import org.astrolabe.ontology.KG;

/**
 * Relation patterns over the enhanced++ dependencies of a sentence (CoreNLP Semgrex), read from a rule file.
 * One pattern covers the active, passive and relative-clause forms of a construction, because enhanced++
 * dependencies give the same subject and object to "X built Y", "Y was built by X" and "Y, which X built";
 * conjuncts share their governor's relations, so "A, B and C joined P" gives three subjects.
 *
 * <p>Rule file format, one block per rule (blank lines and {@code #} comments between blocks):
 * <pre>
 * rule develop-verb
 * confidence 0.75
 * semgrex {lemma:/develop|build/} &gt;/nsubj|obl:agent/ {}=by &gt;/obj|nsubj:pass/ {}=craft
 * emit developedBy(craft, by)
 * </pre>
 * The named nodes of {@code emit} must be tokens of entity mentions; the property's domain and range are
 * checked after all stages ran. A word list that several rules share is defined once, before its first use, and
 * named in patterns by its {@code $NAME}:
 * <pre>
 * define $MAKE develop|build|design
 * semgrex {lemma:/$MAKE/}=v &gt;/obj/ {}=craft
 * </pre>
 */
public final class DependencyRules implements RelationStage {
    public static final String RESOURCE = "org/astrolabe/extractor/rules/dependency.rules";
    private static final Pattern EMIT = Pattern.compile("(\\w+)\\((\\w+),\\s*(\\w+)\\)");
    private static final Pattern DEFINE = Pattern.compile("define\\s+\\$([A-Z][A-Z_]*)\\s+(\\S.*)");
    private static final Pattern MACRO = Pattern.compile("\\$([A-Z][A-Z_]*)");

    /** One rule: a Semgrex pattern and the statements it makes about its named nodes. */
    public record Rule(String name, double confidence, SemgrexPattern pattern, List<Emit> emits) {}

    /** {@code property(subjectNode, objectNode)}. */
    public record Emit(String property, String subject, String object) {}

    private final List<Rule> rules;

    public DependencyRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of the bundled rule file. */
    public static DependencyRules bundled() {
        try (InputStream in = DependencyRules.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return new DependencyRules(parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Rule> rules() {
        return rules;
    }

    @Override
    public String name() {
        return "dependency-rules";
    }

    @Override
    public List<RawFact> extract(AnnotatedArticle article) {
        List<RawFact> facts = new ArrayList<>();
        for (int s = 0; s < article.sentences().size(); s++) {
            SemanticGraph parsed = article.sentences().get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (parsed == null || article.mentionsIn(s).size() < 2) {
                continue;
            }
            SemanticGraph graph = ParticipleSubjects.added(parsed);
            for (Rule rule : rules) {
                SemgrexMatcher m = rule.pattern().matcher(graph);
                while (m.find()) {
                    for (Emit emit : rule.emits()) {
                        List<Integer> subjects = entitiesAt(article, s, graph, m.getNode(emit.subject()));
                        List<Integer> objects = entitiesAt(article, s, graph, m.getNode(emit.object()));
                        for (int subject : subjects) {
                            for (int object : objects) {
                                facts.add(RawFact.relation(subject, emit.property(), object, s, "rule:" + rule.name(), rule.confidence()));
                            }
                        }
                    }
                }
            }
        }
        return facts;
    }

    /**
     * The entities a node stands for: those of the mention it lies in, else those of the name it governs as a
     * compound or name-like modifier ("the Chandrayaan-3 spacecraft": the noun's compound is the name; of several, the one next to
     * the noun: "the SpaceX Crew-6 mission" is Crew-6), else those of the names in apposition to it, with their
     * conjuncts ("two cosmonauts, A and B": both), else the name it stands in apposition to.
     */
    private static List<Integer> entitiesAt(AnnotatedArticle article, int sentence, SemanticGraph graph, IndexedWord node) {
        if (node == null) {
            return List.of();
        }
        EntityMention mention = article.mentionAt(sentence, node.index() - 1);
        if (mention != null && namesTheCountryOfAPlaceBefore(article, sentence, mention)) {
            return List.of(); // "MBRSC, in Dubai, United Arab Emirates, built ...": the parser may make the country a subject
        }
        if (mention != null) {
            return withListParsedAsAppositions(article, sentence, graph, node, mention.entityIds());
        }
        List<Integer> apposed = new ArrayList<>();
        EntityMention compound = null;
        IndexedWord compoundWord = null;
        int compoundIndex = -1;
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
            String relation = edge.getRelation().toString();
            boolean nameAsAdjective = relation.equals("amod"); // "Japan's SLIM probe": the parser may take a name for an adjective
            if (relation.equals("compound") || relation.equals("flat") || nameAsAdjective) {
                EntityMention named = article.mentionAt(sentence, edge.getDependent().index() - 1);
                if (named != null && nameAsAdjective && named.kind() != EntityMention.Kind.NAME) {
                    continue; // "the Japanese probe": a nationality, not the probe's name
                }
                if (named != null && edge.getDependent().index() > compoundIndex) {
                    compound = named;
                    compoundWord = edge.getDependent();
                    compoundIndex = edge.getDependent().index();
                }
            } else if (relation.equals("appos") || relation.equals("dep")) {
                // "the company Orbital Sky": the parser leaves some such names as a bare dependent
                addNamedWithConjuncts(article, sentence, graph, edge.getDependent(), apposed);
            }
        }
        if (compound != null && compound.kind() == EntityMention.Kind.DEMONYM && !apposed.isEmpty()) {
            return apposed; // "the Argentine company INVAP": the nationality describes the company named beside it
        }
        boolean describedByNationality = compound != null && compound.kind() == EntityMention.Kind.DEMONYM;
        if ((compound == null || describedByNationality) && apposed.isEmpty()) {
            // "BepiColombo, a joint mission of ESA and JAXA to Mercury": the noun in apposition is the name before it
            for (SemanticGraphEdge edge : graph.incomingEdgeIterable(node)) {
                if (edge.getRelation().toString().equals("appos")) {
                    addNamed(article, sentence, edge.getGovernor(), apposed);
                }
            }
        }
        if (describedByNationality && !apposed.isEmpty()) {
            return apposed; // "INVAP, the Argentine company that built X": the company named before the noun
        }
        return compound != null ? withCoordinatedCompounds(article, sentence, graph, node, compoundWord, compound.entityIds()) : apposed;
    }

    /**
     * "a veteran of the Shenzhou-11 and Shenzhou-14 missions": names coordinated before one noun each name it, so the
     * noun stands for all of them, not only for the one next to it.
     */
    private static List<Integer> withCoordinatedCompounds(AnnotatedArticle article, int sentence, SemanticGraph graph, IndexedWord node,
                                                          IndexedWord nearest, List<Integer> named) {
        List<Integer> all = new ArrayList<>(named);
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
            IndexedWord other = edge.getDependent();
            if (!other.equals(nearest) && edge.getRelation().toString().equals("compound") && coordinated(graph, other, nearest)) {
                addNamed(article, sentence, other, all);
            }
        }
        return all;
    }

    private static boolean coordinated(SemanticGraph graph, IndexedWord first, IndexedWord second) {
        for (SemanticGraphEdge edge : graph.getAllEdges(first, second)) {
            if (edge.getRelation().toString().startsWith("conj")) {
                return true;
            }
        }
        for (SemanticGraphEdge edge : graph.getAllEdges(second, first)) {
            if (edge.getRelation().toString().startsWith("conj")) {
                return true;
            }
        }
        return false;
    }

    /** A country written after a city or region and a comma ("Dubai, United Arab Emirates") says where that place is. */
    private static boolean namesTheCountryOfAPlaceBefore(AnnotatedArticle article, int sentence, EntityMention mention) {
        ArticleEntity country = article.single(mention);
        int comma = mention.tokenBegin() - 1;
        if (country == null || !country.isA(KG.Country.getURI()) || comma < 1 || !article.tokens(sentence).get(comma).word().equals(",")) {
            return false;
        }
        EntityMention before = article.mentionAt(sentence, comma - 1);
        ArticleEntity place = before == null ? null : article.single(before);
        return place != null && place.isA(KG.Place.getURI()) && !place.isA(KG.Country.getURI());
    }

    /**
     * "by DOST, the University of the Philippines and two Japanese universities, Tohoku and Hokkaido": the parser
     * may read a list after a name as appositions to it. One apposition restates the name ("SUPARCO, Pakistan's
     * space agency"); two or more are the rest of a list, and the names in them (with their conjuncts) count too.
     */
    private static List<Integer> withListParsedAsAppositions(AnnotatedArticle article, int sentence, SemanticGraph graph, IndexedWord node,
                                                             List<Integer> named) {
        List<IndexedWord> appositions = new ArrayList<>();
        for (SemanticGraphEdge edge : graph.outgoingEdgeIterable(node)) {
            if (edge.getRelation().toString().equals("appos")) {
                appositions.add(edge.getDependent());
            }
        }
        if (appositions.size() < 2) {
            return named;
        }
        List<Integer> listed = new ArrayList<>(named);
        for (IndexedWord apposition : appositions) {
            addNamedWithConjuncts(article, sentence, graph, apposition, listed);
        }
        return listed;
    }

    private static void addNamedWithConjuncts(AnnotatedArticle article, int sentence, SemanticGraph graph, IndexedWord word, List<Integer> into) {
        addNamed(article, sentence, word, into);
        for (SemanticGraphEdge conjunct : graph.outgoingEdgeIterable(word)) {
            if (conjunct.getRelation().toString().startsWith("conj")) {
                addNamed(article, sentence, conjunct.getDependent(), into);
            }
        }
    }

    private static void addNamed(AnnotatedArticle article, int sentence, IndexedWord word, List<Integer> into) {
        EntityMention named = article.mentionAt(sentence, word.index() - 1);
        if (named != null) {
            for (int id : named.entityIds()) {
                if (!into.contains(id)) {
                    into.add(id);
                }
            }
        }
    }

    static List<Rule> parse(String text, String source) {
        List<Rule> out = new ArrayList<>();
        String name = null;
        double confidence = 0.7;
        String pattern = null;
        List<Emit> emits = new ArrayList<>();
        Map<String, String> macros = new HashMap<>();
        String[] lines = text.split("\n");
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i].strip() : "rule";
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("rule")) {
                if (name != null) {
                    if (pattern == null || emits.isEmpty()) {
                        throw new IllegalArgumentException(source + ": rule " + name + " needs a semgrex line and an emit line");
                    }
                    try {
                        out.add(new Rule(name, confidence, SemgrexPattern.compile(expand(pattern, macros, source, name)), List.copyOf(emits)));
                    } catch (RuntimeException e) {
                        throw new IllegalArgumentException(source + ": rule " + name + ": bad Semgrex pattern: " + e.getMessage(), e);
                    }
                }
                name = line.substring(4).strip();
                confidence = 0.7;
                pattern = null;
                emits = new ArrayList<>();
            } else if (line.startsWith("define ")) {
                Matcher m = DEFINE.matcher(line);
                if (!m.matches() || macros.putIfAbsent(m.group(1), m.group(2).strip()) != null) {
                    throw new IllegalArgumentException(source + ": line " + (i + 1) + ": expected define $NAME words, each name once");
                }
            } else if (line.startsWith("confidence ")) {
                confidence = Double.parseDouble(line.substring("confidence ".length()).strip());
            } else if (line.startsWith("semgrex ")) {
                pattern = pattern == null ? line.substring("semgrex ".length()) : pattern + " " + line.substring("semgrex ".length());
            } else if (line.startsWith("emit ")) {
                Matcher m = EMIT.matcher(line.substring("emit ".length()).strip());
                if (!m.matches()) {
                    throw new IllegalArgumentException(source + ": line " + (i + 1) + ": expected emit property(subject, object)");
                }
                emits.add(new Emit(m.group(1), m.group(2), m.group(3)));
            } else {
                throw new IllegalArgumentException(source + ": line " + (i + 1) + ": unexpected \"" + line + "\"");
            }
        }
        return out;
    }

    private static String expand(String pattern, Map<String, String> macros, String source, String rule) {
        Matcher m = MACRO.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = macros.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException(source + ": rule " + rule + ": $" + m.group(1) + " is not defined before it");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}
