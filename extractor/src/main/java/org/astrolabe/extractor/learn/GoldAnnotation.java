package org.astrolabe.extractor.learn;

import java.util.List;

/**
 * What a gold annotation says about one article, as training reads it: the entities (class local name and
 * every name) and the entity-to-entity facts (property local name).
 */
public record GoldAnnotation(List<Entity> entities, List<Fact> facts) {
    public GoldAnnotation {
        entities = List.copyOf(entities);
        facts = List.copyOf(facts);
    }

    public record Entity(String id, String classLocalName, List<String> names) {
        public Entity {
            names = List.copyOf(names);
        }
    }

    public record Fact(String subject, String property, String object) {}
}
