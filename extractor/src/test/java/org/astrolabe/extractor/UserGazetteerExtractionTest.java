package org.astrolabe.extractor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A user's gazetteer makes an agency the models cannot know an entity of its class. The extractor is its
 * own instance (the shared one has no user gazetteer); CoreNLP reuses the loaded models across pipelines.
 */
@Tag("models")
class UserGazetteerExtractionTest {
    @TempDir
    Path dir;

    @Test
    void anInventedAgencyInTheUsersGazetteerIsRecognised() throws IOException {
        Path file = Files.writeString(dir.resolve("agencies.ttl"), """
                @prefix gaz:  <https://w3id.org/astrolabe/gazetteer#> .
                @prefix kg:   <https://w3id.org/astrolabe/ontology#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                gaz:qorvanth a kg:SpaceAgency ; rdfs:label "Qorvanth Orbital Directorate"@en ; skos:altLabel "QOD"@en .
                """);
        String text = "Engineers of the Qorvanth Orbital Directorate tested a new antenna this week. QOD said more tests follow.";

        CoreNlpExtractor extractor = new CoreNlpExtractor(Iris.defaults(), List.of(file));
        ExtractionResult result = extractor.extract(new Article("test.txt", null, null, LocalDate.of(2025, 5, 2), text));

        ExtractedEntity agency = result.entities().stream().filter(e -> e.label().equals("Qorvanth Orbital Directorate"))
                .findFirst().orElseThrow(() -> new AssertionError(result.entities()));
        assertThat(agency.type()).isEqualTo(KG.SpaceAgency.getURI());
        assertThat(agency.iri()).isEqualTo(Iris.defaults().entity("qorvanth"));
        assertThat(extractor.version()).isNotEqualTo(CoreNlpExtractor.versionWith(List.of()));
    }

    @Test
    void theSharedInstanceRefusesOtherGazetteersOnceLoaded() throws IOException {
        Path file = Files.writeString(dir.resolve("late.ttl"), "@prefix gaz: <https://w3id.org/astrolabe/gazetteer#> .\n");
        CoreNlpExtractor.shared();

        CoreNlpExtractor.useGazetteers(List.of());
        assertThatThrownBy(() -> CoreNlpExtractor.useGazetteers(List.of(file)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already loaded").hasMessageContaining("late.ttl");
    }
}
