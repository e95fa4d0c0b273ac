package org.astrolabe.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.NodeFactory;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.Evidence;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Fact;
import org.astrolabe.core.model.Mention;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * POST /api/documents end to end over HTTP. The extractor here is a stand-in that recognises a fixed list of
 * names (the CoreNLP extractor needs models that fast tests do not load): what is tested is the HTTP
 * side, body formats, storage, the search index and readiness.
 */
class DocumentIngestionTest {

    /** Finds known agency names; two agencies named in one sentence "cooperate". */
    static final class KnownAgencies implements ArticleExtractor {
        private static final Map<String, String> NAMES = Map.of("NASA", "NASA", "ISRO", "ISRO", "JAXA", "JAXA",
                "Indian Space Research Organisation", "ISRO");

        @Override
        public ExtractionResult extract(Article article) {
            String text = article.text();
            Map<String, ExtractedEntity> entities = new LinkedHashMap<>();
            List<Mention> mentions = new ArrayList<>();
            for (Map.Entry<String, String> name : NAMES.entrySet()) {
                Matcher m = Pattern.compile("\\b" + Pattern.quote(name.getKey()) + "\\b").matcher(text);
                while (m.find()) {
                    String iri = SampleArticles.IRIS.entity(name.getValue());
                    entities.putIfAbsent(iri, new ExtractedEntity(iri, KG.SpaceAgency.getURI(), name.getValue(), Set.of(name.getKey()), Set.of()));
                    mentions.add(new Mention(iri, m.start(), m.end(), m.group()));
                }
            }
            List<Fact> facts = new ArrayList<>();
            List<String> iris = new ArrayList<>(entities.keySet());
            if (iris.size() >= 2) {
                facts.add(new Fact(iris.get(0), KG.cooperatesWith.getURI(), NodeFactory.createURI(iris.get(1)),
                        new Evidence(text, 0, text.length(), 0.5, "rule:test-cooccurrence")));
            }
            return new ExtractionResult(article, List.copyOf(entities.values()), mentions, facts, version());
        }

        @Override
        public String version() {
            return "known-agencies-1";
        }
    }

    static HttpResponse<String> post(ServerFixture fx, String type, String query, String body) {
        return fx.send(fx.request("/api/documents" + query).header("Content-Type", type)
                .header("Authorization", "Bearer " + ServerFixture.TOKEN).POST(BodyPublishers.ofString(body)).build());
    }

    @Test
    void textJsonAndHtmlArticlesAreExtractedStoredAndSearchable() {
        try (ServerFixture fx = new ServerFixture(c -> c, ExtractorLoader.of(new KnownAgencies()))) {
            assertThat(fx.get("/ready").statusCode()).isEqualTo(200);
            String text = "NASA and the Indian Space Research Organisation will fly a joint radar satellite.";
            HttpResponse<String> created = post(fx, "text/plain; charset=utf-8", "?title=NISAR&date=2025-07-30", text);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode body = ServerFixture.json(created);
            assertThat(body.get("change").asText()).isEqualTo("added");
            assertThat(body.get("facts")).hasSize(1);
            assertThat(body.get("facts").get(0).get("propertyName").asText()).isEqualTo("cooperatesWith");
            String id = body.get("id").asText();
            assertThat(created.headers().firstValue("Location")).contains("/api/documents/" + id);

            JsonNode isro = ServerFixture.json(fx.get("/api/entities?q=indian+space+research")).get("results").get(0);
            assertThat(isro.get("id").asText()).isEqualTo("isro");
            JsonNode doc = ServerFixture.json(fx.get("/api/documents/" + id));
            assertThat(doc.get("title").asText()).isEqualTo("NISAR");
            assertThat(doc.get("date").asText()).isEqualTo("2025-07-30");
            assertThat(doc.get("text").asText()).isEqualTo(text);
            assertThat(doc.get("mentions")).hasSize(2);

            HttpResponse<String> again = post(fx, "text/plain", "?title=NISAR&date=2025-07-30", text);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(ServerFixture.json(again).get("change").asText()).isEqualTo("unchanged");

            HttpResponse<String> json = post(fx, "application/json", "",
                    "{\"url\": \"https://news.example.org/jaxa\", \"title\": \"JAXA news\", \"date\": \"2025-01-02\", \"text\": \"JAXA and NASA signed.\"}");
            assertThat(json.statusCode()).isEqualTo(201);
            assertThat(ServerFixture.json(json).get("iri").asText()).isEqualTo(SampleArticles.IRIS.document(
                    new Article("x", "https://news.example.org/jaxa", null, null, "JAXA and NASA signed.")));

            HttpResponse<String> html = post(fx, "text/html", "?url=https://news.example.org/isro",
                    "<html><head><title>ISRO page</title></head><body><nav>Menu</nav><p>ISRO met JAXA in Tokyo.</p></body></html>");
            assertThat(html.statusCode()).isEqualTo(201);
            JsonNode fromHtml = ServerFixture.json(fx.get("/api/documents/" + ServerFixture.json(html).get("id").asText()));
            assertThat(fromHtml.get("title").asText()).isEqualTo("ISRO page");
            // Read as astrolabe ingest reads a page: the headline opens the text, the navigation is left out.
            assertThat(fromHtml.get("text").asText()).isEqualTo("ISRO page\n\nISRO met JAXA in Tokyo.");

            HttpResponse<String> canonical = post(fx, "text/html", "",
                    "<html><head><link rel=\"canonical\" href=\"https://news.example.org/cnsa\"><meta property=\"og:title\" content=\"CNSA news\">"
                            + "<meta property=\"article:published_time\" content=\"2025-03-04T08:00:00Z\"></head><body><aside>Most read</aside>"
                            + "<article><p>CNSA met ESA in Paris.</p></article></body></html>");
            assertThat(canonical.statusCode()).isEqualTo(201);
            JsonNode fromPage = ServerFixture.json(fx.get("/api/documents/" + ServerFixture.json(canonical).get("id").asText()));
            assertThat(fromPage.get("url").asText()).isEqualTo("https://news.example.org/cnsa");
            assertThat(fromPage.get("title").asText()).isEqualTo("CNSA news");
            assertThat(fromPage.get("date").asText()).isEqualTo("2025-03-04");
            assertThat(fromPage.get("text").asText()).isEqualTo("CNSA news\n\nCNSA met ESA in Paris.");

            assertThat(ServerFixture.json(fx.get("/api/stats")).get("articles").asLong()).isEqualTo(6);
        }
    }

