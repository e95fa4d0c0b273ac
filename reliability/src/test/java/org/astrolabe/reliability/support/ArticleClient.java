package org.astrolabe.reliability.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.Iris;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Posts and deletes articles through the REST API as a client would, writing down in an {@link ArticleLedger}
 * what it sends and what the server acknowledges. A request cut off by a kill throws; its article stays
 * "in flight" in the ledger until the next audit settles it.
 */
public final class ArticleClient {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DOC_BASE = Iris.defaults().base() + "doc/";

    private final HttpProbe http;
    private final Map<String, String> auth;
    private final ArticleLedger ledger;

    public ArticleClient(HttpProbe http, String token, ArticleLedger ledger) {
        this.http = http;
        this.auth = Map.of("Authorization", "Bearer " + token);
        this.ledger = ledger;
    }

    /** The IRI the store gives an article: it follows the URL. */
    public static String documentIri(CorpusArticles.Posting posting) {
        return Iris.defaults().document(new Article(null, posting.url(), posting.title(),
                posting.date() == null ? null : LocalDate.parse(posting.date()), posting.text()));
    }

    /**
     * {@code POST /api/documents} (plain text, extracted by the server), then, once acknowledged, the stored
     * graph by {@code GET /api/export?format=nquads&graph=ID}.
     *
     * @return the answer to the POST
     */
    public Reply post(CorpusArticles.Posting posting) {
        String iri = documentIri(posting);
        ledger.posting(iri, Iris.contentHash(posting.text()));
        String query = "?title=" + HttpProbe.encode(posting.title()) + "&url=" + HttpProbe.encode(posting.url())
                + (posting.date() == null ? "" : "&date=" + posting.date());
        Reply reply = http.send("POST", "/api/documents" + query, "text/plain; charset=utf-8",
                posting.text().getBytes(StandardCharsets.UTF_8), auth);
        if (reply.status() != 201 && reply.status() != 200) {
            throw new IllegalStateException("upload not acknowledged: " + reply.describe());
        }
        JsonNode answer = json(reply);
        if (!iri.equals(answer.path("iri").asText())) {
            throw new IllegalStateException("article stored as " + answer.path("iri").asText() + ", not " + iri);
        }
        String id = answer.path("id").asText();
        ledger.posted(iri, id, answer.path("quads").asLong(), Iris.contentHash(posting.text()));
        Reply graph = http.get("/api/export?format=nquads&graph=" + HttpProbe.encode(id));
        if (graph.status() != 200) {
            throw new IllegalStateException("acknowledged article not exported: " + graph.describe());
        }
        ledger.fetched(iri, GraphDigest.ofNQuads(graph.text()));
        return reply;
    }

    /** {@code DELETE /api/documents/ID}; 204 is the acknowledgement. */
    public Reply delete(ArticleLedger.Present article) {
        ledger.deleting(article.iri());
        Reply reply = http.send("DELETE", "/api/documents/" + HttpProbe.encode(article.id()), null, null, auth);
        if (reply.status() != 204) {
            throw new IllegalStateException("delete not acknowledged: " + reply.describe());
        }
        ledger.deleted(article.iri());
        return reply;
    }

    /** The id of a document IRI, as the REST API names it. */
    public static String id(String documentIri) {
        return documentIri.substring(DOC_BASE.length());
    }

    public static JsonNode json(Reply reply) {
        try {
            return JSON.readTree(reply.body());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("not JSON: " + reply.describe(), e);
        }
    }
}
