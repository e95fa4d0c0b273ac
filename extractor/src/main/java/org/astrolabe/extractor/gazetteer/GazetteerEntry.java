package org.astrolabe.extractor.gazetteer;

import java.util.List;
import java.util.Set;

/**
 * One known entity of the gazetteer.
 *
 * @param key         resolution key (the entry's local name): equal keys give equal entity IRIs
 * @param type        ontology class IRI, or a series class of the gazetteer namespace
 * @param label       canonical name
 * @param aliases     every other known name
 * @param sameAs      Wikidata IRIs
 * @param demonyms    adjectives of a country ("Pakistani")
 * @param country     key of the entity's country (background fact), or null
 * @param locatedIn   key of the place it lies in (background fact), or null
 * @param operator    key of its operator (background fact), or null
 * @param cityCountry key of a city's country: used to resolve, never stated as a fact; or null
 * @param national    true for a country's national space agency
 * @param lowercase   true when the name is commonly written in lower case ("moon")
 */
public record GazetteerEntry(String key, String type, String label, List<String> aliases, Set<String> sameAs,
                             List<String> demonyms, String country, String locatedIn, String operator,
                             String cityCountry, boolean national, boolean lowercase) {

    /** The label followed by every alias. */
    public List<String> names() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(label), aliases.stream()).toList();
    }
}
