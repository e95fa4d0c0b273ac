package org.astrolabe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.astrolabe.seeds.SeedCorpus;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The web page in a real browser: starts {@code astrolabe serve} (seeds ingested into a fresh store, a free
 * loopback port), then runs {@code src/test/e2e/ui.e2e.mjs}, which drives Debian's Chromium through
 * playwright-core: search "CMSA", open the entity, find the SUPARCO agreement fact with its evidence,
 * expand the graph, run an example SPARQL query, check the search page fits 1400 px, and curate as a reviewer
 * (confirm and reject in the review queue and on an entity page, merge two entities). Screenshots land in
 * {@code target/e2e-screenshots/}.
 *
 * <p>Installs what it needs: the Node packages ({@code npm ci}) and, as root, Debian's {@code chromium}.
 */
@Tag("browser")
class BrowserEndToEndTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Duration SEEDS_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration BROWSER_TIMEOUT = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The write token the page's reviewer enters when asked (named, so reviews record "e2e-reviewer"). */
    private static final String TOKEN = "e2e-reviewer:" + java.util.UUID.randomUUID();

    private final Path module = Path.of("").toAbsolutePath();
    private final Path e2e = module.resolve("src/test/e2e");
    private final Path target = module.resolve("target");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void searchEntityGraphAndSparqlWorkInChromium(@TempDir Path store) throws Exception {
        ensureChromium();
        run(e2e, Duration.ofMinutes(5), "npm", "ci", "--no-audit", "--no-fund", "--loglevel=error");

        int port = freePort();
        String base = "http://127.0.0.1:" + port;
        Path serverLog = target.resolve("e2e-server.log");
        Process server = startServer(store, port, serverLog);
        try {
            waitForSeeds(base, server, serverLog);
            Path screenshots = target.resolve("e2e-screenshots");
            Files.createDirectories(screenshots);
            Result browser = run(e2e, BROWSER_TIMEOUT, "node", "ui.e2e.mjs", base, screenshots.toString(), TOKEN);
            System.out.println(browser.output());
            assertThat(browser.exitCode()).as("ui.e2e.mjs failed:%n%s", browser.output()).isZero();
            try (var pngs = Files.list(screenshots)) {
                assertThat(pngs.filter(p -> p.toString().endsWith(".png")).count()).isGreaterThanOrEqualTo(5);
            }
        } finally {
            server.destroy();
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    /** The real command line in its own JVM, the way a user starts it. */
    private Process startServer(Path store, int port, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = List.of(java.toString(), "-Xmx3g", "-cp", classpath, Main.class.getName(),
                "serve", "--store", store.resolve("store").toString(), "--port", Integer.toString(port), "--token", TOKEN);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Waits until the models are loaded and every bundled seed article is in the store. */
    private void waitForSeeds(String base, Process server, Path log) throws Exception {
        Instant deadline = Instant.now().plus(SEEDS_TIMEOUT);
        int seeds = SeedCorpus.articles().size();
        long articles = 0;
        while (Instant.now().isBefore(deadline)) {
            if (!server.isAlive()) {
                throw new AssertionError("astrolabe serve exited with " + server.exitValue() + ":\n" + tail(log));
            }
            JsonNode stats = getJson(base + "/api/stats", false);
            if (stats != null && !stats.path("modelsReady").asBoolean(false)) {
                JsonNode ready = getJson(base + "/ready", true);
                String detail = ready == null ? "" : ready.path("detail").asText("");
                if (detail.startsWith("Extraction is unavailable")) {
                    throw new AssertionError("The server cannot extract, so the seeds cannot be ingested: " + detail + "\n" + tail(log));
                }
            }
            if (stats != null) {
                articles = stats.path("articles").asLong(0);
                if (articles >= seeds) {
                    System.out.println("[e2e] server ready at " + base + " with " + articles + " articles");
                    return;
                }
            }
            Thread.sleep(2000);
        }
        throw new AssertionError(articles + " of " + seeds + " seed articles were ingested within " + SEEDS_TIMEOUT.toMinutes()
                + " min:\n" + tail(log));
    }

    /** The JSON body of a GET, or null while the server does not answer (or answers an error, unless asked for). */
    private JsonNode getJson(String url, boolean evenOnError) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 || evenOnError ? JSON.readTree(response.body()) : null;
        } catch (IOException e) {
            return null; // not listening yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Debian's chromium, installed with apt when missing and we may (CI runs as root). */
    private void ensureChromium() throws Exception {
        if (Files.isExecutable(CHROMIUM)) {
            return;
        }
        String user = run(module, Duration.ofSeconds(10), "id", "-u").output().strip();
        if (!"0".equals(user)) {
            throw new AssertionError(CHROMIUM + " is missing; install Debian's chromium package (apt-get install chromium)");
        }
        Result update = run(module, Duration.ofMinutes(5), "apt-get", "update", "-q");
        assertThat(update.exitCode()).as("apt-get update:%n%s", update.output()).isZero();
        Result install = run(module, Duration.ofMinutes(10), "apt-get", "install", "-y", "-q", "--no-install-recommends", "chromium");
        assertThat(install.exitCode()).as("apt-get install chromium:%n%s", install.output()).isZero();
        assertThat(CHROMIUM).isExecutable();
    }

    private record Result(int exitCode, String output) {}

    private static Result run(Path directory, Duration timeout, String... command) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
        Path output = Files.createTempFile("astrolabe-e2e-", ".log");
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
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no output)";
        }
        List<String> lines = new ArrayList<>(Files.readAllLines(log, StandardCharsets.UTF_8));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
