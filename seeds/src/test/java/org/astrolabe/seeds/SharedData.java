package org.astrolabe.seeds;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * The team's shared data folder, {@code ../shared} next to the repository (corpora, gold files, the
 * official scorer). Tests that need it are skipped, saying why, when it is absent.
 */
public final class SharedData {
    private SharedData() {}

    /** The repository root: the first folder upwards from the working directory holding {@code run-tests}. */
    public static Path repositoryRoot() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("run-tests")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        return Path.of("").toAbsolutePath();
    }

    /** {@code ../shared/<relative>}, or the test is skipped with a message naming what is missing. */
    public static Path require(String relative, String why) {
        Path path = repositoryRoot().resolveSibling("shared").resolve(relative).normalize();
        Assumptions.assumeTrue(Files.exists(path), () -> "skipped: " + path + " is absent (" + why + ")");
        return path;
    }
}
