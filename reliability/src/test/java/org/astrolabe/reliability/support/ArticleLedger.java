package org.astrolabe.reliability.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * What a client of a crashing server knows about the articles it wrote: which it saw acknowledged (the
 * answer 201/200 arrived, with the graph's quad count and, when there was time to fetch it, the graph's
 * digest), which deletes it saw acknowledged (204), and which requests were in flight when the server was
 * killed, so their outcome is unknown. After each kill {@link StoreAudit} checks the store against it and
 * settles the requests in flight by what the store holds. Thread-safe.
 */
public final class ArticleLedger {

    /**
     * An article the store must hold as it was acknowledged.
     *
     * @param digest the graph fetched right after the acknowledgement; null if the kill came first
     * @param contentHash {@code kg:contentHash} of the text sent (null for an article adopted after a kill)
     */
    public record Present(String iri, String id, long quads, String contentHash, GraphDigest digest, boolean acknowledged) {}

    private final Map<String, Present> present = new LinkedHashMap<>();
    private final Set<String> gone = new LinkedHashSet<>();
    private final Map<String, String> postsInFlight = new LinkedHashMap<>();
    private final Set<String> deletesInFlight = new LinkedHashSet<>();
    private int acknowledgedPosts;
    private int acknowledgedDeletes;

    /** A POST is about to be sent for the article that will be stored as {@code iri}. */
    public synchronized void posting(String iri, String contentHash) {
        postsInFlight.put(iri, contentHash);
    }

    public synchronized void posted(String iri, String id, long quads, String contentHash) {
        postsInFlight.remove(iri);
        present.put(iri, new Present(iri, id, quads, contentHash, null, true));
        acknowledgedPosts++;
    }

    /** The graph as exported right after its acknowledgement. */
    public synchronized void fetched(String iri, GraphDigest digest) {
        Present known = present.get(iri);
        if (known != null) {
            present.put(iri, new Present(iri, known.id(), known.quads(), known.contentHash(), digest, known.acknowledged()));
        }
    }

    public synchronized void deleting(String iri) {
        deletesInFlight.add(iri);
    }

    public synchronized void deleted(String iri) {
        deletesInFlight.remove(iri);
        present.remove(iri);
        gone.add(iri);
        acknowledgedDeletes++;
    }

    public synchronized List<Present> present() {
        return List.copyOf(present.values());
    }

    public synchronized Optional<Present> present(String iri) {
        return Optional.ofNullable(present.get(iri));
    }

    /** Articles whose delete was acknowledged, and posts found absent after a kill: none may come back. */
    public synchronized Set<String> gone() {
        return Set.copyOf(gone);
    }

    public synchronized Set<String> postsInFlight() {
        return Set.copyOf(postsInFlight.keySet());
    }

    public synchronized Set<String> deletesInFlight() {
        return Set.copyOf(deletesInFlight);
    }

    /** A post in flight at the kill was found whole in the store: from now on it must stay. */
    public synchronized void adopt(String iri, String id, GraphDigest digest) {
        String contentHash = postsInFlight.remove(iri);
        present.put(iri, new Present(iri, id, digest.quads(), contentHash, digest, false));
    }

    /** A post in flight at the kill did not reach the store, or a delete in flight did: it must stay away. */
    public synchronized void settleAbsent(String iri) {
        postsInFlight.remove(iri);
        deletesInFlight.remove(iri);
        present.remove(iri);
        gone.add(iri);
    }

    /** A delete in flight at the kill did not happen: the article stays as it was. */
    public synchronized void settleDeleteUndone(String iri) {
        deletesInFlight.remove(iri);
    }

    /** Up to {@code count} stored articles in random order, to delete. */
    public synchronized List<Present> pick(int count, Random random) {
        List<Present> all = new ArrayList<>(present.values());
        java.util.Collections.shuffle(all, random);
        return List.copyOf(all.subList(0, Math.min(count, all.size())));
    }

    public synchronized int acknowledgedPosts() {
        return acknowledgedPosts;
    }

    public synchronized int acknowledgedDeletes() {
        return acknowledgedDeletes;
    }
}
