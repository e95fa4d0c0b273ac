package org.astrolabe.extractor.learn;

import java.util.List;

/**
 * What a gold annotation says about one article, as training reads it: the entities (class local name and
 * every name), the entity-to-entity facts and the literal facts (property local names).
 */
public record GoldAnnotation(List<Entity> entities, List<Fact> facts, List<Literal> literals) {
    public GoldAnnotation {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
        literals = List.copyOf(literals);
    }

    public record Entity(String id, String classLocalName, List<String> names) {
        public Entity {
            names = List.copyOf(names);
        }
    }

    public record Fact(String subject, String property, String object) {}

    /** A literal fact; dates as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    public record Literal(String subject, String property, String value) {}
}
