package org.astrolabe.bench.sections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.query.QueryFactory;
import org.astrolabe.core.model.ExtractedEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScalingSectionTest {

    @Test
    void theLookupBaselineIsValidSparqlNamingTheEntity() {
        ExtractedEntity e = new ExtractedEntity("http://example.org/e/1", "http://example.org/C", "Institute of \"Orion\" Technology 7",
                Set.of(), Set.of());
        String query = ScalingSection.labelLookup(e);
        QueryFactory.create(query);
        assertThat(query).contains("rdfs:label \"Institute of \\\"Orion\\\" Technology 7\"@en");
    }

    @Test
    void lastLineOfALargeOutputIsItsLastNonEmptyLine(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("dump.nq");
        Files.writeString(out, "<a> <b> <c> <g> .\n".repeat(1000) + "java.lang.OutOfMemoryError: Java heap space\n\n");
        assertThat(ScalingSection.lastLine(out)).isEqualTo("java.lang.OutOfMemoryError: Java heap space");
        Files.writeString(out, "one line");
        assertThat(ScalingSection.lastLine(out)).isEqualTo("one line");
    }
}
