package org.astrolabe.api;

import static org.astrolabe.api.ServerFixture.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The {@code output}/{@code format}/{@code results} parameters as Fuseki takes them, for queries and the graph
 * store: every short name and media type gives the format it names, whatever the Accept header says, and the
 * body parses in that format.
 */
class ResponseFormatTest {
    @RegisterExtension
    static final ServerFixture fx = new ServerFixture();

    static final String SELECT = "SELECT ?s WHERE { ?s a <https://w3id.org/astrolabe/ontology#SpaceAgency> } ORDER BY ?s";
    static final String CONSTRUCT = "CONSTRUCT { ?a <https://w3id.org/astrolabe/ontology#party> ?p } "
            + "WHERE { ?a <https://w3id.org/astrolabe/ontology#party> ?p }";

    @ParameterizedTest
    @CsvSource({
            "json, application/sparql-results+json", "xml, application/sparql-results+xml",
            "sparql, application/sparql-results+xml", "csv, text/csv", "tsv, text/tab-separated-values",
            "text, text/plain", "JSON, application/sparql-results+json",
            "application/sparql-results+xml, application/sparql-results+xml", "text/csv, text/csv"})
    void selectAndAskResultsInEveryNamedFormat(String name, String mediaType) {
        for (String parameter : ContentNegotiation.FORMAT_PARAMETERS) {
            HttpResponse<String> select = fx.get("/sparql?" + parameter + "=" + enc(name) + "&query=" + enc(SELECT), "image/png");
            assertThat(select.statusCode()).as(parameter + "=" + name + ": " + select.body()).isEqualTo(200);
            assertThat(select.headers().firstValue("Content-Type").orElseThrow()).startsWith(mediaType);
            assertThat(select.body()).contains(SampleArticles.SUPARCO.substring(SampleArticles.SUPARCO.lastIndexOf('/') + 1));
            if (!mediaType.equals("text/plain")) {
                ResultSet rows = ResultSetMgr.read(new ByteArrayInputStream(select.body().getBytes(StandardCharsets.UTF_8)),
                        RDFLanguages.contentTypeToLang(mediaType));
                assertThat(rows.getResultVars()).containsExactly("s");
            }
            HttpResponse<String> ask = fx.get("/sparql?" + parameter + "=" + enc(name) + "&query=" + enc("ASK { ?s ?p ?o }"));
            assertThat(ask.statusCode()).isEqualTo(200);
            assertThat(ask.headers().firstValue("Content-Type").orElseThrow()).startsWith(mediaType);
            assertThat(ask.body().toLowerCase()).containsAnyOf("true", "yes");
        }
    }

    @ParameterizedTest
    @CsvSource({
            "turtle, text/turtle", "ttl, text/turtle", "text, text/turtle", "n3, text/turtle",
            "nt, application/n-triples", "ntriples, application/n-triples", "n-triples, application/n-triples",
            "rdfxml, application/rdf+xml", "rdf, application/rdf+xml", "xml, application/rdf+xml",
            "jsonld, application/ld+json", "json-ld, application/ld+json", "json, application/ld+json",
            "trig, application/trig", "nquads, application/n-quads", "n-quads, application/n-quads",
            "application/ld+json, application/ld+json",
            // A legacy media type is Turtle labelled as asked, since this client accepts no other label
            "text/n3, text/n3", "application/x-turtle, application/x-turtle"})
    void graphsInEveryNamedFormat(String name, String mediaType) {
        for (String path : new String[] {"/sparql?query=" + enc(CONSTRUCT) + "&", "/sparql?query=" + enc("DESCRIBE <" + SampleArticles.SUPARCO + ">") + "&",
                "/data?graph=" + enc(SampleArticles.IRIS.entitiesGraph()) + "&", "/data?default&"}) {
            HttpResponse<String> response = fx.get(path + "format=" + enc(name), "image/png");
            assertThat(response.statusCode()).as(path + name + ": " + response.body()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(mediaType);
            assertThat(parse(response.body(), RDFLanguages.contentTypeToLang(mediaType) == null ? Lang.TURTLE : RDFLanguages.contentTypeToLang(mediaType)).getDefaultGraph().size()).as(path + name).isPositive();
        }
    }

    @Test
    void aFormOfAPostedQueryNamesTheFormatToo() {
        HttpResponse<String> response = fx.send(fx.request("/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/sparql-results+xml")
                .POST(BodyPublishers.ofString("query=" + enc(SELECT) + "&format=csv&output=csv&results=csv")).build());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.body()).startsWith("s\r\n");
    }

    @Test
    void theFirstKnownValueWinsAndUnknownOnesFallBackToAccept() {
        // SPARQLWrapper sends its own name first and the media type after it: format=rdf%2Bxml&format=application/rdf%2Bxml
        HttpResponse<String> both = fx.get("/sparql?format=tab&format=text%2Ftab-separated-values&query=" + enc(SELECT));
        assertThat(both.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/tab-separated-values");
        HttpResponse<String> unknown = fx.get("/sparql?output=fancy&query=" + enc(CONSTRUCT), "application/n-triples");
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/n-triples");
        HttpResponse<String> unknownAndNoAccept = fx.get("/sparql?format=fancy&query=" + enc(SELECT));
        assertThat(unknownAndNoAccept.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/sparql-results+json");
    }

    @Test
    void outputWinsOverFormatAsInFuseki() {
        HttpResponse<String> response = fx.get("/sparql?format=xml&output=csv&query=" + enc(SELECT));
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    }

    @Test
    void aFormatParameterNeedsNoWellFormedAccept() {
        assertThat(fx.get("/sparql?format=json&query=" + enc(SELECT), "text/csv;;q=x=").statusCode()).isEqualTo(200);
    }

    @Test
    void theGraphStoreNamingNoGraphAnswersTheWholeDataset() {
        for (String[] formatAndType : new String[][] {{null, "application/n-quads"}, {"trig", "application/trig"},
                {"nquads", "application/n-quads"}, {"json-ld", "application/ld+json"}}) {
            HttpResponse<String> response = fx.get("/data" + (formatAndType[0] == null ? "" : "?format=" + formatAndType[0]));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(formatAndType[1]);
            DatasetGraph dataset = parse(response.body(), RDFLanguages.contentTypeToLang(formatAndType[1]));
            assertThat(dataset.containsGraph(org.apache.jena.graph.NodeFactory.createURI(SampleArticles.IRIS.entitiesGraph())))
                    .as(String.valueOf(formatAndType[0])).isTrue();
        }
        HttpResponse<String> trig = fx.get("/data", "application/trig");
        assertThat(trig.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/trig");
        assertThat(fx.get("/data", "text/turtle").statusCode()).isEqualTo(406);
    }

    private static DatasetGraph parse(String body, Lang lang) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(body, lang).parse(dataset);
        return dataset;
    }
}
