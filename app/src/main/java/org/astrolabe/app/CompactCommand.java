package org.astrolabe.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.astrolabe.core.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Reclaims the disk space that re-ingest and delete leave behind (TDB2 only grows until compacted).",
                "Copies the live data into a new generation and deletes the old one; needs free space for one copy."})
public final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        long before = size(store.folder());
        err.println("compacting " + store.folder() + " (" + megabytes(before) + ")...");
        err.flush();
        try (GraphStore graph = store.openExisting()) {
            graph.compact();
        }
        err.println("compacted " + store.folder() + ": " + megabytes(before) + " -> " + megabytes(size(store.folder())));
        err.flush();
        return 0;
    }

    static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String megabytes(long bytes) {
        return String.format("%.1f MB", bytes / 1e6);
    }
}
