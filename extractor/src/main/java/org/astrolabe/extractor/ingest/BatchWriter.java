package org.astrolabe.extractor.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.PutOutcome;

/**
 * The writing stage of an ingest: stores a batch of extracted articles in one write transaction. Only the
 * writer thread calls it, so batches commit one after the other, in input order.
 */
final class BatchWriter {
    private final GraphStore store;
    private final GraphStore.Rewrite rewrite;

    BatchWriter(GraphStore store, GraphStore.Rewrite rewrite) {
        this.store = store;
        this.rewrite = rewrite;
    }

    /**
     * Writes the batch's extracted articles and returns one outcome per prepared article, in batch order.
     * If the batch's transaction fails, nothing of it was stored; its articles are then written one per
     * transaction, so that one article the store rejects costs that article alone, with its reason.
     */
    List<ArticleOutcome> write(List<Prepared> batch) {
        List<Prepared> extracted = batch.stream().filter(Prepared::needsWriting).toList();
        Map<Integer, ArticleOutcome> written = new HashMap<>();
        try {
            if (!extracted.isEmpty()) {
                List<PutOutcome> puts = store.putAll(extracted.stream().map(Prepared::result).toList(), rewrite);
                for (int i = 0; i < extracted.size(); i++) {
                    written.put(extracted.get(i).index(), ArticleOutcome.stored(extracted.get(i), puts.get(i)));
                }
            }
        } catch (RuntimeException batchFailed) {
            for (Prepared p : extracted) {
                written.put(p.index(), writeAlone(p));
            }
        }
        List<ArticleOutcome> outcomes = new ArrayList<>(batch.size());
        for (Prepared p : batch) {
            if (p.storedIri() != null) {
                outcomes.add(ArticleOutcome.alreadyStored(p));
            } else if (p.error() != null) {
                outcomes.add(ArticleOutcome.failed(p, p.error()));
            } else {
                outcomes.add(written.get(p.index()));
            }
        }
        return outcomes;
    }

    private ArticleOutcome writeAlone(Prepared p) {
        List<ExtractionResult> one = List.of(p.result());
        try {
            return ArticleOutcome.stored(p, store.putAll(one, rewrite).get(0));
        } catch (RuntimeException e) {
            return ArticleOutcome.failed(p, "not stored: " + Ingestor.reason(e));
        }
    }
}
