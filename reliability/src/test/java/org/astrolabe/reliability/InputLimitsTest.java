package org.astrolabe.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.astrolabe.api.ServerConfig;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.reliability.support.HostileCorpus;
import org.astrolabe.reliability.support.LiveServer;
import org.astrolabe.reliability.support.PoolExtractor;
import org.astrolabe.reliability.support.Reply;
import org.astrolabe.reliability.support.ReplyChecks;
import org.astrolabe.reliability.support.StoreFingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Articles over the size limit are refused with 413 and a message naming the limit, never stored
 * truncated; an article just under the limit is stored whole; an extraction that overruns its time budget
 * is stopped and reported (422) instead of leaving the upload hanging, and the server goes on extracting.
 */
class InputLimitsTest {
    @TempDir
    Path dir;

    @Test
    void articlesOverTheDefaultLimitAreRefusedNotTruncated() {
        try (LiveServer server = LiveServer.start(dir.resolve("store"), Duration.ofSeconds(5))) {
            long limit = ServerConfig.DEFAULT_MAX_BODY_BYTES;
            StoreFingerprint before = server.fingerprint();
            for (String type : new String[] {"text/plain", "text/html", "application/json"}) {
                String text = HostileCorpus.article((int) limit + 1);
                String body = switch (type) {
                    case "application/json" -> "{\"text\": \"" + text + "\"}";
                    case "text/html" -> "<html><body><p>" + text + "</p></body></html>";
                    default -> text;
                };
                Reply reply = server.http().post("/api/documents", type, body, server.auth());
                assertThat(reply.status()).as("%s article of %d bytes: %s", type, body.length(), reply.describe()).isEqualTo(413);
                assertThat(ReplyChecks.problems(reply)).isEmpty();
                assertThat(ReplyChecks.json(reply).path("detail").asText()).as("the message names the limit").contains(Long.toString(limit));
            }
            assertThat(server.fingerprint()).as("nothing stored from refused articles").isEqualTo(before);

            // Filler without entity names: this checks the size handling, not how fast 50 000 mentions are stored.
            String nearLimit = "The committee met again to discuss the budget. ".repeat((int) (limit - 1024) / 48);
            Reply stored = server.http().post("/api/documents", "text/plain", nearLimit, server.auth());
            assertThat(stored.status()).as("article just under the limit: %s", stored.describe()).isEqualTo(201);
            String iri = ReplyChecks.json(stored).path("iri").asText();
            Reply length = server.http().sparql("SELECT (STRLEN(?text) AS ?n) WHERE { GRAPH <" + iri + "> { <" + iri
                    + "> <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString> ?text } }");
            JsonNode n = ReplyChecks.json(length).path("results").path("bindings").path(0).path("n").path("value");
            assertThat(n.asInt()).as("stored text length (not truncated)").isEqualTo(nearLimit.length());
            System.out.printf("limits: 3 articles of %d bytes refused with 413; one of %d bytes stored whole%n", limit + 1, nearLimit.length());
        }
    }

    @Test
    void aConfiguredSmallerLimitIsEnforcedToTheByte() {
        try (LiveServer server = LiveServer.start(dir.resolve("store"), config -> config.withMaxBodyBytes(10_000), new PoolExtractor())) {
            Reply over = server.http().post("/api/documents", "text/plain", HostileCorpus.article(10_001), server.auth());
            assertThat(over.status()).as(over.describe()).isEqualTo(413);
            assertThat(ReplyChecks.json(over).path("detail").asText()).contains("10000");
            Reply at = server.http().post("/api/documents", "text/plain", HostileCorpus.article(10_000), server.auth());
            assertThat(at.status()).as(at.describe()).isEqualTo(201);
        }
    }

    @Test
    void anExtractionOverItsTimeBudgetIsStoppedAndReported() throws Exception {
        StallingExtractor extractor = new StallingExtractor();
        try (LiveServer server = LiveServer.start(dir.resolve("store"), config -> config.withExtractionTimeout(Duration.ofSeconds(1)),
                extractor)) {
            StoreFingerprint before = server.fingerprint();
            Reply reply = server.http().post("/api/documents", "text/plain", "STALL: SUPARCO and CNSA met in Beijing.", server.auth());
            assertThat(reply.status()).as(reply.describe()).isEqualTo(422);
            assertThat(reply.millis()).as("answered soon after the 1 s budget").isLessThan(5000);
            assertThat(ReplyChecks.problems(reply)).isEmpty();
            assertThat(ReplyChecks.json(reply).path("detail").asText()).contains("longer than 1 s");
            assertThat(extractor.interrupted.await(5, TimeUnit.SECONDS)).as("the overrunning extraction was interrupted").isTrue();
            assertThat(server.fingerprint()).as("nothing stored").isEqualTo(before);

            Reply next = server.http().post("/api/documents", "text/plain", "SUPARCO and CNSA met in Beijing.", server.auth());
            assertThat(next.status()).as("the next article is extracted: %s", next.describe()).isEqualTo(201);
            assertThat(server.http().get("/health").status()).isEqualTo(200);
            System.out.printf("limits: extraction over its 1 s budget answered 422 in %.0f ms; next upload 201%n", reply.millis());
        }
    }

    /**
     * Fault injection: an extractor that never finishes an article starting with "STALL" until it is
     * interrupted (as CoreNLP can take minutes on pathological text); others go to {@link PoolExtractor}.
     */
    private static final class StallingExtractor implements ArticleExtractor {
        final CountDownLatch interrupted = new CountDownLatch(1);
        final AtomicInteger calls = new AtomicInteger();
        private final PoolExtractor normal = new PoolExtractor();

        @Override
        public ExtractionResult extract(Article article) {
            calls.incrementAndGet();
            if (article.text().startsWith("STALL")) {
                try {
                    Thread.sleep(TimeUnit.MINUTES.toMillis(5));
                } catch (InterruptedException e) {
                    interrupted.countDown();
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("extraction interrupted");
                }
            }
            return normal.extract(article);
        }

        @Override
        public String version() {
            return normal.version();
        }
    }
}
