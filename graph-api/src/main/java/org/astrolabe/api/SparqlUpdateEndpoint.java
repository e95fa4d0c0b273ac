package org.astrolabe.api;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.WebContent;
import org.apache.jena.update.UpdateExecution;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.astrolabe.core.store.GraphStore;

import io.javalin.http.Context;

/**
 * The SPARQL 1.1 Protocol update operation (form POST or direct POST), for token holders only. The whole
 * request runs in one write transaction: it is applied completely or not at all.
 */
final class SparqlUpdateEndpoint {
    private final GraphStore store;
    private final RequestBodies bodies;
    private final WriteAccess access;
    private final Runnable afterWrite;
    private final String baseIri;
    private final DefaultGraphWrites defaultGraphWrites;

    /**
     * @param baseIri the base relative IRIs in updates resolve against: the server's resource base, so that
     *                stored data does not depend on where the server runs
     */
    SparqlUpdateEndpoint(GraphStore store, RequestBodies bodies, WriteAccess access, Runnable afterWrite, String baseIri,
                         DefaultGraphWrites defaultGraphWrites) {
        this.defaultGraphWrites = defaultGraphWrites;
        this.store = store;
        this.bodies = bodies;
        this.access = access;
        this.afterWrite = afterWrite;
        this.baseIri = baseIri;
    }

    void post(Context ctx) {
        access.require(ctx);
        String type = RequestBodies.requireMediaType(ctx, Set.of(WebContent.contentTypeHTMLForm, WebContent.contentTypeSPARQLUpdate));
        String text;
        UpdateDataset dataset;
        if (type.equals(WebContent.contentTypeSPARQLUpdate)) {
            text = bodies.text(ctx);
            dataset = new UpdateDataset(ctx.queryParams(UpdateDataset.USING_GRAPH), ctx.queryParams(UpdateDataset.USING_NAMED_GRAPH));
        } else {
            Map<String, List<String>> form = bodies.form(ctx);
            List<String> update = form.getOrDefault("update", List.of());
            if (update.size() != 1) {
                throw ApiException.badRequest(update.isEmpty() ? "The form has no 'update' field" : "The form has more than one 'update' field");
            }
            text = update.get(0);
            dataset = new UpdateDataset(form.getOrDefault(UpdateDataset.USING_GRAPH, List.of()),
                    form.getOrDefault(UpdateDataset.USING_NAMED_GRAPH, List.of()));
        }
        UpdateRequest request = defaultGraphWrites.redirect(parse(text, baseIri));
        if (request.getOperations().stream().anyMatch(op -> op instanceof org.apache.jena.sparql.modify.request.UpdateLoad)) {
            // LOAD would make the server read its own files (file:) or fetch any URL it can reach.
            throw new ApiException(400, "update not allowed", "LOAD is disabled on this server; send the data to /data instead");
        }
        dataset.applyTo(request);
        try {
            store.write(ds -> UpdateExecution.dataset(ds).update(request)
                    .set(org.apache.jena.query.ARQ.httpServiceAllowed, false).execute());
        } catch (org.apache.jena.query.QueryDeniedException e) {
            throw new ApiException(400, "update not allowed", "SERVICE (federated query) is disabled on this server");
        } catch (StackOverflowError e) {
            throw new ApiException(400, "update too complex", "The update is nested or chained too deeply to evaluate");
        }
        afterWrite.run();
        ctx.json(Map.of("status", "updated"));
    }

    static UpdateRequest parse(String text, String baseIri) {
        if (text.isBlank()) {
            throw ApiException.badRequest("The update is empty");
        }
        try {
            return UpdateFactory.create(text, baseIri, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw new ApiException(400, "update syntax error", e.getMessage());
        } catch (StackOverflowError e) {
            throw new ApiException(400, "update syntax error", "The update is nested too deeply to parse");
        } catch (RuntimeException e) {
            throw new ApiException(400, "update syntax error", String.valueOf(e.getMessage()));
        }
    }
}
