package org.astrolabe.reliability.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.apache.jena.riot.RDFFormat;
import org.astrolabe.core.store.GraphStore;

/**
 * One graph reduced to its quad count and the SHA-256 of its sorted N-Quads lines: equal digests mean the
 * same quads (article graphs hold no blank nodes, so the lines are canonical). The same reduction applies
 * to the answer of {@code GET /api/export?format=nquads&graph=ID} and to the store read directly.
 */
public record GraphDigest(long quads, String sha256) {

    public static GraphDigest ofNQuads(String nquads) {
        String[] lines = Arrays.stream(nquads.split("\n")).filter(line -> !line.isBlank()).sorted().toArray(String[]::new);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return new GraphDigest(lines.length, HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The digest of one named graph of a store, exported as the server exports it. */
    public static GraphDigest of(GraphStore store, String graphIri) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, RDFFormat.NQUADS, graphIri);
        return ofNQuads(out.toString(StandardCharsets.UTF_8));
    }
}
