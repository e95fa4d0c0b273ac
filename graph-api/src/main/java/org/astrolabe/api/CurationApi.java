package org.astrolabe.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.astrolabe.core.curation.Curation;
import org.astrolabe.core.curation.EntityEdit;
import org.astrolabe.core.curation.FactKey;
import org.astrolabe.core.curation.Review;
import org.astrolabe.core.curation.Verdict;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.ontology.KG;
import org.astrolabe.ontology.Ontology;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.Context;

/**
 * The curation endpoints: review a fact, add one by hand, merge and edit entities, list and withdraw reviews
 * ({@code docs/curation.md}). Every write needs the token, whose name is recorded as the reviewer; the token is
 * checked before the body is read, so a refused request changes nothing.
 */
final class CurationApi {
    private final GraphStore store;
    private final EntityIndex index;
    private final Ids ids;
    private final WriteAccess access;
    private final RequestBodies bodies;
    private final ObjectMapper json;
    private final GraphReader reader;

    CurationApi(GraphStore store, EntityIndex index, GraphReader reader, Ids ids, WriteAccess access, RequestBodies bodies,
                ObjectMapper json) {
        this.reader = reader;
        this.store = store;
        this.index = index;
        this.ids = ids;
        this.access = access;
        this.bodies = bodies;
        this.json = json;
    }

    // ---- facts ----

    /** {@code POST /api/facts/{id}/review}: {"verdict": "confirm"|"reject", "note": "..."}. */
    void reviewFact(Context ctx) {
        String reviewer = access.require(ctx);
        String factId = factId(ctx.pathParam("id"));
        JsonNode body = body(ctx);
        Verdict verdict = switch (string(body, "verdict", true).strip().toLowerCase(Locale.ROOT)) {
            case "confirm", "confirmed" -> Verdict.CONFIRMED;
            case "reject", "rejected" -> Verdict.REJECTED;
            default -> throw ApiException.badRequest("'verdict' is 'confirm' or 'reject'");
        };
        String note = string(body, "note", false);
        Curation curation = curation();
        FactKey fact = curation.findFact(factId).orElseThrow(() -> ApiException.notFound("No fact " + factId));
        Review review = curation.reviewFact(fact, verdict, reviewer, note);
        ctx.status(201).header("Location", "/api/reviews/" + review.id()).json(view(review));
    }

    /**
     * {@code POST /api/facts}: {"document", "subject", "property", "object": {"entity"} or {"value", "datatype",
     * "lang"}, "sentence", "note"}.
     */
    void addFact(Context ctx) {
        String reviewer = access.require(ctx);
        JsonNode body = body(ctx);
        Node document = NodeFactory.createURI(ids.documentIri(string(body, "document", true)));
        Node subject = NodeFactory.createURI(ids.entityIri(string(body, "subject", true)));
        Node property = NodeFactory.createURI(propertyIri(string(body, "property", true)));
        Node object = object(body.get("object"));
        String sentence = string(body, "sentence", true);
        Review review = run(() -> curation().addFact(new FactKey(document, subject, property, object), sentence, reviewer,
                string(body, "note", false)));
        index.refresh(List.of(subject.getURI()));
        ctx.status(201).header("Location", "/api/reviews/" + review.id()).json(view(review));
    }

    /** {@code GET /api/review-queue}: facts not reviewed yet, lowest confidence first. */
    void queue(Context ctx) {
        int limit = RestApi.intParam(ctx, "limit", 20, 1, 200);
        int offset = RestApi.intParam(ctx, "offset", 0, 0, 10_000);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("offset", offset);
        body.put("limit", limit);
        body.put("results", store.read(ds -> reader.reviewQueue(ds.asDatasetGraph(), offset, limit)));
        ctx.json(body);
    }

    // ---- entities ----

    /** {@code POST /api/entities/{id}/merge}: {"into": survivor id, "note"}. */
    void merge(Context ctx) {
        String reviewer = access.require(ctx);
        String duplicate = ids.entityIri(ctx.pathParam("id"));
        JsonNode body = body(ctx);
        String survivor = ids.entityIri(string(body, "into", true));
        Review review = run(() -> curation().merge(NodeFactory.createURI(duplicate), NodeFactory.createURI(survivor),
                reviewer, string(body, "note", false)));
        index.refresh(List.of(duplicate, review.entity().getURI()));
        ctx.json(view(review));
    }

