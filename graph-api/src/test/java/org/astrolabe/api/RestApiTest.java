package org.astrolabe.api;

import static org.astrolabe.api.ServerFixture.enc;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

class RestApiTest {
    @RegisterExtension
    static final ServerFixture fx = new ServerFixture();

    static JsonNode getJson(String path) {
        HttpResponse<String> response = fx.get(path);
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        return ServerFixture.json(response);
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("results").forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    @ParameterizedTest
    @ValueSource(strings = {"suparco", "SUPARCO", "Supárco", "space upper atmosphere", "upper atmosphere research", "supar", "suparko",
            "Space and Upper Atmosphere Research Commission"})
    void searchFindsSuparcoByNameAliasPrefixAndTypo(String q) {
        JsonNode page = getJson("/api/entities?q=" + enc(q));
        assertThat(ids(page)).as(q).first().isEqualTo("suparco");
    }

    @Test
    void exactLabelComesFirstThenArticleCount() {
        JsonNode page = getJson("/api/entities?q=" + enc("space agency"));
        // CMSA ("China Manned Space Agency") and ESA both match by alias/label words; ESA's label matches exactly? no: rank by articles.
        assertThat(ids(page)).contains("cmsa", "european-space-agency");
        JsonNode exact = getJson("/api/entities?q=" + enc("european space agency"));
        assertThat(exact.get("results").get(0).get("match").asText()).isEqualTo("label");
        JsonNode all = getJson("/api/entities?type=SpaceAgency");
        assertThat(ids(all)).first().isEqualTo("suparco");
        assertThat(all.get("results").get(0).get("articles").asLong()).isEqualTo(2);
        assertThat(ids(all)).containsExactlyInAnyOrder("suparco", "cmsa", "european-space-agency");
    }

    @Test
    void accentsFoldInBothDirections() {
        assertThat(ids(getJson("/api/entities?q=sao+paulo"))).containsExactly("sao-paulo");
        assertThat(ids(getJson("/api/entities?q=" + enc("SÃO PAULO")))).containsExactly("sao-paulo");
    }

    @Test
    void typeFilterAndPaging() {
        assertThat(ids(getJson("/api/entities?type=Country"))).containsExactlyInAnyOrder("pakistan", "china");
        assertThat(ids(getJson("/api/entities?type=kg:Country&q=pak"))).containsExactly("pakistan");
        JsonNode page = getJson("/api/entities?limit=2&offset=1");
        assertThat(page.get("results")).hasSize(2);
        assertThat(page.get("total").asLong()).isEqualTo(7);
    }

    @Test
    void entityWithFactsInBothDirectionsAndEvidence() {
        JsonNode e = getJson("/api/entities/suparco");
        assertThat(e.get("label").asText()).isEqualTo("SUPARCO");
        assertThat(e.get("type").asText()).endsWith("#SpaceAgency");
        assertThat(e.get("altLabels").toString()).contains("Space and Upper Atmosphere Research Commission");
        assertThat(e.get("sameAs").get(0).asText()).isEqualTo("http://www.wikidata.org/entity/Q1141577");
        assertThat(e.get("articles").asLong()).isEqualTo(2);
        List<String> facts = new ArrayList<>();
        e.get("facts").forEach(f -> facts.add(f.get("direction").asText() + " " + f.get("propertyName").asText()));
        assertThat(facts).contains("out country", "out cooperatesWith", "in party");
        JsonNode party = null;
        for (JsonNode f : e.get("facts")) {
            if (f.get("propertyName").asText().equals("party")) {
                party = f;
            }
        }
        JsonNode evidence = party.get("evidence").get(0);
        assertThat(evidence.get("sentence").asText()).contains("signed an agreement");
        assertThat(evidence.get("begin").asInt()).isZero();
        assertThat(evidence.get("confidence").asDouble()).isEqualTo(0.9);
        assertThat(evidence.get("extractor").asText()).isEqualTo("rule:agreement-signed-with");
        assertThat(evidence.get("document").get("title").asText()).isEqualTo("Pakistan and China sign astronaut deal");
        assertThat(party.get("subject").get("id").asText()).isEqualTo("suparco-cmsa-astronaut-agreement");
    }

    @Test
    void entityByFullEncodedIri() {
        JsonNode e = getJson("/api/entities/" + enc(SampleArticles.CMSA));
        assertThat(e.get("id").asText()).isEqualTo("cmsa");
    }

    @Test
    void neighboursAtDepthOneAndTwo() {
        JsonNode one = getJson("/api/entities/cmsa/neighbors?depth=1");
        List<String> nodes = new ArrayList<>();
        one.get("nodes").forEach(n -> nodes.add(n.get("id").asText()));
        assertThat(nodes).containsExactlyInAnyOrder("cmsa", "china", "suparco-cmsa-astronaut-agreement");
        JsonNode two = getJson("/api/entities/cmsa/neighbors?depth=2");
        List<String> more = new ArrayList<>();
        two.get("nodes").forEach(n -> more.add(n.get("id").asText()));
        assertThat(more).contains("suparco");
        JsonNode edge = two.get("edges").get(0);
        assertThat(edge.has("source") && edge.has("target") && edge.has("property")).isTrue();
        assertThat(fx.get("/api/entities/cmsa/neighbors?depth=3").statusCode()).isEqualTo(400);
    }

    @Test
    void documentsListAndDetailWithMentions() {
        JsonNode list = getJson("/api/documents");
        assertThat(list.get("results")).hasSize(2);
        String id = null;
        for (JsonNode d : list.get("results")) {
            if (d.get("title").asText().startsWith("Pakistan")) {
                id = d.get("id").asText();
                assertThat(d.get("facts").asLong()).isEqualTo(5);
                assertThat(d.get("date").asText()).isEqualTo("2025-03-01");
            }
        }
        JsonNode doc = getJson("/api/documents/" + id);
        String text = doc.get("text").asText();
        assertThat(doc.get("mentions")).isNotEmpty();
        for (JsonNode m : doc.get("mentions")) {
            assertThat(text.substring(m.get("begin").asInt(), m.get("end").asInt())).isEqualTo(m.get("text").asText());
        }
        assertThat(doc.get("facts")).hasSize(5);
        assertThat(fx.get("/api/documents/nonexistent0000").statusCode()).isEqualTo(404);
    }

    @Test
    void exportStreamsNQuadsAndGzip() throws Exception {
        HttpResponse<String> plain = fx.get("/api/export?format=nquads");
        assertThat(plain.statusCode()).isEqualTo(200);
        Dataset ds = DatasetFactory.create();
        RDFParser.fromString(plain.body(), Lang.NQUADS).parse(ds);
        assertThat(org.apache.jena.atlas.iterator.Iter.toList(ds.listModelNames())).hasSizeGreaterThanOrEqualTo(3);

        HttpResponse<byte[]> zipped = fx.http.send(fx.request("/api/export?format=trig&gzip=true").GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zipped.headers().firstValue("Content-Disposition").orElseThrow()).contains(".trig.gz");
        String trig;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            trig = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new IOException(e);
        }
        Dataset fromTrig = DatasetFactory.create();
        RDFParser.fromString(trig, Lang.TRIG).parse(fromTrig);
        assertThat(fromTrig.asDatasetGraph().stream().count()).isEqualTo(ds.asDatasetGraph().stream().count());

        HttpResponse<String> one = fx.get("/api/export?format=turtle&graph=entities");
        Model entities = ModelFactory.createDefaultModel();
        RDFParser.fromString(one.body(), Lang.TURTLE).parse(entities);
        assertThat(entities.size()).isGreaterThan(7);
        assertThat(fx.get("/api/export?format=exe").statusCode()).isEqualTo(400);
        assertThat(fx.get("/api/export?graph=nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void statsHealthReadyMetrics() {
        JsonNode stats = getJson("/api/stats");
        assertThat(stats.get("articles").asLong()).isEqualTo(2);
        assertThat(stats.get("entities").asLong()).isEqualTo(7);
        assertThat(stats.get("quads").asLong()).isGreaterThan(0);
        assertThat(getJson("/health").get("status").asText()).isEqualTo("ok");
        HttpResponse<String> ready = fx.get("/ready");
        assertThat(ready.statusCode()).isEqualTo(503);
        assertThat(ServerFixture.json(ready).get("error").asText()).isEqualTo("not ready");
        fx.get("/api/entities?q=x");
        fx.get("/no/such/path/xyz");
        HttpResponse<String> metrics = fx.get("/metrics");
        assertThat(metrics.body()).doesNotContain("/no/such/path/xyz").contains("route=\"other\",status=\"404\"");
        assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(metrics.body()).contains("astrolabe_http_requests_total{method=\"GET\",route=\"/api/entities\",status=\"200\"}")
                .contains("astrolabe_http_request_duration_seconds_bucket{route=\"/api/entities\",le=\"+Inf\"}")
                .contains("astrolabe_store_quads ");
    }

    @Test
    void openApiAndDocs() {
        JsonNode spec = getJson("/openapi.json");
        assertThat(spec.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        spec.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/sparql", "/update", "/data", "/api/entities", "/api/entities/{id}", "/api/entities/{id}/neighbors",
                "/api/documents", "/api/documents/{id}", "/api/export", "/api/stats", "/health", "/ready", "/metrics", "/resource/{id}");
        HttpResponse<String> docs = fx.get("/docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("openapi.json");
    }

    @Test
    void linkedDataByAccept() {
        HttpResponse<String> turtle = fx.get("/resource/suparco", "text/turtle");
        assertThat(turtle.statusCode()).isEqualTo(200);
        Model m = ModelFactory.createDefaultModel();
        RDFParser.fromString(turtle.body(), Lang.TURTLE).parse(m);
        assertThat(m.containsResource(m.createResource(SampleArticles.SUPARCO))).isTrue();
        HttpResponse<String> jsonld = fx.get("/resource/suparco", "application/ld+json");
        assertThat(jsonld.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/ld+json");
        HttpResponse<String> html = fx.get("/resource/suparco", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(html.body()).contains("<h1>SUPARCO</h1>").contains("signed an agreement");
        HttpResponse<String> asked = fx.get("/resource/suparco?output=nt", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertThat(asked.headers().firstValue("Content-Type").orElseThrow()).as("a format parameter wins over a browser's Accept")
                .startsWith("application/n-triples");
        assertThat(fx.get("/resource/no-such-thing", "text/turtle").statusCode()).isEqualTo(404);
    }

    @Test
    void deleteKeepsTheIndexInSync() {
        try (ServerFixture own = new ServerFixture()) {
            String docId = new Ids(SampleArticles.IRIS.base()).documentId(SampleArticles.IRIS.document(SampleArticles.cooperationArticle().article()));
            HttpResponse<String> unauthorised = own.send(own.request("/api/documents/" + docId).DELETE().build());
            assertThat(unauthorised.statusCode()).isEqualTo(401);
            HttpResponse<String> deleted = own.send(own.request("/api/documents/" + docId)
                    .header("Authorization", "Bearer " + ServerFixture.TOKEN).DELETE().build());
            assertThat(deleted.statusCode()).isEqualTo(204);
            HttpResponse<String> search = own.get("/api/entities?q=esa");
            assertThat(ServerFixture.json(search).get("results")).isEmpty();
            JsonNode suparco = ServerFixture.json(own.get("/api/entities?q=suparco")).get("results").get(0);
            assertThat(suparco.get("articles").asLong()).isEqualTo(1);
            HttpResponse<String> again = own.send(own.request("/api/documents/" + docId)
                    .header("Authorization", "Bearer " + ServerFixture.TOKEN).DELETE().build());
            assertThat(again.statusCode()).isEqualTo(404);
        }
    }

    @Test
    void postingADocumentNeedsTheModels() {
        HttpResponse<String> response = fx.send(fx.request("/api/documents").header("Authorization", "Bearer " + ServerFixture.TOKEN)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("SUPARCO met CMSA.")).build());
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(ServerFixture.json(response).get("error").asText()).isEqualTo("unavailable");
    }
}
