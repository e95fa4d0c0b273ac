package org.astrolabe.extractor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Fact;
import org.astrolabe.extractor.gazetteer.Names;
import org.astrolabe.ontology.KG;

/** Test helpers: extract with the shared pipeline and find facts by the names of their entities. */
public final class ExtractionAssertions {
    private ExtractionAssertions() {}

    public static ExtractionResult extract(String text, LocalDate date) {
        return CoreNlpExtractor.shared().extract(new Article("test", null, null, date, text));
    }

    public static ExtractionResult extract(String text) {
        return extract(text, LocalDate.of(2025, 3, 14));
    }

    /** The entity one of whose names normalises like {@code name}. */
    public static Optional<ExtractedEntity> entity(ExtractionResult result, String name) {
        String wanted = Names.normalize(name);
        return result.entities().stream()
                .filter(e -> Names.normalize(e.label()).equals(wanted) || e.altLabels().stream().anyMatch(a -> Names.normalize(a).equals(wanted)))
                .findFirst();
    }

    /**
     * Facts with this property whose subject has the given name ({@code *}: any subject, for unnamed
     * agreements) and whose object has the given name or value.
     */
    public static List<Fact> facts(ExtractionResult result, String subject, String property, String object) {
        Optional<ExtractedEntity> o = entity(result, object);
        String propertyIri = KG.NS + property;
        List<String> subjects = subject.equals("*")
                ? result.entities().stream().map(ExtractedEntity::iri).toList()
                : entity(result, subject).map(e -> List.of(e.iri())).orElse(List.of());
        return result.facts().stream()
                .filter(f -> f.propertyIri().equals(propertyIri))
                .filter(f -> subjects.stream().anyMatch(s -> matches(f, s, o, object, symmetric(property))))
                .toList();
    }

    public static boolean has(ExtractionResult result, String subject, String property, String object) {
        return !facts(result, subject, property, object).isEmpty();
    }

    private static boolean matches(Fact f, String subjectIri, Optional<ExtractedEntity> o, String object, boolean symmetric) {
        if (f.object().isLiteral()) {
            return f.subjectIri().equals(subjectIri) && Names.normalize(f.object().getLiteralLexicalForm()).equals(Names.normalize(object));
        }
        if (o.isEmpty()) {
            return false;
        }
        String oi = o.get().iri();
        return (f.subjectIri().equals(subjectIri) && f.object().getURI().equals(oi))
                || (symmetric && f.subjectIri().equals(oi) && f.object().getURI().equals(subjectIri));
    }

    private static boolean symmetric(String property) {
        return property.equals("cooperatesWith") || property.equals("metWith");
    }

    /** A readable dump of the facts, for failure messages. */
    public static String describe(ExtractionResult result) {
        return result.facts().stream().map(f -> label(result, f.subjectIri()) + " " + f.propertyIri().replaceAll(".*#", "") + " "
                + (f.object().isURI() ? label(result, f.object().getURI()) : f.object().getLiteralLexicalForm())
                + " [" + f.evidence().extractor() + "]").collect(Collectors.joining("\n", "facts:\n", "\nentities: "
                + result.entities().stream().map(e -> e.label() + "/" + e.type().replaceAll(".*#", "")).collect(Collectors.joining(", "))));
    }

    private static String label(ExtractionResult result, String iri) {
        return result.entities().stream().filter(e -> e.iri().equals(iri)).map(ExtractedEntity::label).findFirst().orElse(iri);
    }
}
