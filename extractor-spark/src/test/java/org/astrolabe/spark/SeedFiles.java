package org.astrolabe.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.astrolabe.seeds.SeedCorpus;

/** The bundled seed pages as files: Spark reads folders, and the corpus may sit inside a jar. */
final class SeedFiles {
    private SeedFiles() {}

    static Path copyTo(Path dir) throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("seed-corpus"));
        for (String name : SeedCorpus.pageNames()) {
            Files.writeString(corpus.resolve(name), SeedCorpus.page(name), StandardCharsets.UTF_8);
        }
        return corpus;
    }
}
