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
 * What a store holds, reduced to its quad count and a hash of its sorted N-Quads export: two equal
 * fingerprints mean the same set of quads (the layout uses no blank nodes, so the export is canonical).
 */
public record StoreFingerprint(long quads, String sha256) {

    public static StoreFingerprint of(GraphStore store) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long quads = store.export(out, RDFFormat.NQUADS, null);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : lines) {
                if (!line.isBlank()) {
                    digest.update(line.getBytes(StandardCharsets.UTF_8));
                    digest.update((byte) '\n');
                }
            }
            return new StoreFingerprint(quads, HexFormat.of().formatHex(digest.digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
