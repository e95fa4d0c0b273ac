package org.astrolabe.seeds.eval;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.riot.RDFFormat;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.extractor.ingest.IngestSummary;
import org.astrolabe.extractor.ingest.Ingestor;
import org.astrolabe.extractor.input.ReadResult;

/**
 * An evaluation run: the articles are ingested into a store (normally an empty, temporary one) by the
 * extractor, the store is exported as N-Quads and that dump is scored against the gold, so the figures
 * describe what users get and equal those of any scorer reading the same dump.
 */
public final class Evaluation {
    /**
     * @param ingest the ingest run (per-article outcomes, read problems, time)
     * @param report the scores
     */
    public record Result(IngestSummary ingest, EvalReport report) {}

    private Evaluation() {}

    /**
     * Ingests {@code input} into {@code store} with {@code extractor} and scores everything the store then
     * holds against {@code gold}: the store should hold nothing else.
     *
     * @param dump where to write the scored N-Quads too, or null
     */
    public static Result run(ReadResult input, GoldStandard gold, GraphStore store, ArticleExtractor extractor,
                             Ingestor.Listener listener, Path dump) {
        IngestSummary summary = new Ingestor(store, extractor).ingest(input, listener);
        return new Result(summary, Scorer.score(gold, systemGraph(store, dump)));
    }

    /**
     * The articles the gold annotates: those read from a file the gold names (the articles split from a page
     * {@code name} have the sources {@code name}, {@code name#2}, ...).
     */
    public static ReadResult annotatedArticles(ReadResult input, GoldStandard gold) {
        Set<String> names = gold.documents().stream().map(GoldStandard.Document::fileName).collect(Collectors.toSet());
        List<Article> kept = input.articles().stream()
                .filter(a -> a.source() != null && names.contains(pageName(a.source()))).toList();
        return new ReadResult(kept, input.problems());
    }

    /** The gold documents no article was read for. */
    public static List<String> unreadDocuments(ReadResult input, GoldStandard gold) {
        Set<String> read = input.articles().stream().filter(a -> a.source() != null).map(a -> pageName(a.source()))
                .collect(Collectors.toSet());
        return gold.documents().stream().map(GoldStandard.Document::fileName).filter(n -> !read.contains(n)).toList();
    }

    private static String pageName(String source) {
        return source.replaceFirst("#\\d+$", "");
    }

    /** The store as the scorer reads it, through an N-Quads export (written to {@code dump} unless null). */
    public static SystemGraph systemGraph(GraphStore store, Path dump) {
        try {
            if (dump != null) {
                try (OutputStream out = Files.newOutputStream(dump)) {
                    store.export(out, RDFFormat.NQUADS, null);
                }
                try (var in = Files.newInputStream(dump)) {
                    return SystemGraph.readNQuads(in);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            store.export(out, RDFFormat.NQUADS, null);
            return SystemGraph.readNQuads(new ByteArrayInputStream(out.toByteArray()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the dump " + dump, e);
        }
    }
}
