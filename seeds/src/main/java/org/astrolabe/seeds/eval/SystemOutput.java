package org.astrolabe.seeds.eval;

import java.util.Set;

import org.apache.jena.graph.Node;

/**
 * What a system extracted, grouped the way the gold file groups it: per page. The articles split from one
 * page (sources {@code page.txt}, {@code page.txt#2}, ...) together make that page's output.
 */
public interface SystemOutput {

    /** The merged output of every article read from the page {@code fileName}; empty if there is none. */
    Page page(String fileName);

    /**
     * One page's output.
     *
     * @param articles how many articles of the page were found
     * @param entities the entities named in those articles
     * @param facts    the facts stated in them, vocabulary properties only
     */
    record Page(int articles, Set<Entity> entities, Set<Fact> facts) {
        public Page {
            entities = Set.copyOf(entities);
            facts = Set.copyOf(facts);
        }
    }

    /**
     * @param iri   the entity's IRI
     * @param types its classes as stored (the most specific and its superclasses)
     * @param names its rdfs:label and skos:altLabel values
     */
    record Entity(String iri, Set<String> types, Set<String> names) {
        public Entity {
            types = Set.copyOf(types);
            names = Set.copyOf(names);
        }
    }

    /** A statement {@code subject property object}; the object is an IRI or a literal node. */
    record Fact(String subject, String property, Node object) {}
}
