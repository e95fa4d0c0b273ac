package org.astrolabe.core.store;

import java.util.Map;

/**
 * Counts that describe a store.
 *
 * @param articles           number of article graphs
 * @param entitiesPerClass   class IRI to number of entities of exactly that class or a subclass
 * @param factsPerProperty   property IRI to number of distinct facts
 * @param quads              all quads in all graphs
 */
public record StoreStats(long articles, Map<String, Long> entitiesPerClass, Map<String, Long> factsPerProperty,
                         long quads) {}
