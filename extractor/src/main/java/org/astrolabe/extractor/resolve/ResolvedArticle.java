package org.astrolabe.extractor.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.astrolabe.extractor.gazetteer.GazetteerEntry;

/**
 * The entities of one article and the mentions that refer to them. Confined to the thread reading the
 * article.
 */
public final class ResolvedArticle {
    private final Map<Integer, ArticleEntity> entities = new LinkedHashMap<>();
    private final Map<String, Integer> byKey = new LinkedHashMap<>();
    private final List<EntityMention> mentions = new ArrayList<>();
    private final List<ImpliedFact> impliedFacts = new ArrayList<>();
    private int nextId;

    /** A fact a mention states by its form ("Pakistan's first lunar rover": the rover's country is Pakistan). */
    public record ImpliedFact(int subjectId, String property, int objectId, int sentence, String rule) {}

    public Collection<ArticleEntity> entities() {
        return entities.values();
    }

    public ArticleEntity entity(int id) {
        return entities.get(id);
    }

    public List<EntityMention> mentions() {
        return mentions;
    }

    public List<ImpliedFact> impliedFacts() {
        return impliedFacts;
    }

    public Optional<ArticleEntity> byKey(String key) {
        return Optional.ofNullable(byKey.get(key)).map(entities::get);
    }

    /** The entity with this key, created with the given class and label if new. */
    public ArticleEntity getOrCreate(String key, String classIri, String label, GazetteerEntry gazetteer) {
        Integer id = byKey.get(key);
        if (id != null) {
            ArticleEntity existing = entities.get(id);
            existing.refineClass(classIri);
            return existing;
        }
        ArticleEntity created = new ArticleEntity(nextId++, key, classIri, label, gazetteer);
        entities.put(created.id(), created);
        byKey.put(key, created.id());
        return created;
    }

    public ArticleEntity fromGazetteer(GazetteerEntry entry) {
        return getOrCreate(entry.key(), entry.type(), entry.label(), entry);
    }

    public void addMention(EntityMention mention) {
        mentions.add(mention);
    }

    /** Folds {@code from} into {@code into}: its mentions, names and descriptions now belong to {@code into}. */
    public void merge(ArticleEntity from, ArticleEntity into) {
        if (from.id() == into.id()) {
            return;
        }
        into.names().addAll(from.names());
        into.descriptions().addAll(from.descriptions());
        into.descriptions().addAll(from.names());
        for (int i = 0; i < mentions.size(); i++) {
            EntityMention m = mentions.get(i);
            if (m.entityIds().contains(from.id())) {
                List<Integer> ids = m.entityIds().stream().map(x -> x == from.id() ? into.id() : x).distinct().toList();
                mentions.set(i, new EntityMention(ids, m.sentence(), m.tokenBegin(), m.tokenEnd(), m.begin(), m.end(), m.text(), m.kind()));
            }
        }
        for (int i = 0; i < impliedFacts.size(); i++) {
            ImpliedFact f = impliedFacts.get(i);
            impliedFacts.set(i, new ImpliedFact(f.subjectId() == from.id() ? into.id() : f.subjectId(), f.property(),
                    f.objectId() == from.id() ? into.id() : f.objectId(), f.sentence(), f.rule()));
        }
        entities.remove(from.id());
        byKey.values().removeIf(v -> v == from.id());
        byKey.putIfAbsent(from.key(), into.id());
    }

    /** Forgets an entity that turned out not to be one: its mentions and what they implied go with it. */
    public void drop(ArticleEntity entity) {
        mentions.removeIf(m -> m.entityIds().contains(entity.id()));
        impliedFacts.removeIf(f -> f.subjectId() == entity.id() || f.objectId() == entity.id());
        entities.remove(entity.id());
        byKey.values().removeIf(v -> v == entity.id());
    }

    /** Re-keys an entity once its identity is known (agreements, after their parties are read). */
    public void rekey(ArticleEntity entity, String key) {
        byKey.values().removeIf(v -> v == entity.id());
        entity.setKey(key);
        byKey.put(key, entity.id());
    }
}
