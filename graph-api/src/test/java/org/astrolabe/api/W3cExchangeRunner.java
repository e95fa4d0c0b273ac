package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.resultset.ResultsReader;
import org.apache.jena.sparql.resultset.SPARQLResult;

/**
 * Runs the HTTP exchanges of one W3C manifest entry against a real server, over a store emptied and loaded
 * with the entry's data first, and checks each response as the manifest describes it. The manifests write
 * paths for their own endpoints ({@code /sparql/}, {@code /gsp}); {@code route} maps an exchange to the
 * server's path.
 */
final class W3cExchangeRunner {
    private final ServerFixture fx;
    private final BiFunction<W3cManifest.Entry, W3cManifest.Exchange, String> route;

    W3cExchangeRunner(ServerFixture fx, BiFunction<W3cManifest.Entry, W3cManifest.Exchange, String> route) {
        this.fx = fx;
        this.route = route;
    }

    void run(W3cManifest.Entry entry) {
        assertThat(entry.exchanges()).as("requests of " + entry.id()).isNotEmpty();
        fx.store.write(ds -> {
            ds.asDatasetGraph().clear();
            for (W3cManifest.GraphData data : entry.data()) {
                RDFParser.source(data.file()).parse(StreamRDFLib.graph(ds.asDatasetGraph().getGraph(NodeFactory.createURI(data.graph()))));
            }
        });
        Map<String, String> variables = new HashMap<>();
        int step = 0;
        for (W3cManifest.Exchange exchange : entry.exchanges()) {
            step++;
            HttpResponse<byte[]> response = send(entry, exchange, variables);
            check("request " + step + " (" + exchange.method() + " " + exchange.path() + ")", exchange.expected(), response, variables);
        }
    }

    private HttpResponse<byte[]> send(W3cManifest.Entry entry, W3cManifest.Exchange exchange, Map<String, String> variables) {
        String path = substitute(route.apply(entry, exchange), variables);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(fx.url(path))).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + ServerFixture.TOKEN);
        exchange.headers().forEach(h -> request.header(h.name(), h.value()));
        byte[] body = exchange.body();
        if (body != null && !variables.isEmpty()) {
            body = substitute(new String(body, StandardCharsets.UTF_8), variables).getBytes(StandardCharsets.UTF_8);
        }
        request.method(exchange.method(), body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            return fx.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError("No answer to " + exchange.method() + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String substitute(String text, Map<String, String> variables) {
        for (Map.Entry<String, String> v : variables.entrySet()) {
            text = text.replace(v.getKey(), v.getValue());
        }
        return text;
    }

    private static void check(String what, W3cManifest.Expected expected, HttpResponse<byte[]> response, Map<String, String> variables) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        assertThat(expected.statuses().stream().anyMatch(s -> statusMatches(s, response.statusCode())))
                .as(what + ": status " + response.statusCode() + " is not one of " + expected.statuses() + "; body: " + body)
                .isTrue();
        for (W3cManifest.Header header : expected.headers()) {
            String actual = response.headers().firstValue(header.name()).orElse(null);
            assertThat(actual).as(what + ": header " + header.name()).isNotNull();
            if (header.name().equalsIgnoreCase("content-type")) {
                assertThat(normaliseMediaType(actual)).as(what + ": Content-Type").isEqualTo(normaliseMediaType(header.value()));
            } else {
                assertThat(actual).as(what + ": header " + header.name()).isEqualTo(header.value());
            }
        }
        if (expected.format() != null) {
            checkFormat(what, expected, contentType, response.body());
        }
        if (expected.graphBody() != null) {
            Graph wanted = GraphFactory.createDefaultGraph();
            RDFParser.fromString(expected.graphBody(), Lang.TURTLE).parse(wanted);
            Graph actual = parseGraph(what, contentType, response.body());
            assertThat(actual.isIsomorphicWith(wanted))
                    .as(what + ": the graph answered is not isomorphic to the expected one; answered:\n" + body).isTrue();
        }
        if (expected.locationVariable() != null) {
            String location = response.headers().firstValue("Location").orElse(null);
            assertThat(location).as(what + ": Location header").isNotBlank();
            variables.put(expected.locationVariable(), location);
        }
    }

    private static void checkFormat(String what, W3cManifest.Expected expected, String contentType, byte[] body) {
        switch (expected.format()) {
            case "boolean", "tabular" -> {
                Lang lang = RDFLanguages.contentTypeToLang(mediaType(contentType));
                assertThat(lang).as(what + ": " + contentType + " is not a SPARQL results format").isNotNull();
                assertThat(ResultSetLang.isRegistered(lang)).as(what + ": " + contentType + " is not a SPARQL results format").isTrue();
                SPARQLResult result = ResultsReader.create().lang(lang).build().readAny(new ByteArrayInputStream(body));
                if (expected.format().equals("boolean")) {
                    assertThat(result.isBoolean()).as(what + ": an ASK result").isTrue();
                    if (expected.askResult() != null) {
                        assertThat(result.getBooleanResult()).as(what + ": ASK result").isEqualTo(expected.askResult());
                    }
                } else {
                    assertThat(result.isResultSet()).as(what + ": a result set").isTrue();
                }
            }
            case "RDF" -> parseGraph(what, contentType, body);
            default -> fail(what + ": unknown expected format " + expected.format());
        }
    }

    private static Graph parseGraph(String what, String contentType, byte[] body) {
        Lang lang = RDFLanguages.contentTypeToLang(mediaType(contentType));
        assertThat(lang != null && RDFLanguages.isTriples(lang)).as(what + ": " + contentType + " is not an RDF graph format").isTrue();
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(graph);
        return graph;
    }

    /** hts terms: classes of codes ({@code StatusCode2xx}) or single codes named by their reason phrase. */
    private static boolean statusMatches(String term, int status) {
        if (term.matches("StatusCode[1-5]xx")) {
            return status / 100 == term.charAt(10) - '0';
        }
        return switch (term) {
            case "OK" -> status == 200;
            case "Created" -> status == 201;
            case "NoContent" -> status == 204;
            case "NotFound" -> status == 404;
            default -> throw new AssertionError("Unknown expected status " + term);
        };
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static String normaliseMediaType(String contentType) {
        return contentType.toLowerCase(Locale.ROOT).replace(" ", "");
    }
}
