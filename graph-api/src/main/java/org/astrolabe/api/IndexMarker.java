package org.astrolabe.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Supplier;

/**
 * The file beside an index on disk that says the index was closed in step with the store, and with which state
 * of the store. It exists only between a clean close and the next start: {@link #takeIfCurrent} removes it, so an
 * index left by a crash, or one whose store changed while the server was down, is never mistaken for current.
 */
final class IndexMarker {
    static final String FILE_NAME = "in-step-with-store.txt";
    /** Changes when what the index holds or how it is analysed changes, so that an older index is rebuilt. */
    private static final String FORMAT = "entity-index 1";

    private final Path file;
    private final Supplier<String> state;

    /** {@code state} reads what the index must have been built from: the store's committed state and anything else it depends on. */
    IndexMarker(Path file, Supplier<String> state) {
        this.file = file;
        this.state = state;
    }

    /** True if the marker says the index matches the current state; the marker is removed either way. */
    boolean takeIfCurrent() {
        try {
            if (!Files.exists(file)) {
                return false;
            }
            String recorded = Files.readString(file, StandardCharsets.UTF_8);
            Files.delete(file);
            return recorded.equals(content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records that the index now matches the current state (written whole, then moved into place). */
    void record() {
        try {
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.writeString(partial, content(), StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String content() {
        return FORMAT + "\n" + state.get() + "\n";
    }
}
