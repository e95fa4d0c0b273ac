package org.astrolabe.core.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;

import org.astrolabe.ontology.KG;

/**
 * Mints the deterministic IRIs of documents, entities, facts and mentions under one base. The same input
 * always gives the same IRI, on any machine, so separate runs (and separate processes) agree on identity.
 */
public final class Iris {
    private final String base;

    public Iris(String base) {
        Objects.requireNonNull(base, "base");
        this.base = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
    }

    /** IRIs under the default base {@value KG#RESOURCE_BASE}. */
    public static Iris defaults() {
        return new Iris(KG.RESOURCE_BASE);
    }

    public String base() {
        return base;
    }

    /** The named graph holding the merged description (label, types, sameAs) of every entity. */
    public String entitiesGraph() {
        return base + "graph/entities";
    }

    /**
     * The named graph that holds what clients write to the default graph (the Graph Store Protocol's
     * {@code ?default}): queries see the union of the named graphs as their default graph, so a write to "the
     * default graph" lands in a graph of its own, which that union includes.
     */
    public String defaultGraph() {
        return base + "graph/default";
    }

    /**
     * The named graph that holds every review and edit of the curation ({@code kg:Review} nodes and the
     * statements reviewers added). No article writes into it, so re-ingesting an article leaves it as it is.
     */
    public String curationGraph() {
        return base + "graph/curation";
    }

    /** A review's IRI, from its id. */
    public String review(String id) {
        return base + "review/" + id;
    }

    /**
     * The id of one statement of one article: a hash of its subject, property, object (in N-Triples form) and
     * the article's IRI. It does not depend on the evidence (sentence, offsets, extractor), so it names the
     * same fact in every extraction of the article.
     */
    public static String factId(String documentIri, String subject, String property, String object) {
        return sha256(documentIri + '\u0000' + subject + '\u0000' + property + '\u0000' + object).substring(0, 24);
    }

    /** An article's IRI, which also names its graph: from its URL when given, else from its text. */
    public String document(Article article) {
        String key = article.urlIfPresent().map(u -> "url:" + u.strip()).orElseGet(() -> "text:" + contentHash(article.text()));
        return base + "doc/" + sha256(key).substring(0, 20);
    }

    /** An entity's IRI from its resolution key (usually its canonical name); equal keys give equal IRIs. */
    public String entity(String key) {
        String slug = slug(key);
        if (slug.isEmpty()) {
            slug = "e-" + sha256(key).substring(0, 12);
        }
        return base + slug;
    }

    /** The evidence node of one statement read at one place of one document. */
    public String fact(String documentIri, String subject, String property, String object, int begin) {
        return base + "fact/" + sha256(documentIri + '\u0000' + subject + '\u0000' + property + '\u0000' + object
                + '\u0000' + begin).substring(0, 24);
    }

    /** A mention node: a span of a document naming an entity. */
    public String mention(String documentIri, int begin, int end) {
        return documentIri + "#m" + begin + "-" + end;
    }

    /** Lowercase ASCII words joined by '-': accents folded, apostrophes dropped. */
    public static String slug(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        folded = folded.replaceAll("['\u2019\u2018`]", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** SHA-256 (hex) of the text with Unicode normalised (NFC) and white space collapsed. */
    public static String contentHash(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
        return sha256(normalised);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
