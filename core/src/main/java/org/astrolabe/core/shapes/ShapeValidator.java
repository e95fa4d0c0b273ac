package org.astrolabe.core.shapes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.astrolabe.ontology.Ontology;

/**
 * Validates graphs against the ontology's SHACL shapes ({@link Ontology#shapes()}, parsed once per process).
 * Stateless and thread-safe.
 *
 * <p>The shapes describe the union of the article graphs and the entities graph. One article graph alone
 * lacks what the entities graph adds (the single {@code rdfs:label} of each entity), so an article is
 * validated together with the descriptions of the entities it names: {@link #validateArticle}.
 */
public final class ShapeValidator {
    /** The {@link ShapeViolation#graph()} of a violation found in the union of all graphs. */
    public static final String UNION = "union of all graphs";

    /** The prefixes of reports: Astrolabe's own and {@code sh:}. */
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefixes(Ontology.PREFIXES).setNsPrefix("sh", SHACL.getURI()).lock();

    private ShapeValidator() {}

    /** The parsed shapes, loaded on first use. */
    private static final class Holder {
        static final Shapes SHAPES = Ontology.shapes();
    }

    /**
     * Validates one article graph as the store would hold it: the article's triples plus the descriptions
     * ({@code rdfs:label}, types, {@code owl:sameAs}) of its entities.
     *
     * @param graphName    the article's IRI, reported with each violation
     * @param articleGraph the triples of the article's named graph
     * @param descriptions the entity descriptions the article's entities have in the entities graph
     */
    public static List<ShapeViolation> validateArticle(String graphName, Graph articleGraph, Collection<Triple> descriptions) {
        Graph combined = GraphFactory.createDefaultGraph();
        articleGraph.find().forEachRemaining(combined::add);
        descriptions.forEach(combined::add);
        return validate(graphName, combined);
    }

    /** Validates {@code graph} as it is; {@code graphName} is reported with each violation. */
    public static List<ShapeViolation> validate(String graphName, Graph graph) {
        ValidationReport report = ShaclValidator.get().validate(Holder.SHAPES, graph);
        if (report.conforms()) {
            return List.of();
        }
        List<ShapeViolation> violations = new ArrayList<>(report.getEntries().size());
        for (ReportEntry entry : report.getEntries()) {
            violations.add(violation(graphName, entry));
        }
        return violations;
    }

    private static ShapeViolation violation(String graphName, ReportEntry entry) {
        Path path = entry.resultPath();
        String constraint = entry.constraint() == null ? "" : abbreviate(entry.constraint().getComponent());
        String shape = entry.source() == null || entry.source().isBlank() ? "" : abbreviate(entry.source());
        return new ShapeViolation(graphName, abbreviate(entry.focusNode()), path == null ? "" : path.toString(new Prologue(PREFIXES)),
                constraint, shape, entry.message() == null ? "" : entry.message());
    }

    private static String abbreviate(Node node) {
        if (node.isURI()) {
            String shortForm = PREFIXES.shortForm(node.getURI());
            return shortForm.equals(node.getURI()) ? "<" + shortForm + ">" : shortForm;
        }
        return node.toString();
    }
}
