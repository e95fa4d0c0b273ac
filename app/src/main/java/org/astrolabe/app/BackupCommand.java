package org.astrolabe.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.StoreInUseException;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Writes a consistent copy of the whole store as gzipped N-Quads.",
                "With --server, the running server writes it into its backup folder (serve --backups) while it goes on serving.",
                "Restore by loading it into an empty store (e.g. tdb2.tdbloader --loc DIR FILE)."})
public final class BackupCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    ServerOption server;

    @Option(names = "--out", paramLabel = "FILE",
            description = "The backup file, or a folder for a time-stamped file (default: ./data/backups/).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (server.given()) {
            return throughServer();
        }
        Path target = out;
        if (target == null) {
            target = Files.createDirectories(Path.of("data", "backups"));
        }
        PrintWriter err = spec.commandLine().getErr();
        try (GraphStore graph = store.openExistingForStreaming()) {
            Path file = graph.backup(target);
            err.println("backup of " + store.folder() + " written to " + file + " (" + CompactCommand.megabytes(Files.size(file)) + ")");
        } catch (StoreInUseException e) {
            throw ServerOption.withHint(e, "back up");
        }
        err.flush();
        return 0;
    }

    private int throughServer() throws InterruptedException {
        var parsed = spec.commandLine().getParseResult();
        if (parsed.hasMatchedOption("--out") || parsed.hasMatchedOption("--store")) {
            throw new ParameterException(spec.commandLine(),
                    "--server backs up the store the server holds into its own backup folder (serve --backups): drop --store and --out");
        }
        PrintWriter err = spec.commandLine().getErr();
        JsonNode task = server.client().run("backup", err);
        if (!"succeeded".equals(task.path("state").asText())) {
            err.println("astrolabe backup: the server's backup failed: " + task.path("error").asText("no reason given"));
            err.flush();
            return 1;
        }
        JsonNode result = task.path("result");
        err.println("backup of " + server.url + " written on the server to " + result.path("file").asText() + " ("
                + result.path("quads").asLong() + " quads, " + CompactCommand.megabytes(result.path("bytes").asLong()) + ")");
        err.flush();
        return 0;
    }
}
