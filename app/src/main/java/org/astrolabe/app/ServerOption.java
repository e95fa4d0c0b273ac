package org.astrolabe.app;

import java.time.Duration;

import org.astrolabe.core.store.StoreInUseException;

import picocli.CommandLine.Option;

/**
 * The {@code --server URL} and {@code --token T} options of the commands that can also ask a running
 * {@code astrolabe serve} to do their work on the store it holds (backup, compact).
 */
public final class ServerOption {
    @Option(names = "--server", paramLabel = "URL",
            description = "Ask the astrolabe server at URL (e.g. http://127.0.0.1:8080) to do it on the store it serves, "
                    + "instead of opening --store (which a running server holds).")
    String url;

    @Option(names = "--token", paramLabel = "T", defaultValue = "${env:ASTROLABE_TOKEN}",
            description = "The server's write token, with --server (default: the ASTROLABE_TOKEN environment variable).")
    String token;

    /** True when the work goes through a server. */
    boolean given() {
        return url != null;
    }

    ServerTaskClient client() {
        return new ServerTaskClient(url, token, Duration.ofSeconds(1));
    }

    /** The reason a store cannot be opened, with the way around it when a server holds it. */
    static StoreInUseException withHint(StoreInUseException e, String command) {
        return new StoreInUseException(e.getMessage() + "; to " + command + " it while it is served, add --server URL (and --token)",
                e.pid(), e);
    }
}
