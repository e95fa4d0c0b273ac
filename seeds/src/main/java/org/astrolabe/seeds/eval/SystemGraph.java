package org.astrolabe.seeds.eval;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * A system's output as the scorer sees it: every statement of a dump, whatever its graph. Nodes are keyed
 * as N-Quads writes them ({@code <iri>}, {@code _:label}); classes and properties by local name.
 *
 * @param entities  the nodes with at least one scored class, in the order their first type was read
 * @param relations entity-to-entity statements of the vocabulary
 * @param literals  literal statements of the vocabulary, values in their comparable form
 */
public record SystemGraph(Map<String, Entity> entities, Set<Statement> relations, Set<Statement> literals) {

    /**
     * @param classes the scored classes
     * @param names   normalised names
     * @param labels  names as written, for reports
     */
    public record Entity(Set<String> classes, Set<String> names, List<String> labels) {}

    /** {@code subject property object}: the object is a node key or a literal's comparable form. */
    public record Statement(String subject, String property, String object) {}

    private static final Set<String> NAME_PROPERTIES = Set.of(RDFS.label.getURI(), SKOS.altLabel.getURI(), SKOS.prefLabel.getURI());

    /** Reads N-Quads (or N-Triples). */
    public static SystemGraph readNQuads(InputStream in) {
        Collector collector = new Collector();
        RDFParser.source(in).lang(Lang.NQUADS).parse(collector);
        return collector.graph();
    }

    /** The key of a subject or object node: {@code <iri>} or {@code _:label}. */
    static String key(Node node) {
        return node.isURI() ? "<" + node.getURI() + ">" : "_:" + node.getBlankNodeLabel();
    }

    /** Gathers the statements the scorer reads, as they stream by. */
    static final class Collector extends StreamRDFBase {
        private final Map<String, Set<String>> types = new LinkedHashMap<>();
        private final Map<String, Set<String>> names = new LinkedHashMap<>();
        private final Map<String, Set<String>> labels = new LinkedHashMap<>();
        private final Set<Statement> relations = new HashSet<>();
        private final Set<Statement> literals = new HashSet<>();

        @Override
        public void quad(Quad quad) {
            triple(quad.asTriple());
        }

        @Override
        public void triple(Triple t) {
            Node s = t.getSubject();
            Node o = t.getObject();
            String p = t.getPredicate().getURI();
            if (s.isLiteral()) {
                return;
            }
            String subject = key(s);
            if (p.equals(RDF.type.getURI())) {
                String type = o.isURI() ? Vocabulary.local(o.getURI()) : null;
                if (type != null) {
                    types.computeIfAbsent(subject, k -> new LinkedHashSet<>()).add(type);
                }
            } else if (NAME_PROPERTIES.contains(p)) {
                if (o.isLiteral()) {
                    names.computeIfAbsent(subject, k -> new HashSet<>()).add(Names.normalise(o.getLiteralLexicalForm()));
                    labels.computeIfAbsent(subject, k -> new TreeSet<>()).add(o.getLiteralLexicalForm());
                }
            } else if (Vocabulary.local(p) != null) {
                String property = Vocabulary.local(p);
                if (Vocabulary.RELATIONS.contains(property) && !o.isLiteral()) {
                    relations.add(new Statement(subject, property, key(o)));
                } else if (Vocabulary.LITERALS.contains(property) && o.isLiteral()) {
                    literals.add(new Statement(subject, property, Names.literal(property, o.getLiteralLexicalForm())));
                }
            }
        }

        SystemGraph graph() {
            Map<String, Entity> entities = new LinkedHashMap<>();
            types.forEach((node, classes) -> {
                Set<String> scored = new TreeSet<>(classes);
                scored.retainAll(Vocabulary.SCORED_CLASSES);
                if (!scored.isEmpty()) {
                    entities.put(node, new Entity(scored, names.getOrDefault(node, Set.of()),
                            new ArrayList<>(labels.getOrDefault(node, Set.of()))));
                }
            });
            return new SystemGraph(entities, relations, literals);
        }
    }
}
