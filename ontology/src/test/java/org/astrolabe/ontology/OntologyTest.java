package org.astrolabe.ontology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.graph.Graph;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class OntologyTest {
    private static final Model ONTOLOGY = Ontology.model();

    /** Every kg: term named in the vocabulary contract (a copy of its tables, kept beside this test). */
    private static List<String> contractTerms() throws IOException {
        String spec;
        try (InputStream in = OntologyTest.class.getResourceAsStream("/ontology-contract.md")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> terms = new ArrayList<>();
        Matcher m = Pattern.compile("`kg:([A-Za-z]+)`").matcher(spec);
        while (m.find()) {
            if (!terms.contains(m.group(1))) {
                terms.add(m.group(1));
            }
        }
        return terms;
    }

    @Test
    void declaresEveryTermOfTheContractWithLabelAndComment() throws IOException {
        List<String> terms = contractTerms();
        assertThat(terms).hasSizeGreaterThan(40);
        for (String local : terms) {
            Resource term = ONTOLOGY.getResource(KG.NS + local);
            assertThat(ONTOLOGY.contains(term, RDF.type)).as("kg:%s is declared", local).isTrue();
            assertThat(ONTOLOGY.contains(term, RDFS.label)).as("kg:%s has a label", local).isTrue();
            assertThat(ONTOLOGY.contains(term, RDFS.comment)).as("kg:%s has a comment", local).isTrue();
        }
    }

    @Test
    void everyPropertyOfTheContractHasADomain() throws IOException {
        for (String local : contractTerms()) {
            Resource term = ONTOLOGY.getResource(KG.NS + local);
            boolean isProperty = ONTOLOGY.contains(term, RDF.type, OWL.ObjectProperty)
                    || ONTOLOGY.contains(term, RDF.type, OWL.DatatypeProperty);
            if (isProperty && !local.equals("date")) {
                assertThat(ONTOLOGY.contains(term, RDFS.domain)).as("kg:%s has a domain", local).isTrue();
            }
        }
    }

    @Test
    void symmetricAndTransitivePropertiesAreMarked() {
        assertThat(ONTOLOGY.contains(KG.cooperatesWith, RDF.type, OWL.SymmetricProperty)).isTrue();
        assertThat(ONTOLOGY.contains(KG.metWith, RDF.type, OWL.SymmetricProperty)).isTrue();
        assertThat(ONTOLOGY.contains(KG.locatedIn, RDF.type, OWL.TransitiveProperty)).isTrue();
        assertThat(ONTOLOGY.contains(KG.party, RDF.type, OWL.SymmetricProperty)).isFalse();
    }

    @Test
    void everyConstantOfTheVocabularyClassIsDeclaredInTheTurtle() throws IllegalAccessException {
        for (Field field : KG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                Resource term = (Resource) field.get(null);
                assertThat(ONTOLOGY.contains(term, RDF.type)).as("KG.%s is declared", field.getName()).isTrue();
            }
        }
    }

    @Test
    void classHierarchyGoesUpToEntity() {
        assertThat(ClassHierarchy.selfAndSuperclasses(KG.SpaceAgency.getURI()))
                .containsExactly(KG.SpaceAgency.getURI(), KG.Organization.getURI(), KG.Entity.getURI());
        assertThat(ClassHierarchy.isA(KG.Rover.getURI(), KG.Spacecraft.getURI())).isTrue();
        assertThat(ClassHierarchy.isA(KG.Country.getURI(), KG.Organization.getURI())).isFalse();
    }

    @Test
    void aWellFormedGraphConformsToTheShapes() {
        ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), load("valid-graph.ttl"));
        assertThat(report.conforms()).as(describe(report)).isTrue();
    }

    @Test
    void aPersonAsHeadquartersAndAFactWithoutConfidenceAreViolations() {
        ValidationReport report = ShaclValidator.get().validate(Ontology.shapes(), load("invalid-graph.ttl"));
        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries())
                .extracting(e -> e.focusNode().getURI() + " " + e.message())
                .anySatisfy(line -> assertThat(line).contains("galaxyspace").contains("headquartered in a city"))
                .anySatisfy(line -> assertThat(line).contains("fact/1").contains("confidence"))
                .anySatisfy(line -> assertThat(line).contains("xu-ming").contains("exactly one rdfs:label"));
    }

    private static Graph load(String resource) {
        return RDFParser.source(OntologyTest.class.getResourceAsStream("/" + resource)).lang(Lang.TURTLE).toGraph();
    }

    private static String describe(ValidationReport report) {
        StringBuilder sb = new StringBuilder();
        for (ReportEntry e : report.getEntries()) {
            sb.append(e.focusNode()).append(' ').append(e.resultPath()).append(": ").append(e.message()).append('\n');
        }
        return sb.toString();
    }
}
