package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The W3C SPARQL 1.1 Protocol, Graph Store Protocol and Service Description tests, read from their
 * manifests and run against the real server over a TDB2 store, one dynamic test per manifest entry.
 */
class W3cSparqlTest {
    private static final String SD = "http://www.w3.org/ns/sparql-service-description#";

    @TempDir
    static Path storeDir;
    static ServerFixture fx;

    @BeforeAll
    static void start() {
        fx = new ServerFixture(Tdb2GraphStore.open(storeDir), c -> c, ExtractorLoader.none());
    }

    @AfterAll
    static void stop() {
        fx.close();
    }

    @TestFactory
    Stream<DynamicTest> protocol() {
        W3cExchangeRunner runner = new W3cExchangeRunner(fx, (entry, exchange) -> {
            // The manifest sends queries and updates to one endpoint; this server has one for each.
            boolean update = entry.id().contains("update")
                    && !exchange.header("content-type").orElse("").startsWith("application/sparql-query");
            return (update ? "/update" : "/sparql") + exchange.path().substring("/sparql/".length());
        });
        return manifestTests("protocol/manifest.ttl").map(entry -> DynamicTest.dynamicTest(entry.toString(), () -> runner.run(entry)));
    }

    @TestFactory
    Stream<DynamicTest> graphStoreProtocol() {
        W3cExchangeRunner runner = new W3cExchangeRunner(fx, (entry, exchange) -> "/data" + exchange.path().substring("/gsp".length()));
        return manifestTests("graph-store-protocol/manifest.ttl").map(entry -> DynamicTest.dynamicTest(entry.toString(), () -> runner.run(entry)));
    }

    /** The service description tests are described in prose only; each is implemented here by its name. */
    @TestFactory
    Stream<DynamicTest> serviceDescription() {
        return manifestTests("service-description/manifest.ttl").map(entry -> DynamicTest.dynamicTest(entry.toString(),
                () -> serviceDescriptionCheck(entry.id()).accept(fetchServiceDescription())));
    }

    private static Stream<W3cManifest.Entry> manifestTests(String manifest) {
        Path folder = W3cTestSuite.folder().orElse(null);
        Assumptions.assumeTrue(folder != null, "The W3C SPARQL 1.1 manifests are not at " + W3cTestSuite.LOCATION
                + " (beside the repository); the W3C tests are skipped");
        List<W3cManifest.Entry> entries = W3cManifest.read(folder.resolve(manifest)).entries();
        assertThat(entries).as(manifest).isNotEmpty();
        return entries.stream();
    }

    private static Model fetchServiceDescription() {
        HttpResponse<String> response = fx.get("/sparql", "text/turtle");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        Model model = ModelFactory.createDefaultModel();
        model.read(new StringReader(response.body()), fx.url("/sparql"), "TURTLE");
        return model;
    }

    private static Consumer<Model> serviceDescriptionCheck(String id) {
        return switch (id) {
            case "returns-rdf" -> model -> assertThat(model.size()).isGreaterThan(0);
            case "has-endpoint-triple" -> model -> assertThat(model.contains(null, sd(model, "endpoint"),
                    model.createResource(fx.url("/sparql")))).as("sd:endpoint <" + fx.url("/sparql") + ">").isTrue();
            case "conforms-to-schema" -> W3cSparqlTest::conformsToServiceDescriptionSchema;
            default -> model -> { throw new AssertionError("No check implemented for service description test " + id); };
        };
    }

    /** The domains and ranges the SPARQL 1.1 Service Description vocabulary gives the terms used. */
    private static void conformsToServiceDescriptionSchema(Model model) {
        Resource serviceClass = model.createResource(SD + "Service");
        List<Resource> services = model.listSubjectsWithProperty(RDF.type, serviceClass).toList();
        assertThat(services).as("sd:Service").hasSize(1);
        Resource service = services.get(0);
        assertThat(service.listProperties(sd(model, "endpoint")).toList()).as("sd:endpoint").isNotEmpty()
                .allMatch(s -> s.getObject().isURIResource());
        Set<String> languages = Set.of(SD + "SPARQL10Query", SD + "SPARQL11Query", SD + "SPARQL11Update");
        assertThat(service.listProperties(sd(model, "supportedLanguage")).toList()).as("sd:supportedLanguage").isNotEmpty()
                .allMatch(s -> s.getObject().isURIResource() && languages.contains(s.getResource().getURI()));
        for (String iriValued : List.of("feature", "resultFormat", "inputFormat", "extensionFunction", "extensionAggregate")) {
            assertThat(model.listStatements(null, sd(model, iriValued), (RDFNode) null).toList()).as("sd:" + iriValued)
                    .allMatch(s -> s.getObject().isURIResource() && s.getSubject().equals(service));
        }
        for (Statement dataset : model.listStatements(null, sd(model, "defaultDataset"), (RDFNode) null).toList()) {
            assertThat(dataset.getSubject()).isEqualTo(service);
            Resource d = dataset.getResource();
            assertThat(d.hasProperty(RDF.type, model.createResource(SD + "Dataset"))).as("sd:defaultDataset is an sd:Dataset").isTrue();
            for (Statement graph : d.listProperties(sd(model, "defaultGraph")).toList()) {
                assertThat(graph.getObject().isResource()).isTrue();
                assertThat(graph.getResource().hasProperty(RDF.type, model.createResource(SD + "Graph"))).as("sd:defaultGraph is an sd:Graph").isTrue();
            }
        }
    }

    private static Property sd(Model model, String local) {
        return model.createProperty(SD, local);
    }
}
