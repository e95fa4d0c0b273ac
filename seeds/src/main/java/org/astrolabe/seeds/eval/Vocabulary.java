package org.astrolabe.seeds.eval;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Property;
import org.astrolabe.ontology.KG;

/** The properties a fact can have in the vocabulary, as the evaluation counts them. */
final class Vocabulary {
    static final Set<String> SYMMETRIC = Set.of(KG.cooperatesWith.getURI(), KG.metWith.getURI());

    static final Set<String> FACT_PROPERTIES = Stream.of(
                    KG.party, KG.concerns, KG.payloadOf, KG.developedBy, KG.operatedBy, KG.destination, KG.launchVehicle,
                    KG.launchSite, KG.participatesIn, KG.cooperatesWith, KG.country, KG.headquarteredIn, KG.locatedIn,
                    KG.memberOf, KG.leaderOf, KG.nationality, KG.metWith,
                    KG.title, KG.signedOn, KG.launchDate, KG.validFrom, KG.validUntil, KG.date)
            .map(Property::getURI).collect(Collectors.toUnmodifiableSet());

    private Vocabulary() {}
}
