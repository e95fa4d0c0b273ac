package org.astrolabe.extractor.learn;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.astrolabe.extractor.rules.PropertySignatures;

/**
 * The labels the relation classifier chooses from: the entity-to-entity properties of the vocabulary
 * (agreement parties and subjects excepted: {@code rules.AgreementBuilder} builds agreements) and
 * {@link #NONE}; for a mission or spacecraft and a date, {@link #LAUNCH_DATE}.
 */
public final class RelationLabels {
    public static final String NONE = "NONE";
    /** In a fixed order: the order of labels in training and in the weights file. */
    public static final List<String> PROPERTIES = List.of("payloadOf", "developedBy", "operatedBy", "destination",
            "launchVehicle", "launchSite", "participatesIn", "cooperatesWith", "country", "headquarteredIn", "locatedIn",
            "memberOf", "leaderOf", "nationality", "metWith");

    /** The literal property the classifier reads from a mission or spacecraft and a date of its sentence. */
    public static final String LAUNCH_DATE = "launchDate";
    /** Every label but NONE: the entity-to-entity properties, then the literal one. */
    public static final List<String> ALL = Stream.concat(PROPERTIES.stream(), Stream.of(LAUNCH_DATE)).toList();

    private RelationLabels() {}

    /** The properties a subject and an object of these classes (IRIs) may have between them, in label order. */
    public static List<String> allowed(String subjectClassIri, String objectClassIri) {
        List<String> out = new ArrayList<>();
        for (String p : PROPERTIES) {
            if (PropertySignatures.allowsSubject(p, subjectClassIri) && PropertySignatures.allowsObject(p, objectClassIri)) {
                out.add(p);
            }
        }
        return out;
    }
}
