package org.astrolabe.ontology;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sys.JenaSystem;

/**
 * The Astrolabe vocabulary as constants, in the style of Jena's {@code RDFS} and {@code SKOS} classes.
 * The Turtle definition with labels, comments, domains and ranges is {@link Ontology#model()}.
 */
public final class KG {
    static {
        // Initialise Jena before the first constant is made: creating a resource during Jena's own start-up
        // (when a command's class touches these constants first) leaves Jena's vocabularies half-built.
        JenaSystem.init();
    }

    /** The namespace of the vocabulary. */
    public static final String NS = "https://w3id.org/astrolabe/ontology#";
    /** The default base of entity, document and fact IRIs. */
    public static final String RESOURCE_BASE = "https://w3id.org/astrolabe/resource/";
    /** The ontology's own IRI. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/astrolabe/ontology";

    private KG() {}

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // classes
    public static final Resource Entity = resource("Entity");
    public static final Resource Person = resource("Person");
    public static final Resource Organization = resource("Organization");
    public static final Resource SpaceAgency = resource("SpaceAgency");
    public static final Resource Company = resource("Company");
    public static final Resource ResearchInstitution = resource("ResearchInstitution");
    public static final Resource GovernmentBody = resource("GovernmentBody");
    public static final Resource Place = resource("Place");
    public static final Resource Country = resource("Country");
    public static final Resource City = resource("City");
    public static final Resource CelestialBody = resource("CelestialBody");
    public static final Resource CelestialSite = resource("CelestialSite");
    public static final Resource Mission = resource("Mission");
    public static final Resource Spacecraft = resource("Spacecraft");
    public static final Resource Satellite = resource("Satellite");
    public static final Resource Rover = resource("Rover");
    public static final Resource SpaceStation = resource("SpaceStation");
    public static final Resource LaunchVehicle = resource("LaunchVehicle");
    public static final Resource Program = resource("Program");
    public static final Resource Agreement = resource("Agreement");
    public static final Resource Document = resource("Document");
    public static final Resource Fact = resource("Fact");
    public static final Resource Mention = resource("Mention");

    // relations between entities
    public static final Property party = property("party");
    public static final Property concerns = property("concerns");
    public static final Property payloadOf = property("payloadOf");
    public static final Property developedBy = property("developedBy");
    public static final Property operatedBy = property("operatedBy");
    public static final Property destination = property("destination");
    public static final Property launchVehicle = property("launchVehicle");
    public static final Property launchSite = property("launchSite");
    public static final Property participatesIn = property("participatesIn");
    public static final Property cooperatesWith = property("cooperatesWith");
    public static final Property country = property("country");
    public static final Property headquarteredIn = property("headquarteredIn");
    public static final Property locatedIn = property("locatedIn");
    public static final Property memberOf = property("memberOf");
    public static final Property leaderOf = property("leaderOf");
    public static final Property nationality = property("nationality");
    public static final Property metWith = property("metWith");

    // literal-valued properties
    public static final Property title = property("title");
    public static final Property signedOn = property("signedOn");
    public static final Property launchDate = property("launchDate");
    public static final Property validFrom = property("validFrom");
    public static final Property validUntil = property("validUntil");
    public static final Property date = property("date");

    // evidence and documents
    public static final Property document = property("document");
    public static final Property sentence = property("sentence");
    public static final Property confidence = property("confidence");
    public static final Property extractor = property("extractor");
    public static final Property refersTo = property("refersTo");
    public static final Property contentHash = property("contentHash");
    public static final Property ingestedAt = property("ingestedAt");
    public static final Property extractorVersion = property("extractorVersion");
    public static final Property sourceName = property("sourceName");

    // curation: reviews and edits, in the curation graph
    public static final Resource Review = resource("Review");
    public static final Resource FactReview = resource("FactReview");
    public static final Resource FactAddition = resource("FactAddition");
    public static final Resource EntityMerge = resource("EntityMerge");
    public static final Resource EntityEdit = resource("EntityEdit");
    public static final Resource Verdict = resource("Verdict");
    public static final Resource Confirmed = resource("Confirmed");
    public static final Resource Rejected = resource("Rejected");
    public static final Property reviewer = property("reviewer");
    public static final Property reviewedAt = property("reviewedAt");
    public static final Property note = property("note");
    public static final Property withdrawnAt = property("withdrawnAt");
    public static final Property withdrawnBy = property("withdrawnBy");
    public static final Property verdict = property("verdict");
    public static final Property reviewedSubject = property("reviewedSubject");
    public static final Property reviewedProperty = property("reviewedProperty");
    public static final Property reviewedObject = property("reviewedObject");
    public static final Property reviewedDocument = property("reviewedDocument");
    public static final Property addedFact = property("addedFact");
    public static final Property mergedEntity = property("mergedEntity");
    public static final Property survivor = property("survivor");
    public static final Property editedEntity = property("editedEntity");
    public static final Property newLabel = property("newLabel");
    public static final Property newClass = property("newClass");
    public static final Property addedAlias = property("addedAlias");
    public static final Property removedAlias = property("removedAlias");
    public static final Property addedLink = property("addedLink");
    public static final Property previousLabel = property("previousLabel");
    public static final Property previousClass = property("previousClass");
}
