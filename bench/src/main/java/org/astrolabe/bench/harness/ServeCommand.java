package org.astrolabe.bench.harness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the bench starts {@code astrolabe serve} as the launcher does: the command's arguments with the store and
 * port filled in, and the JVM options the launcher gives it, from its class-data archive when it made one.
 */
public final class ServeCommand {
    private ServeCommand() {
    }

    /** The arguments of {@code template} (for example "serve --store {store} --port {port}") with both filled in. */
    public static List<String> arguments(String template, Path store, int port) {
        List<String> args = new ArrayList<>();
        for (String a : template.trim().split("\\s+")) {
            args.add(a.replace("{store}", store.toString()).replace("{port}", Integer.toString(port)));
        }
        return args;
    }

    /** The launcher's JVM options for {@code serve}, with its start-up archive when it made one. */
    public static List<String> jvmOptions(BenchContext ctx) {
        List<String> jvm = new ArrayList<>(ctx.serverJvm());
        archiveOption().ifPresent(jvm::add);
        return jvm;
    }

    /** {@code -XX:SharedArchiveFile=...} when the launcher passed an archive that exists. */
    public static Optional<String> archiveOption() {
        String archive = System.getProperty("astrolabe.serve.archive", "");
        return !archive.isBlank() && Files.isRegularFile(Path.of(archive))
                ? Optional.of("-XX:SharedArchiveFile=" + archive) : Optional.empty();
    }
}
