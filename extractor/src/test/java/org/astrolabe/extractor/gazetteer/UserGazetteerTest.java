package org.astrolabe.extractor.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's gazetteer file merged with the shipped one. */
class UserGazetteerTest {
    static final String PREFIXES = """
            @prefix gaz:  <https://w3id.org/astrolabe/gazetteer#> .
            @prefix kg:   <https://w3id.org/astrolabe/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            """;

    @TempDir
    Path dir;

    @Test
    void newEntriesAreAddedAndKnownOnesGainNames() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.ttl"), PREFIXES + """
                gaz:vantor-orbital a kg:SpaceAgency ; rdfs:label "Vantor Orbital Authority"@en ; skos:altLabel "VOA"@en .
                gaz:suparco rdfs:label "Pakistan Space Commission"@en ; a kg:Company .
                """);

        Gazetteer merged = Gazetteer.load(List.of(file));

        assertThat(merged.lookup("VOA")).get().satisfies(e -> {
            assertThat(e.key()).isEqualTo("vantor-orbital");
            assertThat(e.type()).isEqualTo(KG.SpaceAgency.getURI());
        });
        GazetteerEntry suparco = merged.byKey("suparco").orElseThrow();
        assertThat(merged.lookup("Pakistan Space Commission")).get().isEqualTo(suparco);
        assertThat(suparco.label()).isEqualTo(Gazetteer.load().byKey("suparco").orElseThrow().label());
        assertThat(suparco.type()).isEqualTo(KG.SpaceAgency.getURI());
        assertThat(merged.entries()).hasSize(Gazetteer.load().entries().size() + 1);
    }

    @Test
    void aBadFileIsReportedOnOneLineNamingItAndTheProblem() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.ttl"), PREFIXES + "gaz:x a kg:SpaceAgency ;\n    rdfs:label \"X\"@en ; nope:y 1 .\n");
        Path missing = dir.resolve("missing.ttl");

        assertThatThrownBy(() -> Gazetteer.load(List.of(broken)))
                .isInstanceOf(Gazetteer.GazetteerFileException.class)
                .hasMessageStartingWith("gazetteer " + broken + ": not valid Turtle: ")
                .hasMessageContaining("line")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        assertThatThrownBy(() -> Gazetteer.load(List.of(missing))).hasMessage("gazetteer " + missing + ": no such file");
    }
}
