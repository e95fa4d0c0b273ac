package org.astrolabe.core.shapes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.ontology.KG;

/**
 * The shapes checked on everything a store holds: each article graph with the entity descriptions it
 * needs (as {@link ShapeCheck} checks it before writing), then the union of all graphs, which is what the
 * shapes describe and where statements of different articles meet (two articles that give an agreement
 * different dates, for instance).
 *
 * @param articles          the number of article graphs validated
 * @param articleViolations the violations found in article graphs, article by article
 * @param unionViolations   the violations found in the union of all graphs that no article graph shows by
 *                          itself (an article's own violation shows in the union too, and is reported once)
 */
public record StoreValidation(int articles, List<ShapeViolation> articleViolations, List<ShapeViolation> unionViolations) {

    public StoreValidation {
        articleViolations = List.copyOf(articleViolations);
        unionViolations = List.copyOf(unionViolations);
    }

    /**
     * Validates the store in one read transaction.
     *
     * @param iris the IRIs the store was written with (to find its entities graph)
     */
    public static StoreValidation of(GraphStore store, Iris iris) {
        Node entitiesGraph = NodeFactory.createURI(iris.entitiesGraph());
        return store.read(dataset -> {
            DatasetGraph quads = dataset.asDatasetGraph();
            List<ShapeViolation> inArticles = new ArrayList<>();
            int articles = 0;
            for (Node name : articleGraphs(quads)) {
                Graph article = quads.getGraph(name);
                inArticles.addAll(ShapeValidator.validateArticle(name.getURI(), article, descriptions(quads, entitiesGraph, article)));
                articles++;
            }
            Set<String> seen = new HashSet<>();
            inArticles.forEach(v -> seen.add(v.withoutGraph()));
            List<ShapeViolation> inUnion = new ArrayList<>();
            for (ShapeViolation v : ShapeValidator.validate(ShapeValidator.UNION, quads.getUnionGraph())) {
                if (!seen.contains(v.withoutGraph())) {
                    inUnion.add(v);
                }
            }
            return new StoreValidation(articles, inArticles, inUnion);
        });
    }

    /** Whether nothing breaks the shapes. */
    public boolean conforms() {
        return articleViolations.isEmpty() && unionViolations.isEmpty();
    }

    /** Violations per {@link ShapeViolation#kind()}, in articles and in the union together, sorted by kind. */
    public Map<String, Integer> countsByKind() {
        Map<String, Integer> counts = new TreeMap<>();
        for (ShapeViolation v : all()) {
            counts.merge(v.kind(), 1, Integer::sum);
        }
        return counts;
    }

    /** Article violations first, then the union's. */
    public List<ShapeViolation> all() {
        List<ShapeViolation> all = new ArrayList<>(articleViolations);
        all.addAll(unionViolations);
        return Collections.unmodifiableList(all);
    }

    /** The named graphs that hold an article: those naming themselves as a {@code kg:Document}. */
    private static List<Node> articleGraphs(DatasetGraph quads) {
        List<Node> names = new ArrayList<>();
        quads.listGraphNodes().forEachRemaining(name -> {
            if (name.isURI() && quads.contains(name, name, RDF.type.asNode(), KG.Document.asNode())) {
                names.add(name);
            }
        });
        return names;
    }

    /** The entities graph's triples about the IRIs an article graph uses. */
    private static List<Triple> descriptions(DatasetGraph quads, Node entitiesGraph, Graph article) {
        Set<Node> used = new LinkedHashSet<>();
        article.find().forEachRemaining(t -> {
            used.add(t.getSubject());
            if (t.getObject().isURI()) {
                used.add(t.getObject());
            }
        });
        List<Triple> triples = new ArrayList<>();
        for (Node node : used) {
            quads.find(entitiesGraph, node, Node.ANY, Node.ANY).forEachRemaining(q -> triples.add(q.asTriple()));
        }
        return triples;
    }
}
