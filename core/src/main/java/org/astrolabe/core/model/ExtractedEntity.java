package org.astrolabe.core.model;

import java.util.Objects;
import java.util.Set;

/**
 * An entity as one article names it, already resolved to its cross-article IRI.
 *
 * @param iri       the entity's IRI: the same real-world entity gets the same IRI in every article
 * @param type      the most specific ontology class IRI (e.g. {@code kg:SpaceAgency}); the writer adds
 *                  its superclasses
 * @param label     the canonical name
 * @param altLabels every other surface name seen in the article or known for the entity
 * @param sameAs    equivalent IRIs elsewhere (Wikidata entities)
 */
public record ExtractedEntity(String iri, String type, String label, Set<String> altLabels, Set<String> sameAs) {
    public ExtractedEntity {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        altLabels = Set.copyOf(altLabels);
        sameAs = Set.copyOf(sameAs);
    }
}
