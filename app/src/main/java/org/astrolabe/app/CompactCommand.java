package org.astrolabe.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.StoreInUseException;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Reclaims the disk space that re-ingest and delete leave behind (TDB2 only grows until compacted).",
                "Copies the live data into a new generation and deletes the old one; needs free space for one copy.",
                "With --server, the running server compacts the store it holds; reads go on, writes wait for the copy."})
public final class CompactCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    ServerOption server;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (server.given()) {
            return throughServer();
        }
        PrintWriter err = spec.commandLine().getErr();
        long before = size(store.folder());
        err.println("compacting " + store.folder() + " (" + megabytes(before) + ")...");
        err.flush();
        try (GraphStore graph = store.openExisting()) {
            graph.compact();
        } catch (StoreInUseException e) {
            throw ServerOption.withHint(e, "compact");
        }
        err.println("compacted " + store.folder() + ": " + megabytes(before) + " -> " + megabytes(size(store.folder())));
        err.flush();
        return 0;
    }

    private int throughServer() throws InterruptedException {
        if (spec.commandLine().getParseResult().hasMatchedOption("--store")) {
            throw new ParameterException(spec.commandLine(), "--server compacts the store the server holds: drop --store");
        }
        PrintWriter err = spec.commandLine().getErr();
        JsonNode task = server.client().run("compact", err);
        if (!"succeeded".equals(task.path("state").asText())) {
            err.println("astrolabe compact: the server's compaction failed: " + task.path("error").asText("no reason given"));
            err.flush();
            return 1;
        }
        JsonNode result = task.path("result");
        err.println("compacted the store of " + server.url + (result.has("bytesBefore")
                ? ": " + megabytes(result.path("bytesBefore").asLong()) + " -> " + megabytes(result.path("bytesAfter").asLong())
                : " (it has no files of its own to shrink)"));
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
