package org.astrolabe.api;

import static org.astrolabe.api.ServerFixture.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.astrolabe.core.model.Iris;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the SPARQL 1.1 Protocol and Graph Store Protocol ask beyond the basics, checked without the W3C
 * manifests (which {@link W3cSparqlTest} runs where they are present): the update dataset parameters, direct
 * graph identification, graph creation by POST, multipart uploads, HEAD, the writable default graph, a fixed
 * base IRI, legacy media types and serialisations that cannot express a result.
 */
class SparqlStandardsTest {
    @RegisterExtension
    static final ServerFixture fx = new ServerFixture();

    static HttpResponse<String> write(String method, String path, String contentType, String body) {
        return fx.send(fx.request(path).header("Authorization", "Bearer " + ServerFixture.TOKEN).header("Content-Type", contentType)
                .method(method, BodyPublishers.ofString(body)).build());
    }

    static boolean ask(String query) {
        HttpResponse<String> response = fx.get("/sparql?query=" + enc(query), "application/sparql-results+json");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body().contains("true");
    }

    @Test
    void relativeIrisResolveAgainstTheResourceBaseNotTheServersFolder() {
        String graph = "http://example.org/std/base";
        assertThat(write("POST", "/update", "application/sparql-update",
                "INSERT DATA { GRAPH <" + graph + "> { <http://example.org/std/s> <http://example.org/std/p> <relative> } }").statusCode()).isEqualTo(200);
        assertThat(ask("ASK { GRAPH <" + graph + "> { ?s ?p <" + KG.RESOURCE_BASE + "relative> } }")).isTrue();
        HttpResponse<String> select = fx.get("/sparql?query=" + enc("SELECT (STR(<x>) AS ?iri) {}"), "text/csv");
        assertThat(select.body()).contains(KG.RESOURCE_BASE + "x").doesNotContain("file:");
    }

