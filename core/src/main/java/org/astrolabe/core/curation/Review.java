package org.astrolabe.core.curation;

import java.time.Instant;
import java.util.List;

import org.apache.jena.graph.Node;

/**
 * One review or edit as the curation graph records it. Which fields are set depends on the {@link Kind};
 * the others are null (or empty lists).
 *
 * @param fact        the fact a {@link Kind#FACT_REVIEW} or {@link Kind#FACT_ADDITION} is about
 * @param addedFact   the evidence node of a {@link Kind#FACT_ADDITION}
 * @param merged      the duplicate of a {@link Kind#MERGE}; {@code entity} is then the survivor
 * @param entity      the entity an {@link Kind#EDIT} changes, or the survivor of a merge
 */
public record Review(String iri, Kind kind, String reviewer, Instant at, String note, Instant withdrawnAt,
                     String withdrawnBy, Verdict verdict, FactKey fact, Node addedFact, Node merged, Node entity,
                     String newLabel, String newClass, List<String> addedAliases, List<String> removedAliases,
                     List<String> addedLinks) {

    public enum Kind {
        FACT_REVIEW, FACT_ADDITION, MERGE, EDIT
    }

    /** A withdrawn review stays on record but no longer applies. */
    public boolean active() {
        return withdrawnAt == null;
    }

    /** The part of the IRI after {@code review/}: the id in the REST API. */
    public String id() {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
