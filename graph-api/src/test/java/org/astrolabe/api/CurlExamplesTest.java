package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The curl examples of the documentation, run as written against the real server: every {@code curl} command of
 * the README and of the SPARQL section of {@code docs/api.md} (query, update, graph store), in the order they
 * appear, each in bash with the server's address in place of {@code http://127.0.0.1:8080} and {@code $TOKEN} set,
 * in a folder holding the files they send. Each must exit 0 with a 2xx answer. Skipped where curl is not installed.
 */
class CurlExamplesTest {
    private static final Path CURL = Path.of("/usr/bin/curl");
    private static final String DOCUMENTED_SERVER = "http://127.0.0.1:8080";
    private static final Pattern STATUS = Pattern.compile("(?m)^HTTP_STATUS (\\d{3})$");

    static ServerFixture fx;
    @TempDir
    static Path folder;

    @BeforeAll
    static void start() throws IOException {
        fx = new ServerFixture();
        String turtle = "<https://example.org/a> <https://example.org/p> \"note\" .\n";
        Files.writeString(folder.resolve("notes.ttl"), turtle);
        Files.writeString(folder.resolve("a.ttl"), turtle);
        Files.writeString(folder.resolve("b.nt"), "<https://example.org/b> <https://example.org/p> \"b\" .\n");
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedCurlExampleWorks() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CURL), "curl is not installed");
        Path root = repositoryRoot();
        List<String> commands = new ArrayList<>(curlCommands(Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8)));
        String api = Files.readString(root.resolve("docs/api.md"), StandardCharsets.UTF_8);
        commands.addAll(curlCommands(api.substring(api.indexOf("## SPARQL 1.1"), api.indexOf("### W3C conformance tests"))));
        assertThat(commands).as("curl examples found").hasSizeGreaterThan(15);
        return commands.stream().map(command -> DynamicTest.dynamicTest(command.lines().findFirst().orElseThrow(), () -> {
            // Every curl of the example reports its status on a line of its own, after what the example prints.
            String script = "curl() { command curl -sS -w '\\nHTTP_STATUS %{http_code}\\n' \"$@\"; }\n"
                    + command.replace(DOCUMENTED_SERVER, fx.url(""));
            ExternalProcess.Result result = ExternalProcess.run(folder, Duration.ofSeconds(60),
                    List.of("env", "TOKEN=" + ServerFixture.TOKEN, "bash", "-c", script));
            assertThat(result.exitCode()).as("%s%n%s", command, result.output()).isZero();
            Matcher status = STATUS.matcher(result.output());
            assertThat(status.find()).as("no status:%n%s", result.output()).isTrue();
            assertThat(status.group(1)).as("%s%n%s", command, result.output()).startsWith("2");
        }));
    }

    /** The curl commands of the shell blocks of a Markdown text, each joined across continued and quoted lines. */
    static List<String> curlCommands(String markdown) {
        List<String> commands = new ArrayList<>();
        boolean inShell = false;
        StringBuilder current = null;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) {
                inShell = line.equals("```sh");
                current = null;
                continue;
            }
            if (!inShell) {
                continue;
            }
            if (current == null && line.startsWith("curl ")) {
                current = new StringBuilder();
            }
            if (current != null) {
                current.append(line).append('\n');
                String text = current.toString();
                boolean continued = line.endsWith("\\") || text.chars().filter(c -> c == '\'').count() % 2 == 1;
                if (!continued) {
                    commands.add(text.strip());
                    current = null;
                }
            }
        }
        return commands;
    }

    /** The repository's root: the folder above the module that holds the README. */
    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("README.md")) && Files.isDirectory(dir.resolve("docs")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("no README.md with docs/ above the working folder").isNotNull();
        return dir;
    }
}
