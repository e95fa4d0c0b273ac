package org.astrolabe.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A Java program run in its own JVM, with its own classpath and heap, output going to a log file. Closing
 * it ends the process (and only it). Used for the servers under test and for the baselines' command-line
 * tools, so each runs with the classpath its users would have.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final Path log;
    private final long startNanos;

    private ChildJvm(Process process, Path log, long startNanos) {
        this.process = process;
        this.log = log;
        this.startNanos = startNanos;
    }

    /** Starts {@code mainClass} with the classpath, JVM options and arguments; stdout and stderr go to {@code log}. */
    public static ChildJvm start(String classpath, List<String> jvmOptions, String mainClass, List<String> args, Path log)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classpath);
        command.add(mainClass);
        command.addAll(args);
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        long start = System.nanoTime();
        return new ChildJvm(builder.start(), log, start);
    }

    /** Runs a program to completion, bounded in time; returns its exit code. */
    public static int run(String classpath, List<String> jvmOptions, String mainClass, List<String> args, Path log,
                          long timeoutSeconds) throws IOException, InterruptedException {
        try (ChildJvm child = start(classpath, jvmOptions, mainClass, args, log)) {
            if (!child.process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new IOException(mainClass + " did not finish within " + timeoutSeconds + " s (log: " + log + ")");
            }
            return child.process.exitValue();
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    public double secondsSinceStart() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    public long startNanos() {
        return startNanos;
    }

    /** Peak resident set size so far (VmHWM), in bytes, read from /proc; empty when not available. */
    public OptionalLong peakRssBytes() {
        return ProcStatus.kilobytes(process.pid(), "VmHWM").stream().map(kb -> kb * 1024).findFirst();
    }

    /** The last lines of the log, for error messages. */
    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
