package org.astrolabe.core.model;

import java.util.Objects;

import org.apache.jena.graph.Node;

/**
 * One extracted statement with its evidence.
 *
 * @param subjectIri  an entity IRI
 * @param propertyIri a property of the vocabulary
 * @param object      an entity IRI node, or a typed literal (dates as xsd:date, xsd:gYearMonth or xsd:gYear)
 * @param evidence    where it was read
 */
public record Fact(String subjectIri, String propertyIri, Node object, Evidence evidence) {
    public Fact {
        Objects.requireNonNull(subjectIri, "subjectIri");
        Objects.requireNonNull(propertyIri, "propertyIri");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(evidence, "evidence");
        if (!(object.isURI() || object.isLiteral())) {
            throw new IllegalArgumentException("A fact's object is an IRI or a literal: " + object);
        }
    }
}