    @Test
    void anArticleWhoseGraphBreaksAShapeIsStoredAndTheViolationCountedInMetrics() {
        ArticleExtractor buggy = new ArticleExtractor() {
            @Override
            public ExtractionResult extract(Article article) {
                ExtractionResult found = new KnownAgencies().extract(article);
                Fact fact = found.facts().get(0);
                Fact wrong = new Fact(fact.subjectIri(), KG.headquarteredIn.getURI(), fact.object(), fact.evidence());
                return new ExtractionResult(article, found.entities(), found.mentions(), List.of(wrong), version());
            }

            @Override
            public String version() {
                return "buggy";
            }
        };
        try (ServerFixture fx = new ServerFixture(c -> c, ExtractorLoader.of(buggy))) {
            assertThat(fx.get("/metrics").body()).contains("astrolabe_shape_violations_total 0");

            HttpResponse<String> created = post(fx, "text/plain", "?title=Bases", "NASA is based in JAXA.");
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(fx.get("/api/documents/" + ServerFixture.json(created).get("id").asText()).statusCode()).isEqualTo(200);
            assertThat(fx.get("/metrics").body()).contains("# TYPE astrolabe_shape_violations_total counter")
                    .contains("astrolabe_shape_violations_total 1");
        }
    }

    @Test
    void anArticleOverTheTimeBudgetIsReportedAndNotStored() {
        ArticleExtractor slow = new ArticleExtractor() {
            @Override
            public ExtractionResult extract(Article article) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return new KnownAgencies().extract(article);
            }

            @Override
            public String version() {
                return "slow";
            }
        };
        try (ServerFixture fx = new ServerFixture(c -> c.withExtractionTimeout(java.time.Duration.ofSeconds(1)), ExtractorLoader.of(slow))) {
            long start = System.nanoTime();
            HttpResponse<String> response = post(fx, "text/plain", "", "NASA and ISRO.");
            assertThat(response.statusCode()).isEqualTo(422);
            assertThat(ServerFixture.json(response).get("error").asText()).isEqualTo("extraction timeout");
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(10));
            assertThat(ServerFixture.json(fx.get("/api/stats")).get("articles").asLong()).isEqualTo(2);
        }
    }

    @Test
    void ingestionAnswers503WithRetryAfterUntilTheModelsAreLoaded() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ExtractorLoader loading = ExtractorLoader.inBackground(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new KnownAgencies();
        });
        try (ServerFixture fx = new ServerFixture(c -> c, loading)) {
            assertThat(fx.get("/api/entities?q=suparco").statusCode()).isEqualTo(200);
            HttpResponse<String> early = post(fx, "text/plain", "", "NASA and ISRO.");
            assertThat(early.statusCode()).isEqualTo(503);
            assertThat(early.headers().firstValue("Retry-After")).contains("10");
            assertThat(fx.get("/ready").statusCode()).isEqualTo(503);
            release.countDown();
            loading.whenReady().get();
            assertThat(fx.get("/ready").statusCode()).isEqualTo(200);
            assertThat(post(fx, "text/plain", "", "NASA and ISRO.").statusCode()).isEqualTo(201);
        }
    }
}
