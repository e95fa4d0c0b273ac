package org.astrolabe.seeds.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.ontology.ClassHierarchy;
import org.astrolabe.ontology.KG;

/**
 * The system output as users get it: read with SPARQL from the article graphs (found by their
 * {@code kg:sourceName}) and the entities graph of a store, in the layout of {@code ArticleGraph}.
 */
public final class StoredSystemOutput implements SystemOutput {
    private final Function<Function<Dataset, Page>, Page> reader;
    private final String entitiesGraph;

    private StoredSystemOutput(Function<Function<Dataset, Page>, Page> reader, Iris iris) {
        this.reader = reader;
        this.entitiesGraph = iris.entitiesGraph();
    }

    /** Reads from a store, each page in one read transaction. */
    public static StoredSystemOutput of(GraphStore store, Iris iris) {
        return new StoredSystemOutput(store::read, iris);
    }

    /** Reads from a transactional dataset laid out like a store (named graphs per article, entities graph). */
    public static StoredSystemOutput of(Dataset dataset, Iris iris) {
        return new StoredSystemOutput(action -> Txn.calculateRead(dataset, () -> action.apply(dataset)), iris);
    }

    @Override
    public Page page(String fileName) {
        return reader.apply(dataset -> read(dataset, fileName));
    }

    private Page read(Dataset dataset, String fileName) {
        List<String> graphs = new ArrayList<>();
        for (QuerySolution row : select(dataset, """
                SELECT ?doc ?source WHERE { GRAPH ?doc { ?doc a kg:Document ; kg:sourceName ?source } }""", Map.of())) {
            String source = row.getLiteral("source").getLexicalForm();
            if (source.equals(fileName) || source.startsWith(fileName + "#")) {
                graphs.add(row.getResource("doc").getURI());
            }
        }
        Map<String, Set<String>> types = new HashMap<>();
        Map<String, Set<String>> names = new HashMap<>();
        Set<Fact> facts = new HashSet<>();
        for (String graph : graphs) {
            for (QuerySolution row : select(dataset, "SELECT ?e ?t WHERE { GRAPH ?g { ?e a ?t } }", Map.of("g", graph))) {
                String type = row.getResource("t").getURI();
                if (ClassHierarchy.isA(type, KG.Entity.getURI()) && row.get("e").isURIResource()) {
                    types.computeIfAbsent(row.getResource("e").getURI(), k -> new HashSet<>()).add(type);
                }
            }
            for (QuerySolution row : select(dataset, "SELECT ?e ?n WHERE { GRAPH ?g { ?e ?name ?n } VALUES ?name { rdfs:label skos:altLabel } }",
                    Map.of("g", graph))) {
                names.computeIfAbsent(row.getResource("e").getURI(), k -> new HashSet<>()).add(row.getLiteral("n").getLexicalForm());
            }
            for (QuerySolution row : select(dataset, "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?p), STR(kg:))) }",
                    Map.of("g", graph))) {
                String property = row.getResource("p").getURI();
                if (Vocabulary.FACT_PROPERTIES.contains(property) && row.get("s").isURIResource()) {
                    facts.add(new Fact(row.getResource("s").getURI(), property, row.get("o").asNode()));
                }
            }
        }
        for (QuerySolution row : select(dataset, "SELECT ?e ?p ?v WHERE { GRAPH ?g { ?e ?p ?v } VALUES ?p { rdf:type rdfs:label skos:altLabel } }",
                Map.of("g", entitiesGraph))) {
            String e = row.getResource("e").getURI();
            if (!types.containsKey(e)) {
                continue;
            }
            Node value = row.get("v").asNode();
            if (value.isURI() && ClassHierarchy.isA(value.getURI(), KG.Entity.getURI())) {
                types.get(e).add(value.getURI());
            } else if (value.isLiteral()) {
                names.computeIfAbsent(e, k -> new HashSet<>()).add(value.getLiteralLexicalForm());
            }
        }
        Set<Entity> entities = types.entrySet().stream()
                .map(t -> new Entity(t.getKey(), t.getValue(), names.getOrDefault(t.getKey(), Set.of())))
                .collect(Collectors.toSet());
        return new Page(graphs.size(), entities, facts);
    }

    private static List<QuerySolution> select(Dataset dataset, String query, Map<String, String> iris) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(query);
        pss.setNsPrefix("kg", KG.NS);
        pss.setNsPrefix("rdf", RDF.getURI());
        pss.setNsPrefix("rdfs", RDFS.getURI());
        pss.setNsPrefix("skos", SKOS.getURI());
        iris.forEach(pss::setIri);
        List<QuerySolution> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(pss.asQuery()).build()) {
            ResultSet rs = qe.execSelect();
            rs.forEachRemaining(rows::add);
        }
        return rows;
    }
}
