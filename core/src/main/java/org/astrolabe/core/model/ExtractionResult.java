package org.astrolabe.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything extracted from one article: what the store writes into the article's named graph.
 *
 * @param article          the article
 * @param entities         the entities it names, one per IRI
 * @param mentions         where in the text each entity is named
 * @param facts            the statements read, each with evidence
 * @param extractorVersion the version of the extractor that produced this result
 */
public record ExtractionResult(Article article, List<ExtractedEntity> entities, List<Mention> mentions,
                               List<Fact> facts, String extractorVersion) {
    public ExtractionResult {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(extractorVersion, "extractorVersion");
        entities = List.copyOf(entities);
        mentions = List.copyOf(mentions);
        facts = List.copyOf(facts);
    }
}