    /** {@code PATCH /api/entities/{id}}: {"label", "class", "addAliases", "removeAliases", "addLinks", "note"}. */
    void edit(Context ctx) {
        String reviewer = access.require(ctx);
        String entity = ids.entityIri(ctx.pathParam("id"));
        JsonNode body = body(ctx);
        String type = string(body, "class", false);
        EntityEdit edit = new EntityEdit(string(body, "label", false), type == null ? null : RestApi.typeIri(type),
                strings(body, "addAliases"), strings(body, "removeAliases"), strings(body, "addLinks"));
        for (String link : edit.addLinks()) {
            if (!link.startsWith("http://") && !link.startsWith("https://") || !org.apache.jena.irix.IRIs.check(link)) {
                throw ApiException.badRequest("Not a link IRI: '" + link + "'");
            }
        }
        Review review = run(() -> curation().edit(NodeFactory.createURI(entity), edit, reviewer, string(body, "note", false)));
        index.refresh(List.of(review.entity().getURI()));
        ctx.json(view(review));
    }

    // ---- reviews ----

    /** {@code GET /api/reviews}: newest first; {@code ?active=true} leaves out withdrawn ones. */
    void list(Context ctx) {
        int limit = RestApi.intParam(ctx, "limit", 100, 1, 1000);
        int offset = RestApi.intParam(ctx, "offset", 0, 0, 10_000_000);
        boolean activeOnly = "true".equalsIgnoreCase(ctx.queryParam("active"));
        List<Review> all = curation().reviews().stream().filter(r -> !activeOnly || r.active()).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("total", all.size());
        body.put("offset", offset);
        body.put("limit", limit);
        body.put("results", all.stream().skip(offset).limit(limit).map(this::view).toList());
        ctx.json(body);
    }

    void get(Context ctx) {
        String id = reviewId(ctx.pathParam("id"));
        ctx.json(view(curation().review(id).orElseThrow(() -> ApiException.notFound("No review " + id))));
    }

    /** {@code DELETE /api/reviews/{id}}: withdraws (undoes) the review, which stays on record. */
    void withdraw(Context ctx) {
        String reviewer = access.require(ctx);
        String id = reviewId(ctx.pathParam("id"));
        Review review = curation().withdraw(id, reviewer).orElseThrow(() -> ApiException.notFound("No review " + id));
        List<String> touched = new ArrayList<>();
        if (review.entity() != null) {
            touched.add(review.entity().getURI());
        }
        if (review.merged() != null) {
            touched.add(review.merged().getURI());
        }
        if (review.fact() != null) {
            touched.add(review.fact().subject().getURI());
        }
        index.refresh(touched);
        ctx.json(view(review));
    }

    // ---- JSON ----

    Map<String, Object> view(Review r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("iri", r.iri());
        out.put("kind", r.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        out.put("reviewer", r.reviewer());
        out.put("at", r.at().toString());
        out.put("note", r.note());
        out.put("active", r.active());
        out.put("withdrawnAt", r.withdrawnAt() == null ? null : r.withdrawnAt().toString());
        out.put("withdrawnBy", r.withdrawnBy());
        if (r.verdict() != null) {
            out.put("verdict", r.verdict().name().toLowerCase(Locale.ROOT));
        }
        if (r.fact() != null) {
            FactKey f = r.fact();
            Map<String, Object> fact = new LinkedHashMap<>();
            fact.put("id", f.id());
            fact.put("document", ids.documentId(f.document().getURI()));
            fact.put("subject", ids.entityId(f.subject().getURI()));
            fact.put("property", f.property().getURI());
            fact.put("object", f.object().isURI() ? Map.of("entity", ids.entityId(f.object().getURI()))
                    : literal(f.object()));
            out.put("fact", fact);
        }
        if (r.merged() != null) {
            out.put("merged", ids.entityId(r.merged().getURI()));
        }
        if (r.entity() != null) {
            out.put(r.kind() == Review.Kind.MERGE ? "survivor" : "entity", ids.entityId(r.entity().getURI()));
        }
        if (r.kind() == Review.Kind.EDIT) {
            out.put("label", r.newLabel());
            out.put("class", r.newClass());
            out.put("addAliases", r.addedAliases());
            out.put("removeAliases", r.removedAliases());
            out.put("addLinks", r.addedLinks());
        }
        return out;
    }

    private static Map<String, Object> literal(Node node) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("value", node.getLiteralLexicalForm());
        value.put("datatype", node.getLiteralDatatypeURI());
        String lang = node.getLiteralLanguage();
        if (lang != null && !lang.isEmpty()) {
            value.put("lang", lang);
        }
        return value;
    }

