package org.astrolabe.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.astrolabe.core.store.GraphStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a consistent copy of the whole store as gzipped N-Quads.",
                "Restore by loading it into an empty store (e.g. tdb2.tdbloader --loc DIR FILE)."})
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The backup file, or a folder for a time-stamped file (default: ./data/backups/).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path target = out;
        if (target == null) {
            target = Files.createDirectories(Path.of("data", "backups"));
        }
        PrintWriter err = spec.commandLine().getErr();
        try (GraphStore graph = store.openExistingForStreaming()) {
            Path file = graph.backup(target);
            err.println("backup of " + store.folder() + " written to " + file + " (" + CompactCommand.megabytes(Files.size(file)) + ")");
        }
        err.flush();
        return 0;
    }
}
