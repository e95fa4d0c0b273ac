package org.astrolabe.api;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Runs the programs the client tests drive (curl, Python), and installs Debian packages they need. */
final class ExternalProcess {
    private ExternalProcess() {}

    record Result(int exitCode, String output) {}

    /** Runs {@code command} to its end, output and errors together; fails the test past {@code timeout}. */
    static Result run(Path directory, Duration timeout, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        try {
            Path output = Files.createTempFile("astrolabe-process-", ".log");
            try {
                Process process = builder.redirectOutput(output.toFile()).start();
                if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout.toSeconds() + " s:\n"
                            + Files.readString(output, StandardCharsets.UTF_8));
                }
                return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } catch (java.io.IOException e) {
            throw new AssertionError("Cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes sure {@code check} succeeds, installing Debian's {@code packages} with apt when it does not; skips the
     * test, saying why, only when they cannot be installed here (not root, no apt, no package source).
     */
    static void ensureDebianPackages(List<String> check, List<String> packages) {
        Path here = Path.of("").toAbsolutePath();
        if (succeeds(here, check)) {
            return;
        }
        String what = String.join(" ", packages);
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/usr/bin/apt-get")), what + " missing and there is no apt-get to install them");
        Assumptions.assumeTrue("0".equals(run(here, Duration.ofSeconds(10), List.of("id", "-u")).output().strip()),
                what + " missing; installing them needs root: apt-get install " + what);
        Result update = run(here, Duration.ofMinutes(5), List.of("apt-get", "update", "-q"));
        Assumptions.assumeTrue(update.exitCode() == 0, () -> "apt-get update failed, cannot install " + what + ":\n" + update.output());
        List<String> install = new java.util.ArrayList<>(List.of("apt-get", "install", "-y", "-q", "--no-install-recommends"));
        install.addAll(packages);
        Result installed = run(here, Duration.ofMinutes(10), install);
        Assumptions.assumeTrue(installed.exitCode() == 0, () -> "apt-get install " + what + " failed:\n" + installed.output());
        if (!succeeds(here, check)) {
            throw new AssertionError(what + " installed, but " + String.join(" ", check) + " still fails");
        }
    }

    private static boolean succeeds(Path directory, List<String> command) {
        try {
            return run(directory, Duration.ofMinutes(1), command).exitCode() == 0;
        } catch (AssertionError cannotRun) {
            return false;
        }
    }
}
