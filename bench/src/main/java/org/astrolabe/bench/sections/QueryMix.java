package org.astrolabe.bench.sections;

import java.util.List;

import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.ontology.KG;

/**
 * The fixed SPARQL query mix sent to both servers, in the same order: entity lookups by label, evidence
 * of an entity's facts, 2-hop joins, text search on labels, aggregates, the newest documents. Constants
 * (entity names) come from the synthetic store's entities, so every query has answers.
 */
public final class QueryMix {
    static final String PREFIXES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX kg: <%s>
            """.formatted(KG.NS);

    /** The kinds in the mix, in the order one cycle of ten requests sends them. */
    public static final List<String> CYCLE = List.of("lookup", "lookup", "lookup", "evidence", "evidence",
            "two-hop", "two-hop", "text", "aggregate", "documents");

    /** Each kind once, in the order of {@link #CYCLE}: the order of the per-kind rows of the report. */
    public static final List<String> KINDS = CYCLE.stream().distinct().toList();

    private final List<ExtractedEntity> entities;

    public QueryMix(List<ExtractedEntity> entities) {
        if (entities.isEmpty()) {
            throw new IllegalArgumentException("The query mix needs entities");
        }
        this.entities = entities;
    }

    /** The kind of the i-th query of the mix, one of {@link #KINDS}. */
    public static String kind(long i) {
        return CYCLE.get((int) (i % CYCLE.size()));
    }

    /** The i-th query of the mix. */
    public String query(long i) {
        String kind = kind(i);
        ExtractedEntity e = entities.get((int) ((i * 7919) % Math.min(entities.size(), 2000)));
        String iri = "<" + e.iri() + ">";
        return PREFIXES + switch (kind) {
            case "lookup" -> "SELECT ?e ?type WHERE { ?e rdfs:label " + literal(e.label()) + "@en ; rdf:type ?type }";
            case "evidence" -> "SELECT ?p ?o ?sentence ?doc WHERE { ?f a kg:Fact ; rdf:subject " + iri
                    + " ; rdf:predicate ?p ; rdf:object ?o ; kg:sentence ?sentence ; kg:document ?doc } LIMIT 50";
            case "two-hop" -> "SELECT DISTINCT ?b ?c WHERE { " + iri + " ?p ?b . ?b a kg:Entity . ?b ?q ?c . ?c a kg:Entity } LIMIT 200";
            case "text" -> "SELECT ?e ?label WHERE { ?e rdfs:label ?label FILTER(CONTAINS(LCASE(STR(?label)), "
                    + literal(firstWord(e.label()).toLowerCase(java.util.Locale.ROOT)) + ")) } LIMIT 20";
            case "aggregate" -> i % 20 < 10
                    ? "SELECT ?p (COUNT(?f) AS ?facts) WHERE { ?f rdf:predicate ?p } GROUP BY ?p ORDER BY DESC(?facts)"
                    : "SELECT ?e (COUNT(?m) AS ?mentions) WHERE { ?m kg:refersTo ?e . ?e a kg:SpaceAgency } GROUP BY ?e ORDER BY DESC(?mentions) LIMIT 10";
            case "documents" -> "SELECT ?d ?title ?date WHERE { ?d a kg:Document ; dcterms:title ?title ; dcterms:date ?date } ORDER BY DESC(?date) LIMIT 20";
            default -> throw new IllegalStateException(kind);
        };
    }

    static String literal(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String firstWord(String label) {
        int space = label.indexOf(' ');
        return space < 0 ? label : label.substring(0, space);
    }
}
