package org.astrolabe.spark;

import java.io.Serializable;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One article's description of one entity, in entities-graph quads, and the merge of such descriptions
 * across articles with the store's rules: label and types come from the first article (in input order)
 * that names the entity, {@code owl:sameAs} links from all of them; the entity is described only if some
 * article that stays in the graph names it.
 *
 * @param iri         the entity's IRI
 * @param firstLines  label and type quads, kept from the earliest article
 * @param sameAsLines sameAs quads, merged from all articles
 * @param current     whether some article naming it is the one kept for its IRI (later duplicates replace earlier ones)
 */
record EntityPart(String iri, Position position, List<String> firstLines, SortedSet<String> sameAsLines, boolean current)
        implements Serializable {

    EntityPart {
        sameAsLines = new TreeSet<>(sameAsLines);
    }

    EntityPart merge(EntityPart other) {
        EntityPart first = position.compareTo(other.position) <= 0 ? this : other;
        SortedSet<String> sameAs = new TreeSet<>(sameAsLines);
        sameAs.addAll(other.sameAsLines);
        return new EntityPart(iri, first.position, first.firstLines, sameAs, current || other.current);
    }

    EntityPart current(boolean value) {
        return new EntityPart(iri, position, firstLines, sameAsLines, value);
    }

    Iterable<String> lines() {
        List<String> lines = new java.util.ArrayList<>(firstLines);
        lines.addAll(sameAsLines);
        return lines;
    }
}
