package org.astrolabe.api;

import java.util.regex.Pattern;

import org.apache.jena.irix.IRIs;

/**
 * Turns the ids of REST paths into IRIs and back: an entity's id is its IRI's local part under the base
 * ({@code suparco}), a document's id the part after {@code doc/}. A full IRI (URL-encoded in the path) is
 * accepted too. Anything else, including {@code ../} tricks, is refused with 400 before it reaches the store.
 */
final class Ids {
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,199}");
    private final String base;

    Ids(String base) {
        this.base = base;
    }

    String base() {
        return base;
    }

    String entityIri(String id) {
        return iri(id, "");
    }

    String documentIri(String id) {
        return iri(id, "doc/");
    }

    String entityId(String iri) {
        return iri.startsWith(base) ? iri.substring(base.length()) : iri;
    }

    String documentId(String iri) {
        return iri.startsWith(base + "doc/") ? iri.substring(base.length() + 4) : iri;
    }

    private String iri(String id, String prefix) {
        if (id == null || id.isBlank()) {
            throw ApiException.badRequest("Missing id");
        }
        if (id.startsWith("http://") || id.startsWith("https://")) {
            if (!IRIs.check(id) || id.chars().anyMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == '{' || c == '}')) {
                throw ApiException.badRequest("Not a valid IRI: '" + id + "'");
            }
            return id;
        }
        if (!LOCAL.matcher(id).matches() || id.contains("..")) {
            throw ApiException.badRequest("Not a valid id: '" + printable(id) + "'; ids are letters, digits, '-', '_', '.' and '~'");
        }
        return base + prefix + id;
    }

    private static String printable(String text) {
        String cut = text.length() > 80 ? text.substring(0, 80) + "..." : text;
        return cut.replaceAll("\\p{Cntrl}", "?");
    }
}
