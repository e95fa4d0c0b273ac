package org.astrolabe.extractor.ner;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.rdf.model.Resource;
import org.astrolabe.ontology.KG;

/**
 * The NER tags the pipeline writes for the ontology's classes ({@code SPACE_AGENCY} for kg:SpaceAgency),
 * and the classes of CoreNLP's own tags that are kept as entities.
 */
public final class EntityTags {
    private static final Map<String, String> TAG_TO_CLASS = new LinkedHashMap<>();

    static {
        for (Resource c : new Resource[] {KG.Person, KG.Organization, KG.SpaceAgency, KG.Company, KG.ResearchInstitution,
                KG.GovernmentBody, KG.Place, KG.Country, KG.City, KG.CelestialBody, KG.CelestialSite, KG.Mission,
                KG.Spacecraft, KG.Satellite, KG.Rover, KG.SpaceStation, KG.LaunchVehicle, KG.Program, KG.Agreement}) {
            TAG_TO_CLASS.put(tagOf(c.getURI()), c.getURI());
        }
        // CoreNLP's own tags that name places.
        TAG_TO_CLASS.put("LOCATION", KG.Place.getURI());
        TAG_TO_CLASS.put("STATE_OR_PROVINCE", KG.Place.getURI());
    }

    private EntityTags() {}

    /** {@code SPACE_AGENCY} for {@code kg:SpaceAgency}. */
    public static String tagOf(String classIri) {
        String local = classIri.substring(classIri.lastIndexOf('#') + 1);
        return local.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    /** The ontology class of an NER tag, empty for tags that are not entities (DATE, TITLE, MISC, ...). */
    public static Optional<String> classOf(String tag) {
        return Optional.ofNullable(tag == null ? null : TAG_TO_CLASS.get(tag));
    }

    /** Every tag an entity can carry, as a regular-expression alternation. */
    public static String alternation() {
        return String.join("|", TAG_TO_CLASS.keySet());
    }
}
