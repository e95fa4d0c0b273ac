package org.astrolabe.bench.harness;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every section needs: the run's settings (quick or full), where the project and the scratch space
 * are, the result table, progress output, and the classpaths of the child JVMs.
 */
public final class BenchContext {
    private final boolean quick;
    private final Path home;
    private final Path work;
    private final ResultTable table = new ResultTable();
    private final boolean profile;
    private final String heap;
    private final List<String> serverOptions;
    private final Path corpus;
    private final Map<String, List<Profiles.Hotspot>> hotspots = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    /**
     * @param heap          the {@code -Xmx} of each server under test
     * @param serverOptions the other JVM options of each server under test (GC), as the launcher starts {@code serve}
     */
    public BenchContext(boolean quick, Path home, Path work, boolean profile, String heap, List<String> serverOptions, Path corpus) {
        this.quick = quick;
        this.home = home.toAbsolutePath().normalize();
        this.work = work.toAbsolutePath().normalize();
        this.profile = profile;
        this.heap = heap;
        this.serverOptions = List.copyOf(serverOptions);
        this.corpus = corpus;
    }

    public boolean quick() {
        return quick;
    }

    /** {@code full} in a full run, {@code quick} with --quick. */
    public int size(int full, int quick) {
        return this.quick ? quick : full;
    }

    public Duration time(int fullSeconds, int quickSeconds) {
        return Duration.ofSeconds(quick ? quickSeconds : fullSeconds);
    }

    public Path home() {
        return home;
    }

    /** A scratch folder for one purpose, created if needed. */
    public Path work(String name) throws IOException {
        return Files.createDirectories(work.resolve(name));
    }

    public ResultTable table() {
        return table;
    }

    public boolean profile() {
        return profile;
    }

    /** The heap given to each server under test (the same for Astrolabe and the baseline). */
    public String heap() {
        return heap;
    }

    /** The JVM options of each server under test, the heap first: Astrolabe's and the baseline's are the same. */
    public List<String> serverJvm() {
        List<String> options = new ArrayList<>();
        options.add("-Xmx" + heap);
        options.addAll(serverOptions);
        return options;
    }

    /** A folder of extra plain-text articles (the seeds), or null. */
    public Path corpus() {
        return corpus;
    }

    public synchronized void hotspots(String what, List<Profiles.Hotspot> hot) {
        hotspots.put(what, hot);
    }

    public synchronized Map<String, List<Profiles.Hotspot>> hotspots() {
        return new LinkedHashMap<>(hotspots);
    }

    /** A remark for the report (something skipped, a caveat of this run). */
    public synchronized void note(String note) {
        notes.add(note);
        log("note: " + note);
    }

    public synchronized List<String> notes() {
        return List.copyOf(notes);
    }

    public void log(String message) {
        System.err.println("[" + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + message);
    }

    /** This JVM's classpath: the harness with Fuseki and the Jena command-line tools, without the server's Jetty. */
    public String benchClasspath() {
        return System.getProperty("java.class.path");
    }

    /** The application's classpath, as the {@code astrolabe} launcher runs it. */
    public String appClasspath() throws Components.Missing {
        Path jar = home.resolve("app/target/astrolabe.jar");
        Path lib = home.resolve("app/target/lib");
        if (!Files.isRegularFile(jar) || !Files.isDirectory(lib)) {
            throw new Components.Missing("the application is not built (" + home.relativize(jar)
                    + "); build it with: mvn -q -DskipTests -pl app -am package");
        }
        return jar + File.pathSeparator + lib + File.separator + "*";
    }
}
