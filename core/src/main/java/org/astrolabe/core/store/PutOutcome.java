package org.astrolabe.core.store;

/**
 * What {@link GraphStore#put} did.
 *
 * @param documentIri the article's IRI (and graph name)
 * @param change      whether the graph was added, replaced, or left as it was
 * @param quads       the number of quads in the article's graph afterwards
 */
public record PutOutcome(String documentIri, Change change, long quads) {
    public enum Change { ADDED, REPLACED, UNCHANGED }
}
