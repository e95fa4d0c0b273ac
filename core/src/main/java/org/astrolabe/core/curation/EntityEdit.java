package org.astrolabe.core.curation;

import java.util.List;

/**
 * What an edit changes on an entity; null or empty for what it leaves alone.
 *
 * @param label          the new {@code rdfs:label}
 * @param classIri       the new class (its superclasses follow)
 * @param addAliases     names to add as {@code skos:altLabel}
 * @param removeAliases  names queries should no longer see as the entity's {@code skos:altLabel}
 * @param addLinks       IRIs of the same entity elsewhere (Wikidata), added as {@code owl:sameAs}
 */
public record EntityEdit(String label, String classIri, List<String> addAliases, List<String> removeAliases,
                         List<String> addLinks) {
    public EntityEdit {
        addAliases = addAliases == null ? List.of() : List.copyOf(addAliases);
        removeAliases = removeAliases == null ? List.of() : List.copyOf(removeAliases);
        addLinks = addLinks == null ? List.of() : List.copyOf(addLinks);
    }

    public boolean isEmpty() {
        return (label == null || label.isBlank()) && classIri == null && addAliases.isEmpty() && removeAliases.isEmpty()
                && addLinks.isEmpty();
    }
}
