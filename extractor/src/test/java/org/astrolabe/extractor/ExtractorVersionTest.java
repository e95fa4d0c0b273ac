package org.astrolabe.extractor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extractor's version names what it extracts with, user gazetteers included, by content. */
class ExtractorVersionTest {

    @Test
    void changesWithTheContentOfAUserGazetteerNotItsName(@TempDir Path dir) throws IOException {
        Path a = Files.writeString(dir.resolve("a.ttl"), "# one\n");
        Path b = Files.writeString(dir.resolve("b.ttl"), "# one\n");
        String bundledOnly = CoreNlpExtractor.versionWith(List.of());

        assertThat(CoreNlpExtractor.versionWith(List.of(a))).isNotEqualTo(bundledOnly).isEqualTo(CoreNlpExtractor.versionWith(List.of(b)));
        Files.writeString(a, "# two\n");
        assertThat(CoreNlpExtractor.versionWith(List.of(a))).isNotEqualTo(CoreNlpExtractor.versionWith(List.of(b)));
    }

    @Test
    void includesTheExtractorsCodeAndIsStable() {
        byte[] code = CodeFingerprint.ofExtractorClasses();
        assertThat(code).hasSize(32).isEqualTo(CodeFingerprint.ofExtractorClasses());
        assertThat(CoreNlpExtractor.versionWith(List.of())).isEqualTo(CoreNlpExtractor.versionWith(List.of()));
    }
}
