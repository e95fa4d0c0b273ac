package org.astrolabe.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What one article yields, as N-Quads lines: its graph, and its view of each entity it mentions.
 *
 * @param position    the article's input position
 * @param documentIri the article's IRI (and graph name)
 * @param graphLines  the article graph's quads
 * @param entities    one part per entity the article names
 */
record ExtractedArticle(Position position, String documentIri, List<String> graphLines, List<EntityPart> entities)
        implements Serializable {}
