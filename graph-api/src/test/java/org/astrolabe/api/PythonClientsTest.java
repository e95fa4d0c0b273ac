package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Python's common SPARQL clients against the real server, unchanged: {@code src/test/resources/clients/sparql_clients.py}
 * runs SPARQLWrapper (SELECT and ASK in JSON, XML, CSV and TSV; CONSTRUCT and DESCRIBE in every RDF format it
 * offers, each parsed by its {@code convert()}; each over GET, form POST and direct POST; updates with the token),
 * rdflib's {@code SPARQLStore} and {@code SPARQLUpdateStore}, rdflib reading graph store URLs, and graph store and
 * export dumps. Each check of the script is one test here.
 *
 * <p>Uses Debian's Python with Debian's {@code python3-sparqlwrapper}, {@code python3-rdflib} and
 * {@code python3-rdflib-jsonld} (which turns on SPARQLWrapper's JSON-LD format), installing them when missing.
 * Tagged {@code slow}: it may install packages, and the script takes several seconds.
 */
@Tag("slow")
class PythonClientsTest {
    private static final String PYTHON = "/usr/bin/python3";
    private static final Path SCRIPT = Path.of("src/test/resources/clients/sparql_clients.py").toAbsolutePath();

    @TestFactory
    Stream<DynamicTest> everyClientCheckPasses() {
        ExternalProcess.ensureDebianPackages(List.of(PYTHON, "-c", "import SPARQLWrapper, rdflib, rdflib_jsonld"),
                List.of("python3-sparqlwrapper", "python3-rdflib", "python3-rdflib-jsonld"));
        List<JsonNode> checks = new ArrayList<>();
        String output;
        try (ServerFixture fx = new ServerFixture()) {
            ExternalProcess.Result result = ExternalProcess.run(SCRIPT.getParent(), Duration.ofMinutes(3),
                    List.of(PYTHON, "-W", "ignore::DeprecationWarning", SCRIPT.toString(), fx.url(""), ServerFixture.TOKEN));
            output = result.output();
            assertThat(result.exitCode()).as("sparql_clients.py failed:%n%s", output).isZero();
        }
        for (String line : output.lines().toList()) {
            if (line.startsWith("{\"check\"")) {
                checks.add(ServerFixture.JSON.valueToTree(parse(line)));
            }
        }
        assertThat(checks).as("no checks reported:%n%s", output).hasSizeGreaterThan(50);
        return checks.stream().map(check -> DynamicTest.dynamicTest(check.get("check").asText(), () ->
                assertThat(check.get("ok").asBoolean()).as("%s%n%s", check.get("check").asText(), check.get("detail").asText()).isTrue()));
    }

    private static JsonNode parse(String line) {
        try {
            return ServerFixture.JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError("Not a check line: " + line, e);
        }
    }
}
