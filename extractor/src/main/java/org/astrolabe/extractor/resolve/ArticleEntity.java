package org.astrolabe.extractor.resolve;

import java.util.LinkedHashSet;
import java.util.Set;

import org.astrolabe.extractor.gazetteer.GazetteerEntry;
import org.astrolabe.ontology.ClassHierarchy;

/**
 * An entity as resolved within one article, before its IRI is minted. Mutable while the article is read;
 * confined to the thread reading the article.
 */
public final class ArticleEntity {
    private final int id;
    private String key;
    private String classIri;
    private String label;
    private final GazetteerEntry gazetteer;
    private final Set<String> names = new LinkedHashSet<>();
    private final Set<String> descriptions = new LinkedHashSet<>();
    private boolean named;

    ArticleEntity(int id, String key, String classIri, String label, GazetteerEntry gazetteer) {
        this.id = id;
        this.key = key;
        this.classIri = classIri;
        this.label = label;
        this.gazetteer = gazetteer;
    }

    public int id() {
        return id;
    }

    public String key() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String classIri() {
        return classIri;
    }

    public String classLocalName() {
        return classIri.substring(classIri.lastIndexOf('#') + 1);
    }

    public boolean isA(String ancestorIri) {
        return ClassHierarchy.isA(classIri, ancestorIri);
    }

    /** Narrows the class when a later mention is more specific (Organization, then SpaceAgency). */
    void refineClass(String candidate) {
        if (gazetteer == null && !candidate.equals(classIri) && ClassHierarchy.isA(candidate, classIri)) {
            classIri = candidate;
        }
    }

    public String label() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    /** The gazetteer entry it was resolved to, or null. */
    public GazetteerEntry gazetteer() {
        return gazetteer;
    }

    /** Surface names seen in the article. */
    public Set<String> names() {
        return names;
    }

    /** Descriptive phrases of an unnamed entity ("first lunar rover"). */
    public Set<String> descriptions() {
        return descriptions;
    }

    /** True once a proper name (not only a pronoun or a demonym) has referred to it. */
    public boolean named() {
        return named;
    }

    void markNamed() {
        named = true;
    }

    @Override
    public String toString() {
        return key + " (" + classLocalName() + ")";
    }
}
