package org.astrolabe.reliability.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code astrolabe serve} as an operator runs it: the real main class ({@code org.astrolabe.app.Main serve})
 * in a child JVM, with the real CoreNLP extractor, over a store folder, on a free loopback port, writes
 * enabled with a token and no seed articles (so that every write is one the test made). The child's output
 * goes to a log file beside the store. {@link #kill()} is a SIGKILL: no shutdown hook, no store close.
 */
public final class ServeProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("Astrolabe is serving .* at (http://127\\.0\\.0\\.1:\\d+)/");
    private static final String MAIN = "org.astrolabe.app.Main";

    private final Process process;
    private final HttpProbe http;
    private final Path log;

    private ServeProcess(Process process, URI base, Path log, Duration requestTimeout) {
        this.process = process;
        this.http = new HttpProbe(base, requestTimeout);
        this.log = log;
    }

    /**
     * Starts the server and waits until it listens and answers {@code /health} (language models are still
     * loading then: see {@link #awaitModels}).
     *
     * @param heap the child's {@code -Xmx} (CoreNLP needs about 3 GB)
     */
    public static ServeProcess start(Path storeDir, String token, Path log, String heap, Duration requestTimeout) throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-cp", classpath, MAIN, "serve", "--store", storeDir.toString(), "--port", "0",
                "--token", token, "--no-seed"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> url = new CompletableFuture<>();
        Thread pump = new Thread(() -> copy(process, log, url), "serve-output");
        pump.setDaemon(true);
        pump.start();
        try {
            String base = url.get(180, TimeUnit.SECONDS);
            ServeProcess server = new ServeProcess(process, URI.create(base), log, requestTimeout);
            server.awaitStatus("/health", Duration.ofSeconds(60));
            return server;
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("astrolabe serve did not start (see " + log + "): " + e, e);
        }
    }

    /** Copies the child's output to the log, completing {@code url} with the address it prints. */
    private static void copy(Process process, Path log, CompletableFuture<String> url) {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             PrintWriter file = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8,
                     java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND))) {
            for (String line; (line = out.readLine()) != null; ) {
                file.println(line);
                file.flush();
                Matcher serving = SERVING.matcher(line);
                if (serving.find()) {
                    url.complete(serving.group(1));
                }
            }
        } catch (IOException e) {
            // the child died: everything it wrote has been copied
        } finally {
            url.completeExceptionally(new IllegalStateException("the child exited before listening"));
        }
    }

    public HttpProbe http() {
        return http;
    }

    public Path log() {
        return log;
    }

    /** Waits until {@code /ready} says the language models are loaded, so that uploads are extracted. */
    public void awaitModels(Duration timeout) {
        awaitStatus("/ready", timeout);
    }

    private void awaitStatus(String path, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("astrolabe serve exited with " + process.exitValue() + " (see " + log + ")");
            }
            try {
                Reply reply = http.get(path);
                if (reply.status() == 200) {
                    return;
                }
                last = reply.describe();
            } catch (RuntimeException e) {
                last = e.toString();
            }
            sleep(250);
        }
        throw new IllegalStateException(path + " did not answer 200 within " + timeout + ": " + last);
    }

    /** SIGKILLs the child ({@link Process#destroyForcibly()} on Linux) and returns its exit status: 137 = 128 + 9. */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the killed server did not exit within 60 s");
        }
        return process.exitValue();
    }

    /** Stops the child the way Ctrl-C does (SIGTERM: the store is closed by the shutdown hook). */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
