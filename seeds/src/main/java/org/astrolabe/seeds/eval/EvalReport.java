package org.astrolabe.seeds.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The result of scoring a system against a gold file: per document and in total, for entities and facts,
 * and per relation; with the gold items missed and the system items not in the gold.
 */
public record EvalReport(List<DocumentReport> documents) {
    public EvalReport {
        documents = List.copyOf(documents);
    }

    /**
     * @param fileName the gold document
     * @param articles how many system articles were scored for it
     * @param entities entity counts
     * @param facts    fact counts (entity-to-entity and literal)
     * @param relations fact counts per property IRI
     * @param missed   gold lines not found, as written in the gold file
     * @param wrong    system items that match nothing in the gold
     */
    public record DocumentReport(String fileName, int articles, Score entities, Score facts, Map<String, Score> relations,
                                 List<String> missed, List<String> wrong) {
        public DocumentReport {
            relations = Map.copyOf(relations);
            missed = List.copyOf(missed);
            wrong = List.copyOf(wrong);
        }
    }

    public Score entities() {
        return documents.stream().map(DocumentReport::entities).reduce(Score.ZERO, Score::plus);
    }

    public Score facts() {
        return documents.stream().map(DocumentReport::facts).reduce(Score.ZERO, Score::plus);
    }

    /** Per property IRI, summed over the documents, sorted by IRI. */
    public Map<String, Score> relations() {
        Map<String, Score> total = new TreeMap<>();
        for (DocumentReport d : documents) {
            d.relations().forEach((p, s) -> total.merge(p, s, Score::plus));
        }
        return total;
    }
}
