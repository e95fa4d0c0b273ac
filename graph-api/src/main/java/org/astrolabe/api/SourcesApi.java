package org.astrolabe.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.astrolabe.watch.ItemRecord;
import org.astrolabe.watch.ItemState;
import org.astrolabe.watch.SourceSpec;
import org.astrolabe.watch.SourcesFile;
import org.astrolabe.watch.Watcher;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.http.Context;

/**
 * {@code /api/sources}: the watched sources with their state, and adding or removing one (token needed).
 * Answers 409 when the server watches nothing ({@code serve} without {@code --watch}, or before the models
 * are loaded).
 */
final class SourcesApi {
    private final Supplier<Watcher> watcher;
    private final RequestBodies bodies;
    private final ObjectMapper json;
    private final WriteAccess access;
    private final Ids ids;
    private final org.astrolabe.core.store.GraphStore store;

    SourcesApi(Supplier<Watcher> watcher, org.astrolabe.core.store.GraphStore store, RequestBodies bodies, ObjectMapper json,
               WriteAccess access, Ids ids) {
        this.store = store;
        this.watcher = watcher;
        this.bodies = bodies;
        this.json = json;
        this.access = access;
        this.ids = ids;
    }

    record Latest(String url, String document, String id, String title, String handledAt) {}

    record SourceView(String name, String url, String kind, long intervalSeconds, List<String> include, List<String> exclude,
                      List<String> keywords, String lastPoll, String lastSuccess, String lastError, int failures, long polls,
                      Map<String, Integer> items, List<Latest> latest) {}

    void list(Context ctx) {
        Watcher w = watcher.get();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("watching", w != null);
        body.put("sources", w == null ? List.of() : w.status().stream().map(this::view).toList());
        ctx.json(body);
    }

    void add(Context ctx) {
        access.require(ctx);
        RequestBodies.requireMediaType(ctx, Set.of("application/json"));
        String text = bodies.text(ctx);
        Watcher w = watching();
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ApiException(400, "malformed JSON", e.getOriginalMessage());
        }
        SourceSpec spec;
        try {
            spec = SourcesFile.source(node);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        boolean replaced = w.source(spec.url()).isPresent();
        w.add(spec);
        Watcher.SourceStatus status = w.status().stream().filter(s -> s.spec().url().equals(spec.url())).findFirst().orElseThrow();
        ctx.status(replaced ? 200 : 201).json(view(status));
    }

    void remove(Context ctx) {
        access.require(ctx);
        Watcher w = watching();
        String name = ctx.pathParam("name");
        if (!w.remove(name)) {
            throw ApiException.notFound("No watched source named " + name);
        }
        ctx.status(204);
    }

    private Watcher watching() {
        Watcher w = watcher.get();
        if (w == null) {
            throw new ApiException(409, "not watching", "The server watches no sources: start it with --watch SOURCES (sources are "
                    + "watched once the language models are loaded)");
        }
        return w;
    }

    private SourceView view(Watcher.SourceStatus status) {
        SourceSpec spec = status.spec();
        Map<String, Integer> items = new LinkedHashMap<>();
        for (ItemState state : ItemState.values()) {
            items.put(state.label(), status.summary().counts().getOrDefault(state, 0));
        }
        List<Latest> latest = new ArrayList<>();
        for (ItemRecord r : status.summary().latest()) {
            for (String doc : r.documents()) {
                String title = store.document(doc).map(d -> d.title()).orElse(null);
                latest.add(new Latest(r.url(), doc, ids.documentId(doc), title, r.handledAt() == null ? null : r.handledAt().toString()));
            }
        }
        var state = status.state();
        return new SourceView(spec.name(), spec.url(), spec.kind().name().toLowerCase(java.util.Locale.ROOT), spec.interval().toSeconds(),
                spec.include().stream().map(Object::toString).toList(), spec.exclude().stream().map(Object::toString).toList(),
                spec.keywords(), state.lastPoll() == null ? null : state.lastPoll().toString(),
                state.lastSuccess() == null ? null : state.lastSuccess().toString(), state.lastError(), state.failures(), state.polls(),
                items, latest);
    }
}
