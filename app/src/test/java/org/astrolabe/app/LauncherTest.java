package org.astrolabe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options the {@code astrolabe} launcher starts each command with: {@code serve}'s heap and GC, the other
 * commands' heap, {@code ASTROLABE_HEAP} over both, and the bench measuring {@code serve} with exactly the
 * launcher's settings. The launcher runs for real, with stand-ins for {@code java} (printing what it was given)
 * and {@code mvn} (building nothing) first on the PATH.
 */
class LauncherTest {
    private static final Path LAUNCHER = Path.of("..", "astrolabe").toAbsolutePath().normalize();

    @TempDir
    Path bin;

    @BeforeEach
    void standIns() throws IOException {
        script("java", "#!/bin/sh\nfor a in \"$@\"; do echo \"$a\"; done\n");
        script("mvn", "#!/bin/sh\nexit 0\n");
    }

    @Test
    void serveRunsWithItsOwnHeapAndG1MarkingLate() throws Exception {
        List<String> java = launch(Map.of(), "serve", "--store", "somewhere");

        assertThat(java).contains("-Xmx2g", "-XX:+UseG1GC", "-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=70",
                "-XX:MaxGCPauseMillis=50");
        assertThat(java).containsSubsequence("org.astrolabe.app.Main", "serve", "--store", "somewhere");
        assertThat(java.stream().filter(a -> a.startsWith("-Xmx"))).containsExactly("-Xmx2g");
    }

    @Test
    void otherCommandsKeepTheLargerHeap() throws Exception {
        List<String> java = launch(Map.of(), "ingest", "articles/");

        assertThat(java.stream().filter(a -> a.startsWith("-Xmx"))).containsExactly("-Xmx6g");
        assertThat(java).containsSubsequence("org.astrolabe.app.Main", "ingest", "articles/");
    }

    @Test
    void astrolabeHeapOverridesEveryCommandsDefault() throws Exception {
        assertThat(launch(Map.of("ASTROLABE_HEAP", "3g"), "serve")).contains("-Xmx3g").doesNotContain("-Xmx2g");
        assertThat(launch(Map.of("ASTROLABE_HEAP", "3g"), "ingest", "x")).contains("-Xmx3g").doesNotContain("-Xmx6g");
    }

    @Test
    void userSettingsWin() throws Exception {
        List<String> java = launch(Map.of("JAVA_OPTS", "-XX:+UseSerialGC -XX:MaxMetaspaceSize=256m"), "serve");

        // The JVM refuses two collectors: the user's choice replaces G1 and its settings.
        assertThat(java).contains("-XX:+UseSerialGC", "-XX:MaxMetaspaceSize=256m").doesNotContain("-XX:+UseG1GC", "-XX:-G1UseAdaptiveIHOP");
        assertThat(launch(Map.of("JAVA_OPTS", "-XX:+UseStringDeduplication -XX:+DisableExplicitGC"), "serve"))
                .contains("-XX:+UseG1GC", "-XX:InitiatingHeapOccupancyPercent=70", "-XX:+UseStringDeduplication", "-XX:+DisableExplicitGC");
    }

    @Test
    void benchStartsServeWithTheLaunchersHeapAndOptions() throws Exception {
        assertThat(launch(Map.of(), "bench", "--quick"))
                .contains("-Dastrolabe.serve.heap=2g",
                        "-Dastrolabe.serve.jvm=-XX:+UseG1GC -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=70 -XX:MaxGCPauseMillis=50")
                .containsSubsequence("org.astrolabe.bench.BenchMain", "--quick");
        assertThat(launch(Map.of("ASTROLABE_HEAP", "3g"), "bench")).contains("-Dastrolabe.serve.heap=3g");
    }

    /** Runs the launcher with the stand-ins; returns the stand-in java's arguments, one per element. */
    private List<String> launch(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        Map<String, String> env = builder.environment();
        env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("ASTROLABE_CDS", "0"); // no training run of serve: the stand-in java could not make an archive
        env.remove("ASTROLABE_HEAP");
        env.remove("JAVA_OPTS");
        env.putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("launcher finished").isTrue();
        assertThat(process.exitValue()).as("launcher exit status; output:\n" + output).isZero();
        return output.lines().toList();
    }

    private void script(String name, String text) throws IOException {
        Path file = bin.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
