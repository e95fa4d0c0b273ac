package org.astrolabe.seeds.eval;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.astrolabe.ontology.ClassHierarchy;
import org.astrolabe.ontology.KG;

/**
 * What the evaluation counts, by local name in the {@code kg:} namespace: the entity classes (every class
 * below {@code kg:Entity}; {@code kg:Entity} itself and {@code kg:Document} are not scored), the
 * entity-to-entity properties and the literal properties.
 */
final class Vocabulary {
    static final Set<String> SCORED_CLASSES = localNames(Stream.of(KG.Person, KG.Organization, KG.SpaceAgency, KG.Company,
            KG.ResearchInstitution, KG.GovernmentBody, KG.Place, KG.Country, KG.City, KG.CelestialBody, KG.CelestialSite,
            KG.Mission, KG.Spacecraft, KG.Satellite, KG.Rover, KG.SpaceStation, KG.LaunchVehicle, KG.Program, KG.Agreement)
            .map(Resource::getURI));

    static final Set<String> RELATIONS = localNames(Stream.of(KG.party, KG.concerns, KG.payloadOf, KG.developedBy, KG.operatedBy,
            KG.destination, KG.launchVehicle, KG.launchSite, KG.participatesIn, KG.cooperatesWith, KG.country, KG.headquarteredIn,
            KG.locatedIn, KG.memberOf, KG.leaderOf, KG.nationality, KG.metWith).map(Property::getURI));

    static final Set<String> SYMMETRIC = localNames(Stream.of(KG.cooperatesWith, KG.metWith).map(Property::getURI));

    static final Set<String> DATE_PROPERTIES = localNames(Stream.of(KG.signedOn, KG.launchDate, KG.validFrom, KG.validUntil, KG.date)
            .map(Property::getURI));

    static final Set<String> LITERALS = Stream.concat(Stream.of(local(KG.title.getURI())), DATE_PROPERTIES.stream())
            .collect(Collectors.toUnmodifiableSet());

    static final String AGREEMENT = local(KG.Agreement.getURI());
    static final String PARTY = local(KG.party.getURI());
    static final String CONCERNS = local(KG.concerns.getURI());
    static final String SIGNED_ON = local(KG.signedOn.getURI());
    static final String TITLE = local(KG.title.getURI());

    private Vocabulary() {}

    /** The local name of an IRI in the {@code kg:} namespace, or null for any other IRI. */
    static String local(String iri) {
        return iri.startsWith(KG.NS) ? iri.substring(KG.NS.length()) : null;
    }

    /** Two scored classes are compatible when one is the other or a subclass of it. */
    static boolean compatible(String a, String b) {
        return ClassHierarchy.isA(KG.NS + a, KG.NS + b) || ClassHierarchy.isA(KG.NS + b, KG.NS + a);
    }

    /** The classes of {@code classes} that have no subclass among them. */
    static String mostSpecific(Set<String> classes) {
        return classes.stream().sorted()
                .filter(c -> classes.stream().noneMatch(o -> !o.equals(c) && ClassHierarchy.isA(KG.NS + o, KG.NS + c)))
                .findFirst().orElse("Entity");
    }

    private static Set<String> localNames(Stream<String> iris) {
        return iris.map(Vocabulary::local).collect(Collectors.toUnmodifiableSet());
    }
}
