package org.astrolabe.seeds.eval;

import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.extractor.ingest.IngestSummary;
import org.astrolabe.extractor.ingest.Ingestor;
import org.astrolabe.extractor.input.ReadResult;

/**
 * An evaluation run: the articles are ingested into a store (normally an empty, temporary one) by the
 * extractor, and the stored RDF is scored against the gold, so the figures describe what users get.
 */
public final class Evaluation {
    /**
     * @param ingest the ingest run (per-article outcomes, read problems, time)
     * @param report the scores
     */
    public record Result(IngestSummary ingest, EvalReport report) {}

    private Evaluation() {}

    /**
     * Ingests {@code input} into {@code store} with {@code extractor} and scores the store against
     * {@code gold}. Only the pages named in the gold are scored; the store should hold nothing else from
     * pages of the same names.
     */
    public static Result run(ReadResult input, GoldStandard gold, GraphStore store, Iris iris, ArticleExtractor extractor,
                             Ingestor.Listener listener) {
        IngestSummary summary = new Ingestor(store, extractor).ingest(input, listener);
        EvalReport report = Scorer.score(gold, StoredSystemOutput.of(store, iris));
        return new Result(summary, report);
    }
}
