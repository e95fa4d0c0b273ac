package org.astrolabe.api;

import static org.astrolabe.api.ServerFixture.enc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SparqlProtocolTest {
    @RegisterExtension
    static final ServerFixture fx = new ServerFixture();

    static final String PARTIES = "PREFIX kg: <https://w3id.org/astrolabe/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            + "SELECT ?name WHERE { ?a a kg:Agreement ; kg:party ?p . ?p rdfs:label ?name } ORDER BY ?name";

    @Test
    void jenaRemoteConnectionQueriesTheUnionDefaultGraph() {
        try (RDFConnection conn = RDFConnectionRemote.service(fx.url("/sparql")).build()) {
            List<String> names = new java.util.ArrayList<>();
            conn.querySelect(PARTIES, row -> names.add(row.getLiteral("name").getString()));
            assertThat(names).containsExactly("CMSA", "SUPARCO");
            assertThat(conn.queryAsk("ASK { ?s ?p ?o }")).isTrue();
            Model m = conn.queryConstruct("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 5");
            assertThat(m.size()).isEqualTo(5);
        }
    }

    @Test
    void queryExecutionHttpWorksWithGetAndPost() {
        for (QuerySendMode mode : List.of(QuerySendMode.asGetAlways, QuerySendMode.asPostForm, QuerySendMode.asPost)) {
            QueryExecutionHTTPBuilder builder = QueryExecutionHTTP.service(fx.url("/ds/query")).query(PARTIES).sendMode(mode);
            try (QueryExecutionHTTP qe = builder.build()) {
                ResultSet rs = qe.execSelect();
                assertThat(rs.hasNext()).as(mode.toString()).isTrue();
                QuerySolution first = rs.next();
                assertThat(first.getLiteral("name").getString()).isEqualTo("CMSA");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"})
    void selectResultsInEveryFormat(String mediaType) {
        HttpResponse<String> response = fx.get("/sparql?query=" + enc(PARTIES), mediaType);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(mediaType);
        assertThat(response.body()).contains("SUPARCO").contains("CMSA");
        if (mediaType.contains("json")) {
            ResultSet rs = ResultSetFactory.fromJSON(new java.io.ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(rs.getResultVars()).containsExactly("name");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv", "text/tab-separated-values"})
    void askResultsInEveryFormat(String mediaType) {
        HttpResponse<String> response = fx.get("/sparql?query=" + enc("ASK { ?s a <https://w3id.org/astrolabe/ontology#SpaceAgency> }"), mediaType);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body().toLowerCase()).contains("true");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"})
    void constructAndDescribeInEveryFormat(String mediaType) {
        String construct = "PREFIX kg: <https://w3id.org/astrolabe/ontology#> CONSTRUCT { ?a kg:party ?p } WHERE { ?a kg:party ?p }";
        for (String query : List.of(construct, "DESCRIBE <" + SampleArticles.SUPARCO + ">")) {
            HttpResponse<String> response = fx.get("/sparql?query=" + enc(query), mediaType);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(mediaType);
            Model parsed = ModelFactory.createDefaultModel();
            RDFParser.fromString(response.body(), org.apache.jena.riot.RDFLanguages.contentTypeToLang(mediaType)).parse(parsed);
            assertThat(parsed.size()).as(query).isGreaterThan(0);
        }
    }

    @Test
    void formatParameterOverridesAccept() {
        HttpResponse<String> response = fx.get("/sparql?format=csv&query=" + enc(PARTIES), "application/sparql-results+xml");
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.body()).startsWith("name");
    }

    @Test
    void unacceptableMediaTypeIs406() {
        HttpResponse<String> response = fx.get("/sparql?query=" + enc(PARTIES), "image/png");
        assertThat(response.statusCode()).isEqualTo(406);
        assertThat(ServerFixture.json(response).get("error").asText()).isEqualTo("not acceptable");
    }

    @Test
    void syntaxErrorIs400WithTheParserMessage() {
        HttpResponse<String> response = fx.get("/sparql?query=" + enc("SELECT ?x WHERE { ?x ?y }"));
        assertThat(response.statusCode()).isEqualTo(400);
        var body = ServerFixture.json(response);
        assertThat(body.get("error").asText()).isEqualTo("query syntax error");
        assertThat(body.get("detail").asText()).contains("line 1");
    }

    @Test
    void defaultAndNamedGraphParametersSelectTheDataset() {
        String entities = SampleArticles.IRIS.entitiesGraph();
        String count = "SELECT (COUNT(*) AS ?n) WHERE { ?s <https://w3id.org/astrolabe/ontology#party> ?o }";
        HttpResponse<String> onlyEntities = fx.get("/sparql?format=csv&default-graph-uri=" + enc(entities) + "&query=" + enc(count));
        assertThat(onlyEntities.body().strip()).endsWith("0");
        HttpResponse<String> all = fx.get("/sparql?format=csv&query=" + enc(count));
        assertThat(all.body().strip()).endsWith("2");
        String graphs = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }";
        HttpResponse<String> named = fx.get("/sparql?format=csv&named-graph-uri=" + enc(entities) + "&query=" + enc(graphs));
        assertThat(named.body().lines().skip(1).toList()).containsExactly(entities);
    }

    @Test
    void resultLimitCapsRowsAndSaysSo() {
        try (ServerFixture small = new ServerFixture(c -> c.withResultLimit(3), ExtractorLoader.none())) {
            HttpResponse<String> response = small.get("/sparql?format=csv&query=" + enc("SELECT * WHERE { ?s ?p ?o }"));
            assertThat(response.body().lines().count()).isEqualTo(4);
            assertThat(response.headers().firstValue(SparqlQueryEndpoint.TRUNCATED_HEADER)).contains("true");
            HttpResponse<String> limited = small.get("/sparql?format=csv&query=" + enc("SELECT * WHERE { ?s ?p ?o } LIMIT 2"));
            assertThat(limited.headers().firstValue(SparqlQueryEndpoint.TRUNCATED_HEADER)).contains("false");
        }
    }

    @Test
    void serviceDescriptionWithoutQuery() {
        HttpResponse<String> turtle = fx.get("/sparql", "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        Model sd = ModelFactory.createDefaultModel();
        RDFParser.create().source(new StringReader(turtle.body())).lang(Lang.TURTLE).parse(sd);
        assertThat(sd.listSubjectsWithProperty(sd.createProperty("http://www.w3.org/ns/sparql-service-description#", "endpoint")).toList()).hasSize(1);
        HttpResponse<String> jsonld = fx.get("/sparql", "application/ld+json");
        assertThat(jsonld.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        assertThat(jsonld.body()).contains("sparql-service-description");
    }

    @Test
    void updateNeedsTheTokenAndThenChangesTheStore() {
        String insert = "INSERT DATA { GRAPH <http://example.org/x/test> { <http://example.org/x/a> <http://example.org/x/p> \"v\" } }";
        try (RDFConnection anonymous = RDFConnectionRemote.service(fx.url("")).queryEndpoint("sparql").updateEndpoint("update").build()) {
            assertThatThrownBy(() -> anonymous.update(insert)).hasMessageContaining("401");
        }
        HttpResponse<String> wrong = fx.send(fx.request("/update").header("Authorization", "Bearer nope")
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(insert)).build());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).doesNotContain(ServerFixture.TOKEN);
        assertThat(askTest()).isFalse();

        HttpResponse<String> ok = fx.send(fx.request("/update").header("Authorization", "Bearer " + ServerFixture.TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + enc(insert))).build());
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(askTest()).isTrue();
        HttpResponse<String> drop = fx.send(fx.request("/update").header("Authorization", "Bearer " + ServerFixture.TOKEN)
                .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("DROP GRAPH <http://example.org/x/test>")).build());
        assertThat(drop.statusCode()).isEqualTo(200);
        assertThat(askTest()).isFalse();
    }

    private static boolean askTest() {
        try (RDFConnection conn = RDFConnectionRemote.service(fx.url("/sparql")).build()) {
            return conn.queryAsk("ASK { GRAPH <http://example.org/x/test> { ?s ?p ?o } }");
        }
    }

    @Test
    void writesAreDisabledWithoutAConfiguredToken() {
        try (ServerFixture readOnly = new ServerFixture(c -> c.withWriteToken(null), ExtractorLoader.none())) {
            HttpResponse<String> response = readOnly.send(readOnly.request("/update").header("Authorization", "Bearer anything")
                    .header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build());
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(ServerFixture.json(response).get("detail").asText()).contains("--token");
            assertThat(readOnly.get("/api/stats").body()).contains("\"articles\":2");
        }
    }

    @Test
    void graphStoreProtocolReadsAndWrites() {
        String graph = "http://example.org/x/gsp";
        HttpResponse<String> missing = fx.get("/data?graph=" + enc(graph), "text/turtle");
        assertThat(missing.statusCode()).isEqualTo(404);
        String turtle = "<http://example.org/x/s> <http://example.org/x/p> <http://example.org/x/o> , <http://example.org/x/o2> .";
        HttpResponse<String> unauthorised = fx.send(fx.request("/data?graph=" + enc(graph)).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString(turtle)).build());
        assertThat(unauthorised.statusCode()).isEqualTo(401);
        HttpResponse<String> put = fx.send(fx.request("/data?graph=" + enc(graph)).header("Content-Type", "text/turtle")
                .header("Authorization", "Bearer " + ServerFixture.TOKEN).PUT(HttpRequest.BodyPublishers.ofString(turtle)).build());
        assertThat(put.statusCode()).isEqualTo(201);
        HttpResponse<String> read = fx.get("/data?graph=" + enc(graph), "application/n-triples");
        assertThat(read.body().lines().count()).isEqualTo(2);
        try (RDFConnection conn = RDFConnectionRemote.service(fx.url("")).gspEndpoint("data").build()) {
            assertThat(conn.fetch(graph).size()).isEqualTo(2);
        }
        HttpResponse<String> badRdf = fx.send(fx.request("/data?graph=" + enc(graph)).header("Content-Type", "text/turtle")
                .header("Authorization", "Bearer " + ServerFixture.TOKEN).POST(HttpRequest.BodyPublishers.ofString("<http://example.org/x/s> <http://example.org/x/p> .")).build());
        assertThat(badRdf.statusCode()).isEqualTo(400);
        HttpResponse<String> delete = fx.send(fx.request("/data?graph=" + enc(graph))
                .header("Authorization", "Bearer " + ServerFixture.TOKEN).DELETE().build());
        assertThat(delete.statusCode()).isEqualTo(204);
        assertThat(fx.get("/data?graph=" + enc(graph)).statusCode()).isEqualTo(404);
        HttpResponse<String> union = fx.get("/data?default", "application/n-triples");
        assertThat(union.statusCode()).isEqualTo(200);
        assertThat(union.body()).contains(SampleArticles.SUPARCO);
    }
}
