package org.astrolabe.extractor.rules;

import java.util.List;
import java.util.Map;

import org.apache.jena.rdf.model.Resource;
import org.astrolabe.ontology.ClassHierarchy;
import org.astrolabe.ontology.KG;

/** The domain and range of each property of the vocabulary, as the extractor enforces them. */
public final class PropertySignatures {
    private record Signature(List<Resource> domain, List<Resource> range, List<Resource> excludedSubjects, List<Resource> excludedObjects) {
        Signature(List<Resource> domain, List<Resource> range, List<Resource> excludedSubjects) {
            this(domain, range, excludedSubjects, List.of());
        }
    }

    private static final List<Resource> ORG_OR_COUNTRY = List.of(KG.Organization, KG.Country);
    private static final List<Resource> ANY = List.of(KG.Entity);
    private static final Map<String, Signature> SIGNATURES = Map.ofEntries(
            Map.entry("party", sig(List.of(KG.Agreement), List.of(KG.Organization, KG.Country, KG.Person))),
            Map.entry("concerns", sig(List.of(KG.Agreement), List.of(KG.Mission, KG.Spacecraft, KG.Program, KG.ResearchInstitution, KG.CelestialSite, KG.CelestialBody))),
            Map.entry("payloadOf", sig(List.of(KG.Spacecraft), List.of(KG.Mission, KG.Spacecraft))),
            Map.entry("developedBy", sig(List.of(KG.Spacecraft, KG.Mission), ORG_OR_COUNTRY)),
            Map.entry("operatedBy", sig(List.of(KG.Spacecraft, KG.Mission, KG.Program), ORG_OR_COUNTRY)),
            Map.entry("destination", sig(List.of(KG.Mission, KG.Spacecraft), List.of(KG.CelestialBody, KG.CelestialSite, KG.SpaceStation))),
            Map.entry("launchVehicle", sig(List.of(KG.Mission, KG.Spacecraft), List.of(KG.LaunchVehicle))),
            Map.entry("launchSite", sig(List.of(KG.Mission, KG.Spacecraft), List.of(KG.Place))),
            Map.entry("participatesIn", sig(List.of(KG.Country, KG.Organization, KG.Person), List.of(KG.Mission, KG.Program, KG.Agreement))),
            Map.entry("cooperatesWith", sig(ORG_OR_COUNTRY, ORG_OR_COUNTRY)),
            Map.entry("country", new Signature(List.of(KG.Organization, KG.Place, KG.Spacecraft), List.of(KG.Country),
                    List.of(KG.Country, KG.CelestialBody, KG.CelestialSite))),
            Map.entry("headquarteredIn", sig(List.of(KG.Organization), List.of(KG.City))),
            // A place in a country is said with kg:country, never kg:locatedIn.
            Map.entry("locatedIn", new Signature(List.of(KG.Place), List.of(KG.Place), List.of(KG.Country), List.of(KG.Country))),
            Map.entry("memberOf", sig(List.of(KG.Person), List.of(KG.Organization))),
            Map.entry("leaderOf", sig(List.of(KG.Person), ORG_OR_COUNTRY)),
            Map.entry("nationality", sig(List.of(KG.Person), List.of(KG.Country))),
            Map.entry("metWith", sig(List.of(KG.Person, KG.Organization), List.of(KG.Person, KG.Organization))),
            Map.entry("title", sig(List.of(KG.Person), List.of())),
            Map.entry("signedOn", sig(List.of(KG.Agreement), List.of())),
            Map.entry("launchDate", sig(List.of(KG.Mission, KG.Spacecraft), List.of())),
            Map.entry("validFrom", sig(List.of(KG.Agreement, KG.Program), List.of())),
            Map.entry("validUntil", sig(List.of(KG.Agreement, KG.Program), List.of())),
            Map.entry("date", sig(ANY, List.of())));

    private PropertySignatures() {}

    private static Signature sig(List<Resource> domain, List<Resource> range) {
        return new Signature(domain, range, List.of());
    }

    public static boolean known(String property) {
        return SIGNATURES.containsKey(property);
    }

    public static boolean symmetric(String property) {
        return property.equals("cooperatesWith") || property.equals("metWith");
    }

    /** True if a subject of this class may carry the property. */
    public static boolean allowsSubject(String property, String classIri) {
        Signature s = SIGNATURES.get(property);
        return s != null && isAny(classIri, s.domain()) && !isAny(classIri, s.excludedSubjects());
    }

    /** True if an entity of this class may be the property's value. */
    public static boolean allowsObject(String property, String classIri) {
        Signature s = SIGNATURES.get(property);
        return s != null && isAny(classIri, s.range()) && !isAny(classIri, s.excludedObjects());
    }

    private static boolean isAny(String classIri, List<Resource> classes) {
        return classes.stream().anyMatch(c -> ClassHierarchy.isA(classIri, c.getURI()));
    }
}
