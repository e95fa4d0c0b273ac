package org.astrolabe.extractor.learn;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.astrolabe.extractor.resolve.ArticleEntity;
import org.astrolabe.extractor.resolve.ResolvedArticle;
import org.astrolabe.extractor.rules.PropertySignatures;
import org.astrolabe.ontology.ClassHierarchy;
import org.astrolabe.ontology.KG;

/**
 * Distant supervision: each article entity stands for the gold entities of the same document that share
 * one of its names (normalised as the scorer normalises them) and have a compatible class (the same, a
 * subclass or a superclass); a pair of article entities has the gold properties that hold between the gold
 * entities they stand for.
 */
public final class GoldAlignment {
    /** Names too generic to identify an entity ("the agency", "the mission"), as the scorer ignores them. */
    private static final Set<String> GENERIC = Set.of("agreement", "deal", "mou", "memorandum", "memorandum of understanding",
            "pact", "contract", "accord", "treaty", "ceasefire", "rover", "satellite", "mission", "agency", "space station",
            "station", "the agreement", "joint statement", "action plan");

    private final Map<Integer, Set<String>> goldIds;
    private final Map<String, Set<String>> propertiesByPair;
    private final List<GoldAnnotation.Literal> literals;

    private GoldAlignment(Map<Integer, Set<String>> goldIds, Map<String, Set<String>> propertiesByPair, List<GoldAnnotation.Literal> literals) {
        this.goldIds = goldIds;
        this.propertiesByPair = propertiesByPair;
        this.literals = literals;
    }

    public static GoldAlignment align(ResolvedArticle article, GoldAnnotation gold) {
        Map<String, Set<GoldAnnotation.Entity>> byName = new HashMap<>();
        for (GoldAnnotation.Entity e : gold.entities()) {
            for (String name : e.names()) {
                String n = normalise(name);
                if (!n.isEmpty() && !GENERIC.contains(n)) {
                    byName.computeIfAbsent(n, k -> new LinkedHashSet<>()).add(e);
                }
            }
        }
        Map<Integer, Set<String>> ids = new HashMap<>();
        for (ArticleEntity e : article.entities()) {
            for (String name : names(e)) {
                for (GoldAnnotation.Entity g : byName.getOrDefault(normalise(name), Set.of())) {
                    if (compatible(e.classIri(), KG.NS + g.classLocalName())) {
                        ids.computeIfAbsent(e.id(), k -> new LinkedHashSet<>()).add(g.id());
                    }
                }
            }
        }
        Map<String, Set<String>> properties = new HashMap<>();
        for (GoldAnnotation.Fact f : gold.facts()) {
            properties.computeIfAbsent(f.subject() + '\t' + f.object(), k -> new LinkedHashSet<>()).add(f.property());
            if (PropertySignatures.symmetric(f.property())) {
                properties.computeIfAbsent(f.object() + '\t' + f.subject(), k -> new LinkedHashSet<>()).add(f.property());
            }
        }
        return new GoldAlignment(ids, properties, gold.literals());
    }

    /** The gold properties from the entity {@code subject} to {@code object} (article ids), in label order. */
    public Set<String> properties(int subject, int object) {
        Set<String> found = new HashSet<>();
        for (String s : goldIds.getOrDefault(subject, Set.of())) {
            for (String o : goldIds.getOrDefault(object, Set.of())) {
                if (!s.equals(o)) {
                    found.addAll(propertiesByPair.getOrDefault(s + '\t' + o, Set.of()));
                }
            }
        }
        Set<String> ordered = new LinkedHashSet<>();
        for (String p : RelationLabels.PROPERTIES) {
            if (found.contains(p)) {
                ordered.add(p);
            }
        }
        return ordered;
    }

    /**
     * True if the gold gives the entity this date for the property: the date read at the gold's precision
     * is the gold's ("2025-04-22" for a gold "2025-04"), as the scorer compares dates.
     */
    public boolean hasDate(int subject, String property, String date) {
        Set<String> ids = goldIds.getOrDefault(subject, Set.of());
        return literals.stream().anyMatch(l -> l.property().equals(property) && ids.contains(l.subject())
                && date.startsWith(l.value().strip()));
    }

    /** The names the exported graph gives the entity: label, names, descriptions, gazetteer aliases. */
    private static Set<String> names(ArticleEntity e) {
        Set<String> names = new LinkedHashSet<>();
        names.add(e.label());
        names.addAll(e.names());
        names.addAll(e.descriptions());
        if (e.gazetteer() != null) {
            names.add(e.gazetteer().label());
            names.addAll(e.gazetteer().aliases());
        }
        return names;
    }

    private static boolean compatible(String a, String b) {
        return !a.equals(KG.Entity.getURI()) && !b.equals(KG.Entity.getURI())
                && (ClassHierarchy.isA(a, b) || ClassHierarchy.isA(b, a));
    }

    /** Case folded, accents and punctuation removed, a trailing "'s" and a leading "the" dropped. */
    static String normalise(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        s = s.replaceAll("'s\\b", "").replace("'", "");
        s = s.replaceAll("[^\\p{L}\\p{N}_]+", " ").strip();
        return s.replaceFirst("^the ", "");
    }

    /** True if the article entity stands for some gold entity. */
    public boolean aligned(int entity) {
        return goldIds.containsKey(entity);
    }

    List<String> goldIds(int entity) {
        return List.copyOf(goldIds.getOrDefault(entity, Set.of()));
    }
}
