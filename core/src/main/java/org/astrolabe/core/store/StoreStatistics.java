package org.astrolabe.core.store;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.astrolabe.ontology.KG;

/** Computes {@link StoreStats}; must run inside the caller's read transaction. */
final class StoreStatistics {
    /** Distinct statements per property, over the fact nodes of all article graphs. */
    private static final String FACTS_PER_PROPERTY = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX kg: <%s>
            SELECT ?p (COUNT(*) AS ?n) WHERE {
              SELECT DISTINCT ?s ?p ?o WHERE { ?f a kg:Fact ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o }
            } GROUP BY ?p""".formatted(KG.NS);

    private final DatasetGraph storage;
    private final Dataset queryDataset;
    private final Node entitiesGraph;

    StoreStatistics(DatasetGraph storage, Dataset queryDataset, Node entitiesGraph) {
        this.storage = storage;
        this.queryDataset = queryDataset;
        this.entitiesGraph = entitiesGraph;
    }

    StoreStats compute() {
        long articles = Iter.count(Iter.filter(storage.findNG(Node.ANY, Node.ANY, RDF.type.asNode(), KG.Document.asNode()),
                q -> q.getGraph().equals(q.getSubject())));
        Map<String, Long> entitiesPerClass = new HashMap<>();
        storage.find(entitiesGraph, Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(q -> {
            if (q.getObject().isURI()) {
                entitiesPerClass.merge(q.getObject().getURI(), 1L, Long::sum);
            }
        });
        Map<String, Long> factsPerProperty = new HashMap<>();
        try (QueryExecution execution = QueryExecution.dataset(queryDataset).query(FACTS_PER_PROPERTY).build()) {
            ResultSet results = execution.execSelect();
            while (results.hasNext()) {
                QuerySolution row = results.next();
                if (row.get("p") != null && row.get("p").isURIResource()) {
                    factsPerProperty.put(row.getResource("p").getURI(), row.getLiteral("n").getLong());
                }
            }
        }
        long quads = Iter.count(storage.find());
        return new StoreStats(articles, largestFirst(entitiesPerClass), largestFirst(factsPerProperty), quads);
    }

    private static Map<String, Long> largestFirst(Map<String, Long> counts) {
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }
}
