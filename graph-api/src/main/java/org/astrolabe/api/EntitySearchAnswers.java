package org.astrolabe.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * The JSON answers of {@code GET /api/entities}, rendered once and kept until the entity index changes: a
 * repeated query then costs a map lookup. Each answer remembers the {@link EntityIndex#version()} it was computed
 * at and is used only while the index is still at that version, so an answer computed while the index changed
 * is never served after the change.
 *
 * <p>Answers are written with Jackson's streaming generator straight from the index's hits, in the order and
 * shape of {@code EntitySearch} in {@code openapi.json}, without building an object tree first.
 */
final class EntitySearchAnswers {
    /** Bounds the memory held: when either is exceeded the cache starts afresh. */
    private static final int MAX_ANSWERS = 20_000;
    private static final long MAX_BYTES = 64L << 20;
    private static final JsonFactory JSON = new JsonFactory();

    /** What identifies an answer: every request parameter that shapes it, the text as sent (it is echoed). */
    record Key(String q, String typeIri, int offset, int limit) {}

    private record Answer(long version, byte[] json) {}

    private final EntityIndex index;
    private final Ids ids;
    private final Map<Key, Answer> answers = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong bytes = new java.util.concurrent.atomic.AtomicLong();
    private volatile long cachedVersion = -1;

    EntitySearchAnswers(EntityIndex index, Ids ids) {
        this.index = index;
        this.ids = ids;
    }

    /** The JSON answer to a search, from the cache when the index has not changed since it was rendered. */
    byte[] answer(Key key) {
        long version = index.version(); // read before searching: an answer is never newer than its tag
        if (version != cachedVersion) {
            startAfresh(version);
        }
        Answer cached = answers.get(key);
        if (cached != null && cached.version() == version) {
            return cached.json();
        }
        byte[] json = render(key, index.search(key.q(), key.typeIri(), key.offset(), key.limit()));
        if (answers.size() >= MAX_ANSWERS || bytes.addAndGet(json.length) > MAX_BYTES) {
            startAfresh(version);
        }
        answers.put(key, new Answer(version, json));
        return json;
    }

    /** The answer to a search when it is cached at the index's current version, else null (nothing is searched). */
    byte[] cached(Key key) {
        Answer cached = answers.get(key);
        return cached != null && cached.version() == index.version() ? cached.json() : null;
    }

    private synchronized void startAfresh(long version) {
        if (version < cachedVersion) {
            return; // a request that began before the index last changed: a later one already started afresh
        }
        answers.clear();
        bytes.set(0);
        cachedVersion = version;
    }

    private byte[] render(Key key, EntityIndex.Page page) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + 512 * page.hits().size());
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringField("q", key.q());
            json.writeStringField("type", key.typeIri());
            json.writeNumberField("total", page.total());
            json.writeNumberField("offset", key.offset());
            json.writeNumberField("limit", key.limit());
            json.writeArrayFieldStart("results");
            for (EntityIndex.Hit hit : page.hits()) {
                EntityIndex.Entry entry = hit.entry();
                json.writeStartObject();
                json.writeStringField("id", ids.entityId(entry.iri()));
                json.writeStringField("iri", entry.iri());
                json.writeStringField("label", entry.label());
                json.writeStringField("type", EntityIndex.mostSpecificType(entry.types()));
                strings(json, "types", entry.types());
                strings(json, "altLabels", entry.altLabels());
                json.writeNumberField("articles", entry.articles());
                json.writeStringField("match", switch (hit.exactness()) { case 0 -> "label"; case 1 -> "alias"; default -> "text"; });
                json.writeNumberField("score", (double) hit.score());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void strings(JsonGenerator json, String name, List<String> values) throws IOException {
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }
}
