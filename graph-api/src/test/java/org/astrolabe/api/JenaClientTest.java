package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.jena.http.auth.AuthEnv;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.exec.http.QuerySendMode;
import org.apache.jena.sparql.exec.http.UpdateSendMode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jena's own remote client, {@link RDFConnectionRemote}, used the way its documentation shows, against the real
 * server: every query form with each way of sending a query, updates and graph store writes with the token
 * (given the way Jena adds credentials to requests: an {@link AuthEnv} modifier for each endpoint), and
 * graph store reads of graphs and of the whole dataset.
 */
class JenaClientTest {
    static ServerFixture fx;
    static final String GRAPH = "http://example.org/jena-client/notes";
    /** AuthEnv matches a request's URL without its query string exactly. */
    static final List<String> WRITE_ENDPOINTS = List.of("/update", "/data");
    static final String PREFIX = "PREFIX kg: <https://w3id.org/astrolabe/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    @BeforeAll
    static void start() {
        fx = new ServerFixture();
        for (String endpoint : WRITE_ENDPOINTS) {
            AuthEnv.get().registerAuthModifier(fx.url(endpoint), request -> request.header("Authorization", "Bearer " + ServerFixture.TOKEN));
        }
    }

    @AfterAll
    static void stop() {
        for (String endpoint : WRITE_ENDPOINTS) {
            AuthEnv.get().unregisterAuthModifier(fx.url(endpoint));
        }
        fx.close();
    }

    static RDFConnection connect(QuerySendMode mode) {
        return RDFConnectionRemote.service(fx.url("")).queryEndpoint("sparql").updateEndpoint("update").gspEndpoint("data")
                .querySendMode(mode).build();
    }

    @Test
    void everyQueryFormWithEveryWayOfSendingIt() {
        for (QuerySendMode mode : List.of(QuerySendMode.asGetAlways, QuerySendMode.asPostForm, QuerySendMode.asPost)) {
            try (RDFConnection conn = connect(mode)) {
                List<String> names = new ArrayList<>();
                conn.querySelect(PREFIX + "SELECT ?name WHERE { ?a a kg:Agreement ; kg:party ?p . ?p rdfs:label ?name } ORDER BY ?name",
                        row -> names.add(row.getLiteral("name").getString()));
                assertThat(names).as(mode.toString()).containsExactly("CMSA", "SUPARCO");
                assertThat(conn.queryAsk(PREFIX + "ASK { ?s a kg:SpaceAgency }")).isTrue();
                assertThat(conn.queryAsk("ASK { <http://example.org/none> ?p ?o }")).isFalse();
                Model parties = conn.queryConstruct(PREFIX + "CONSTRUCT { ?a kg:party ?p } WHERE { ?a kg:party ?p }");
                assertThat(parties.size()).isEqualTo(2);
                Model suparco = conn.queryDescribe("DESCRIBE <" + SampleArticles.SUPARCO + ">");
                assertThat(suparco.contains(suparco.createResource(SampleArticles.SUPARCO), null)).isTrue();
            }
        }
    }

    @Test
    void updatesWithTheTokenInEitherForm() {
        for (UpdateSendMode mode : UpdateSendMode.values()) {
            String graph = GRAPH + "/update-" + mode.name();
            try (RDFConnection conn = RDFConnectionRemote.service(fx.url("")).updateEndpoint("update").queryEndpoint("sparql")
                    .updateSendMode(mode).build()) {
                conn.update("INSERT DATA { GRAPH <" + graph + "> { <http://example.org/a> <http://example.org/p> \"" + mode + "\" } }");
                assertThat(conn.queryAsk("ASK { GRAPH <" + graph + "> { ?s ?p \"" + mode + "\" } }")).as(mode.toString()).isTrue();
                conn.update("DROP GRAPH <" + graph + ">");
                assertThat(conn.queryAsk("ASK { GRAPH <" + graph + "> { ?s ?p ?o } }")).isFalse();
            }
        }
    }

    @Test
    void withoutTheTokenAnUpdateIsRefused() {
        try (ServerFixture other = new ServerFixture();
             RDFConnection conn = RDFConnectionRemote.service(other.url("/update")).build()) {
            assertThatThrownBy(() -> conn.update("CLEAR ALL")).hasMessageContaining("401");
        }
    }

    @Test
    void graphStoreLoadFetchPutDelete(@TempDir Path folder) throws Exception {
        Path notes = folder.resolve("notes.ttl");
        Files.writeString(notes, "<http://example.org/n1> <http://example.org/says> \"one\" .\n");
        try (RDFConnection conn = connect(QuerySendMode.asGetAlways)) {
            conn.load(GRAPH, notes.toString());
            assertThat(conn.fetch(GRAPH).size()).isEqualTo(1);

            Model more = ModelFactory.createDefaultModel();
            RDFParser.fromString("<http://example.org/n2> <http://example.org/says> \"two\" .", org.apache.jena.riot.Lang.TURTLE).parse(more);
            conn.load(GRAPH, more);
            assertThat(conn.fetch(GRAPH).size()).isEqualTo(2);

            conn.put(GRAPH, more);
            Model replaced = conn.fetch(GRAPH);
            assertThat(replaced.size()).isEqualTo(1);
            assertThat(replaced.isIsomorphicWith(more)).isTrue();

            conn.delete(GRAPH);
            assertThatThrownBy(() -> conn.fetch(GRAPH)).hasMessageContaining("404");
        }
    }

    @Test
    void graphStoreLoadOfADataset() {
        String graph = GRAPH + "/dataset-load";
        Dataset quads = org.apache.jena.query.DatasetFactory.create();
        RDFParser.fromString("<" + graph + "> { <http://example.org/d1> <http://example.org/says> \"quad\" }", org.apache.jena.riot.Lang.TRIG)
                .parse(quads);
        try (RDFConnection conn = connect(QuerySendMode.asGetAlways)) {
            conn.loadDataset(quads);
            assertThat(conn.fetch(graph).size()).isEqualTo(1);
            assertThat(conn.fetchDataset().containsNamedModel(graph)).isTrue();
            conn.delete(graph);
        }
    }

    @Test
    void graphStoreReadsOfTheDefaultGraphAndTheWholeDataset() {
        try (RDFConnection conn = connect(QuerySendMode.asGetAlways)) {
            Model union = conn.fetch();
            assertThat(union.contains(union.createResource(SampleArticles.SUPARCO), null)).isTrue();
            Dataset dataset = conn.fetchDataset();
            assertThat(dataset.containsNamedModel(SampleArticles.IRIS.entitiesGraph())).isTrue();
            assertThat(dataset.getUnionModel().size()).isEqualTo(union.size());
        }
    }
}
