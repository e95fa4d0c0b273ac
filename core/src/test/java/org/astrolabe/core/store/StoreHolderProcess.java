package org.astrolabe.core.store;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A child process for tests: opens the TDB2 store in {@code args[0]}, prints "open" and keeps it open until
 * its standard input closes.
 */
public final class StoreHolderProcess {
    private StoreHolderProcess() {}

    public static void main(String[] args) throws IOException {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our input
            }
        }
    }

    /** Starts the holder on {@code folder} and returns once it reports the store open. */
    public static Process start(Path folder) throws IOException {
        Process process = new ProcessBuilder(javaBinary(), "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                StoreHolderProcess.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String line = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream())).readLine();
        if (!"open".equals(line)) {
            process.destroyForcibly();
            throw new IOException("the store holder did not start: " + line);
        }
        return process;
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
