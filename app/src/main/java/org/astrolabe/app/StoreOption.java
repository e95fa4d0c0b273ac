package org.astrolabe.app;

import java.nio.file.Files;
import java.nio.file.Path;

import org.astrolabe.core.store.StoreException;
import org.astrolabe.core.store.Tdb2GraphStore;

import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that work on a store. */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "./data/store",
            description = "The store folder (default: ${DEFAULT-VALUE}).")
    Path folder;

    public Path folder() {
        return folder;
    }

    /** Opens the store, creating it if the folder is new (for commands that add to it). */
    public Tdb2GraphStore openOrCreate() {
        return Tdb2GraphStore.open(folder);
    }

    /** Opens an existing store; fails with a one-line reason if there is none in the folder. */
    public Tdb2GraphStore openExisting() {
        requireStore();
        return Tdb2GraphStore.open(folder);
    }

    /** Opens an existing store for one pass over all of it (export, backup): small caches, small heap. */
    public Tdb2GraphStore openExistingForStreaming() {
        requireStore();
        return Tdb2GraphStore.openForStreaming(folder);
    }

    private void requireStore() {
        if (!Files.exists(folder) || (Files.isDirectory(folder) && !Tdb2GraphStore.exists(folder))) {
            throw new StoreException("no store at " + folder + " (ingest articles first, or give --store DIR)");
        }
    }
}
