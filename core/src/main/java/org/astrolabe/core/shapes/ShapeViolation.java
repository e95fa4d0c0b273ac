package org.astrolabe.core.shapes;

/**
 * One SHACL validation result, in the terms a report prints.
 *
 * @param graph      the article graph's IRI, or {@link ShapeValidator#UNION} for the union of all graphs
 * @param focusNode  the node that breaks the constraint, as N-Triples-like text
 * @param path       the property path the constraint is about, or empty for a constraint on the node itself
 * @param constraint the constraint component, e.g. {@code sh:MinCountConstraintComponent}
 * @param shape      the shape the constraint belongs to: its IRI, or for a property shape without one, its path
 * @param message    the shape's {@code sh:message} or the validator's own wording
 */
public record ShapeViolation(String graph, String focusNode, String path, String constraint, String shape, String message) {

    /** What counts as "the same kind of violation" in a report: the constraint and where it applies. */
    public String kind() {
        return constraint + (path.isEmpty() ? " on " + shape : " on " + path);
    }

    /** The violation regardless of the graph it was found in: the same one in an article and in the union. */
    String withoutGraph() {
        return focusNode + '\u0000' + path + '\u0000' + constraint + '\u0000' + shape + '\u0000' + message;
    }

    @Override
    public String toString() {
        return focusNode + (path.isEmpty() ? "" : " " + path) + ": " + message + " [" + kind() + "] in " + graph;
    }
}