    @Test
    void updateDatasetParametersChooseWhatWhereMatches() {
        String prefix = "PREFIX ex: <http://example.org/std/> ";
        write("POST", "/update", "application/sparql-update", prefix
                + "INSERT DATA { GRAPH ex:g1 { ex:a a ex:Thing } GRAPH ex:g2 { ex:b a ex:Thing } }");
        HttpResponse<String> response = write("POST", "/update?using-graph-uri=" + enc("http://example.org/std/g1"),
                "application/sparql-update", prefix + "INSERT { GRAPH ex:found { ?s a ex:Found } } WHERE { ?s a ex:Thing }");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(ask(prefix + "ASK { GRAPH ex:found { ex:a a ex:Found } }")).isTrue();
        assertThat(ask(prefix + "ASK { GRAPH ex:found { ex:b a ex:Found } }")).isFalse();

        HttpResponse<String> form = fx.send(fx.request("/update").header("Authorization", "Bearer " + ServerFixture.TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(BodyPublishers.ofString("using-named-graph-uri=" + enc("http://example.org/std/g2") + "&update="
                        + enc(prefix + "INSERT { GRAPH ex:named { ?s a ex:Found } } WHERE { GRAPH ?g { ?s a ex:Thing } }"))).build());
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertThat(ask(prefix + "ASK { GRAPH ex:named { ex:b a ex:Found } FILTER NOT EXISTS { GRAPH ex:named { ex:a ?p ?o } } }")).isTrue();

        HttpResponse<String> conflict = write("POST", "/update?using-graph-uri=" + enc("http://example.org/std/g1"),
                "application/sparql-update", prefix + "WITH ex:g2 DELETE { ?s a ex:Thing } WHERE { ?s a ex:Thing }");
        assertThat(conflict.statusCode()).isEqualTo(400);
        assertThat(ask(prefix + "ASK { GRAPH ex:g2 { ex:b a ex:Thing } }")).isTrue();
        write("POST", "/update", "application/sparql-update", prefix + "DROP SILENT GRAPH ex:g1 ; DROP SILENT GRAPH ex:g2 ; "
                + "DROP SILENT GRAPH ex:found ; DROP SILENT GRAPH ex:named");
    }

    @Test
    void twoQueriesInOneRequestAreRefused() {
        assertThat(fx.get("/sparql?query=" + enc("ASK {}") + "&query=" + enc("SELECT * {}")).statusCode()).isEqualTo(400);
    }

    @Test
    void graphsUnderTheDataEndpointAreServedAtTheirOwnUrl() {
        String url = fx.url("/data/std/direct.ttl");
        HttpResponse<String> put = write("PUT", "/data/std/direct.ttl", "text/turtle", "<http://example.org/std/s> <http://example.org/std/p> 1 .");
        assertThat(put.statusCode()).isEqualTo(201);
        assertThat(fx.get("/data?graph=" + enc(url), "application/n-triples").body()).contains("<http://example.org/std/s>");
        assertThat(ask("ASK { GRAPH <" + url + "> { <http://example.org/std/s> ?p 1 } }")).isTrue();
        HttpResponse<String> head = fx.send(fx.request("/data/std/direct.ttl").header("Accept", "text/turtle")
                .method("HEAD", BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        assertThat(fx.send(fx.request("/data/std/direct.ttl").header("Authorization", "Bearer " + ServerFixture.TOKEN)
                .DELETE().build()).statusCode()).isEqualTo(204);
        assertThat(fx.get("/data/std/direct.ttl").statusCode()).isEqualTo(404);
        assertThat(fx.send(fx.request("/data/std/direct.ttl").method("HEAD", BodyPublishers.noBody()).build()).statusCode()).isEqualTo(404);
    }

    @Test
    void postWithoutAGraphCreatesOneAndSaysWhere() {
        HttpResponse<String> created = write("POST", "/data", "text/turtle", "<http://example.org/std/new> <http://example.org/std/p> 2 .");
        assertThat(created.statusCode()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(fx.url("/data/"));
        assertThat(fx.get(location.substring(fx.url("").length()), "application/n-triples").body()).contains("<http://example.org/std/new>");
        fx.send(fx.request("/data?graph=" + enc(location)).header("Authorization", "Bearer " + ServerFixture.TOKEN).DELETE().build());
    }

    @Test
    void multipartPostAddsEveryFile() {
        String graph = "http://example.org/std/multipart";
        String boundary = "b0undary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"a\"; filename=\"a.ttl\"\r\nContent-Type: text/turtle\r\n\r\n"
                + "<http://example.org/std/m> <http://example.org/std/p> 1 .\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"b\"; filename=\"b.nt\"\r\n\r\n"
                + "<http://example.org/std/m> <http://example.org/std/p> \"2\" .\r\n"
                + "--" + boundary + "--\r\n";
        HttpResponse<String> response = write("POST", "/data?graph=" + enc(graph), "multipart/form-data; boundary=" + boundary, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(fx.get("/data?graph=" + enc(graph), "application/n-triples").body().lines().count()).isEqualTo(2);
        fx.send(fx.request("/data?graph=" + enc(graph)).header("Authorization", "Bearer " + ServerFixture.TOKEN).DELETE().build());
    }

    @Test
    void theDefaultGraphIsWritableAndStaysPartOfTheUnion() {
        String defaultGraph = Iris.defaults().defaultGraph();
        HttpResponse<String> put = write("PUT", "/data?default", "text/turtle", "<http://example.org/std/d> <http://example.org/std/p> 3 .");
        assertThat(put.statusCode()).isIn(200, 201);
        String union = fx.get("/data?default", "application/n-triples").body();
        assertThat(union).contains("<http://example.org/std/d>").contains(SampleArticles.SUPARCO);
        assertThat(ask("ASK { <http://example.org/std/d> ?p 3 GRAPH <" + defaultGraph + "> { <http://example.org/std/d> ?p 3 } }")).isTrue();
        HttpResponse<String> delete = fx.send(fx.request("/data?default").header("Authorization", "Bearer " + ServerFixture.TOKEN).DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(204);
        assertThat(ask("ASK { <http://example.org/std/d> ?p ?o }")).isFalse();
        assertThat(ask("ASK { ?s a <https://w3id.org/astrolabe/ontology#SpaceAgency> }")).isTrue();
    }

    @Test
    void quadsPostedToTheStoreGoToTheGraphsTheyName() {
        String defaultGraph = Iris.defaults().defaultGraph();
        HttpResponse<String> loaded = write("POST", "/data", "application/trig",
                "<http://example.org/std/q> <http://example.org/std/p> 6 . <http://example.org/std/quads> { <http://example.org/std/q> <http://example.org/std/p> 7 }");
        assertThat(loaded.statusCode()).as(loaded.body()).isEqualTo(200);
        assertThat(ServerFixture.json(loaded).get("quads").asInt()).isEqualTo(2);
        assertThat(ask("ASK { GRAPH <http://example.org/std/quads> { <http://example.org/std/q> ?p 7 } }")).isTrue();
        assertThat(ask("ASK { GRAPH <" + defaultGraph + "> { <http://example.org/std/q> ?p 6 } }")).isTrue();
        HttpResponse<String> blankGraph = write("POST", "/data", "application/n-quads",
                "<http://example.org/std/q> <http://example.org/std/p> 8 _:g .");
        assertThat(blankGraph.statusCode()).isEqualTo(400);
        assertThat(ask("ASK { ?s ?p 8 }")).isFalse();
        assertThat(write("POST", "/data?graph=" + enc("http://example.org/std/quads"), "application/n-quads",
                "<http://example.org/std/q> <http://example.org/std/p> 9 <http://example.org/std/other> .").statusCode())
                .as("quads into one named graph").isEqualTo(415);
    }

    @Test
    void anUpdateWritingTheDefaultGraphWritesTheGraphStandingForIt() {
        String defaultGraph = Iris.defaults().defaultGraph();
        write("POST", "/update", "application/sparql-update", "INSERT DATA { <http://example.org/std/u> <http://example.org/std/p> 4 }");
        assertThat(ask("ASK { <http://example.org/std/u> ?p 4 }")).as("visible in the union default graph").isTrue();
        assertThat(ask("ASK { GRAPH <" + defaultGraph + "> { <http://example.org/std/u> ?p 4 } }")).isTrue();
        write("POST", "/update", "application/sparql-update", "DELETE { ?s ?p 4 } INSERT { ?s ?p 5 } WHERE { ?s ?p 4 }");
        assertThat(ask("ASK { GRAPH <" + defaultGraph + "> { <http://example.org/std/u> ?p 5 } }")).isTrue();
        write("POST", "/update", "application/sparql-update", "CLEAR DEFAULT");
        assertThat(ask("ASK { <http://example.org/std/u> ?p ?o }")).isFalse();
        assertThat(ask("ASK { ?s a <https://w3id.org/astrolabe/ontology#SpaceAgency> }")).as("articles untouched").isTrue();
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        HttpResponse<String> head = fx.send(fx.request("/api/stats").method("HEAD", BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(head.body()).isEmpty();
        HttpResponse<String> missing = fx.send(fx.request("/data?graph=" + enc("http://example.org/std/none"))
                .method("HEAD", BodyPublishers.noBody()).build());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(fx.get("/api/stats").statusCode()).as("the connection is still usable").isEqualTo(200);
    }

    @Test
    void aResultRdfXmlCannotExpressIsRefusedWithReasonsNotAServerError() {
        String construct = "CONSTRUCT { <http://example.org/std/s> <http://p> 1 } WHERE {}";
        HttpResponse<String> response = fx.get("/sparql?query=" + enc(construct), "application/rdf+xml");
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(ServerFixture.json(response).get("detail").asText()).contains("text/turtle");
        assertThat(fx.get("/sparql?query=" + enc(construct), "text/turtle").statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/n3", "text/rdf+n3", "application/n3", "application/rdf+n3", "application/x-turtle"})
    void legacyMediaTypesAreServedAsTurtleLabelledAsTheClientAccepts(String mediaType) {
        String describe = "/sparql?query=" + enc("DESCRIBE <" + SampleArticles.SUPARCO + ">");
        HttpResponse<String> alone = fx.get(describe, mediaType);
        assertThat(alone.statusCode()).isEqualTo(200);
        assertThat(alone.headers().firstValue("Content-Type").orElseThrow()).startsWith(mediaType);
        Model parsed = ModelFactory.createDefaultModel();
        RDFParser.fromString(alone.body(), Lang.TURTLE).parse(parsed);
        assertThat(parsed.size()).isPositive();
        HttpResponse<String> withTurtle = fx.get(describe, mediaType + ", text/turtle;q=0.5");
        assertThat(withTurtle.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
    }

    @Test
    void formatN3IsTurtleAndAnUnknownFormatFallsBackToAccept() {
        HttpResponse<String> n3 = fx.get("/sparql?format=n3&query=" + enc("DESCRIBE <" + SampleArticles.SUPARCO + ">"));
        assertThat(n3.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/turtle");
        HttpResponse<String> unknown = fx.get("/sparql?format=fancy&query=" + enc("ASK {}"), "application/sparql-results+xml");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/sparql-results+xml");
    }

    @Test
    void unsupportedMethodsOnKnownRoutesAnswer405WithAllow() {
        HttpRequest request = fx.request("/update").GET().build();
        HttpResponse<String> response = fx.send(request);
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).contains("POST");
    }
}