    // ---- parameters ----

    private Curation curation() {
        try {
            return store.curation();
        } catch (UnsupportedOperationException e) {
            throw new ApiException(501, "not implemented", "This server's store keeps no reviews");
        }
    }

    /** Runs a curation change, turning its refusals into 404 and 400 answers. */
    private static Review run(Supplier<Review> change) {
        try {
            return change.get();
        } catch (NoSuchElementException e) {
            throw ApiException.notFound(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    private static String factId(String id) {
        if (id == null || !id.matches("[0-9a-f]{24}")) {
            throw ApiException.badRequest("A fact id is 24 hexadecimal digits (the 'factId' of a fact's evidence)");
        }
        return id;
    }

    private static String reviewId(String id) {
        if (id == null || !id.matches("[0-9a-f-]{36}")) {
            throw ApiException.badRequest("Not a review id: '" + (id == null ? "" : id.substring(0, Math.min(80, id.length()))) + "'");
        }
        return id;
    }

    private JsonNode body(Context ctx) {
        RequestBodies.requireMediaType(ctx, java.util.Set.of("application/json"));
        JsonNode node;
        try {
            node = json.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(bodies.text(ctx));
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "malformed JSON", e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("Expected a JSON object");
        }
        return node;
    }

    private static String string(JsonNode node, String field, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw ApiException.badRequest("Field '" + field + "' is required");
            }
            return null;
        }
        if (!value.isTextual()) {
            throw ApiException.badRequest("Field '" + field + "' must be a string");
        }
        if (value.asText().length() > 10_000) {
            throw ApiException.badRequest("Field '" + field + "' is limited to 10000 characters");
        }
        return value.asText();
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw ApiException.badRequest("Field '" + field + "' must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.asText().isBlank()) {
                throw ApiException.badRequest("Field '" + field + "' must be an array of non-empty strings");
            }
            out.add(item.asText());
        }
        return out;
    }

    /** A property of the vocabulary: a full IRI, {@code kg:name} or a bare name. */
    private static String propertyIri(String name) {
        String p = name.strip();
        String iri = p.startsWith("http://") || p.startsWith("https://") ? p : KG.NS + (p.startsWith("kg:") ? p.substring(3) : p);
        var term = Ontology.model().getResource(iri);
        boolean declared = Ontology.model().contains(term, RDF.type, OWL.ObjectProperty)
                || Ontology.model().contains(term, RDF.type, OWL.DatatypeProperty);
        if (!declared || !iri.startsWith(KG.NS)) {
            throw ApiException.badRequest("Not a property of the vocabulary: '" + name + "'");
        }
        return iri;
    }

    private Node object(JsonNode object) {
        if (object == null || !object.isObject()) {
            throw ApiException.badRequest("Field 'object' must be {\"entity\": id} or {\"value\": text, \"datatype\": IRI}");
        }
        String entity = string(object, "entity", false);
        if (entity != null) {
            return NodeFactory.createURI(ids.entityIri(entity));
        }
        String value = string(object, "value", true);
        String lang = string(object, "lang", false);
        if (lang != null) {
            return NodeFactory.createLiteralLang(value, lang);
        }
        String datatype = Optional.ofNullable(string(object, "datatype", false)).orElse("http://www.w3.org/2001/XMLSchema#string");
        var type = TypeMapper.getInstance().getSafeTypeByName(datatype);
        if (!type.isValid(value)) {
            throw ApiException.badRequest("'" + value + "' is not a valid " + datatype);
        }
        return NodeFactory.createLiteralDT(value, type);
    }
}
