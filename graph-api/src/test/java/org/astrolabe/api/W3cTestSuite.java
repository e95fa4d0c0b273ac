package org.astrolabe.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the W3C SPARQL 1.1 test manifests, kept beside the repository in {@code ../shared/w3c/sparql11/} (not
 * in it: they are W3C documents under their own licence). Tests run with a module folder as working folder,
 * so the search walks up until the folder's parent holds {@code shared/w3c}.
 */
final class W3cTestSuite {
    static final String LOCATION = "../shared/w3c/sparql11/";

    private W3cTestSuite() {}

    static Optional<Path> folder() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null && dir.getParent() != null; dir = dir.getParent()) {
            Path candidate = dir.getParent().resolve("shared/w3c/sparql11");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
