package org.astrolabe.bench.sections;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.astrolabe.bench.harness.BenchContext;
import org.astrolabe.bench.harness.ChildJvm;
import org.astrolabe.bench.harness.Components;
import org.astrolabe.bench.harness.ResultTable.Better;
import org.astrolabe.bench.harness.Section;
import org.astrolabe.bench.workload.ArticleCorpus;
import org.astrolabe.bench.workload.BigStore;
import org.astrolabe.bench.workload.PrecomputedExtractor;
import org.astrolabe.bench.workload.SyntheticResults;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.extractor.ingest.IngestOptions;
import org.astrolabe.extractor.ingest.IngestSummary;
import org.astrolabe.extractor.ingest.Ingestor;
import org.astrolabe.seeds.SeedCorpus;

/**
 * Ingest, in three parts. The store write: already-extracted articles through the ingest's own pipeline
 * ({@link Ingestor}, default threads and batch size, resume check included) into an empty TDB2 store,
 * against {@code tdb2.tdbloader} loading the same quads into another empty store, and against one write
 * transaction per article ({@code GraphStore.put}, the write path before batching). End to end: articles
 * extracted by the real extractor and stored, on every core, model load excluded. Resume: the same ingest
 * run again over the stored articles.
 */
public final class IngestSection implements Section {
    private static final Pattern LOADER_RATE = Pattern.compile("Rate = ([\\d,.]+) /s");
    private static final String SECTION = "Ingest";

    /** The rate tdb2.tdbloader reports on its last line ("Time = 7.2 seconds : Quads = 9,890 : Rate = 1,373 /s"). */
    static OptionalDouble loaderReportedRate(List<String> log) {
        OptionalDouble rate = OptionalDouble.empty();
        for (String line : log) {
            Matcher m = LOADER_RATE.matcher(line);
            if (m.find()) {
                rate = OptionalDouble.of(Double.parseDouble(m.group(1).replace(",", "")));
            }
        }
        return rate;
    }

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String description() {
        return "store write quads/s and articles/s vs tdb2.tdbloader on the same data; end-to-end articles/s with extraction; resume";
    }

    @Override
    public void run(BenchContext ctx) throws Exception {
        Path folder = ctx.work("ingest");
        storeWrite(ctx, folder);
        endToEnd(ctx, folder);
    }

    private static void storeWrite(BenchContext ctx, Path folder) throws Exception {
        int articles = ctx.size(2000, 200);
        SyntheticResults generator = new SyntheticResults(Iris.defaults(), BigStore.SEED + 1, BigStore.entityCount(articles * 200L));
        List<ExtractionResult> results = new ArrayList<>(articles);
        for (int i = 0; i < articles; i++) {
            results.add(generator.article(i));
        }
        IngestOptions options = IngestOptions.defaults();
        Path batchStore = fresh(folder.resolve("batches"));
        ctx.log("ingest: " + articles + " extracted articles through the ingest pipeline, batches of " + options.batchSize() + "...");
        double batchSeconds;
        long quads;
        try (GraphStore store = Tdb2GraphStore.open(batchStore)) {
            Ingestor ingestor = new Ingestor(store, new PrecomputedExtractor(results, SyntheticResults.EXTRACTOR_VERSION), options);
            long start = System.nanoTime();
            IngestSummary summary = ingestor.ingest(PrecomputedExtractor.articlesOf(results), Ingestor.Listener.SILENT);
            batchSeconds = (System.nanoTime() - start) / 1e9;
            if (summary.hasFailures()) {
                throw new IllegalStateException(summary.describe());
            }
            quads = store.stats().quads();
        }

        Path nquads = folder.resolve("same-articles.nq");
        SyntheticResults.Written written;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 16)) {
            written = generator.writeNQuads(articles, Long.MAX_VALUE, Instant.parse("2025-06-01T00:00:00Z"), out);
        }
        Path loaderStore = fresh(folder.resolve("tdbloader"));
        ctx.log("ingest: tdb2.tdbloader of the same " + written.quads() + " quads...");
        long start = System.nanoTime();
        int exit = ChildJvm.run(ctx.benchClasspath(), List.of("-Xmx2g"), "tdb2.tdbloader",
                List.of("--loc", loaderStore.toString(), nquads.toString()), folder.resolve("tdbloader.log"), 900);
        double loaderSeconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            ctx.table().missing(SECTION, "tdb2.tdbloader", "exit code " + exit);
        }
        OptionalDouble reported = exit == 0 ? loaderReportedRate(Files.readAllLines(folder.resolve("tdbloader.log"))) : OptionalDouble.empty();
        double loaderRate = reported.orElse(exit == 0 ? written.quads() / loaderSeconds : Double.NaN);
        ctx.table().versus(SECTION, "store write, quads/s into an empty TDB2 store", quads / batchSeconds, "tdb2.tdbloader", loaderRate,
                Better.HIGHER, 0.5, String.format("%d articles, %d quads; ingest pipeline, %d threads, %d articles per transaction;"
                                + " tdbloader: its own reported rate%s, %.0f quads/s with JVM start",
                        articles, quads, options.threads(), options.batchSize(), reported.isPresent() ? "" : " (not found, wall time used)",
                        written.quads() / loaderSeconds));
        ctx.table().versus(SECTION, "store write, articles/s", articles / batchSeconds, "tdb2.tdbloader",
                loaderRate * articles / written.quads(), Better.HIGHER, Double.NaN, "tdbloader: its quads/s over the quads per article");

        int perArticle = Math.min(articles, ctx.size(300, 60));
        Path putStore = fresh(folder.resolve("put"));
        ctx.log("ingest: " + perArticle + " articles, one transaction each (GraphStore.put)...");
        try (GraphStore store = Tdb2GraphStore.open(putStore)) {
            long putStart = System.nanoTime();
            for (ExtractionResult result : results.subList(0, perArticle)) {
                store.put(result);
            }
            double putSeconds = (System.nanoTime() - putStart) / 1e9;
            ctx.table().versus(SECTION, "store write, articles/s (baseline: one transaction per article)", articles / batchSeconds,
                    "GraphStore.put", perArticle / putSeconds, Better.HIGHER, Double.NaN,
                    String.format("put: the first %d of the same articles, %.0f quads/s", perArticle, store.stats().quads() / putSeconds));
        }
    }

    private static void endToEnd(BenchContext ctx, Path folder) throws Exception {
        List<Article> corpus = new ArrayList<>(SeedCorpus.articles());
        if (ctx.corpus() != null) {
            corpus.addAll(ArticleCorpus.readFolder(ctx.corpus()));
        }
        corpus.addAll(ArticleCorpus.bundled().generate(ctx.size(60, 12), ExtractionSection.CORPUS_SEED));
        ArticleExtractor extractor;
        try {
            ctx.log("ingest: loading the Astrolabe extractor...");
            extractor = Components.sharedExtractor();
            extractor.extract(new Article("warm-up", null, null, null, "The European Space Agency and JAXA signed an agreement in Paris on Monday."));
        } catch (Components.Missing e) {
            ctx.table().missing(SECTION, "end to end, articles/s", "Astrolabe extractor missing: " + e.getMessage());
            return;
        }
        IngestOptions options = IngestOptions.defaults();
        try (GraphStore store = Tdb2GraphStore.open(fresh(folder.resolve("end-to-end")))) {
            Ingestor ingestor = new Ingestor(store, extractor, options);
            ctx.log("ingest: " + corpus.size() + " articles extracted and stored, " + options.threads() + " threads...");
            long start = System.nanoTime();
            IngestSummary first = ingestor.ingest(corpus, Ingestor.Listener.SILENT);
            double seconds = (System.nanoTime() - start) / 1e9;
            long quads = store.stats().quads();
            ctx.table().figure(SECTION, "end to end (extraction + store), articles/s", corpus.size() / seconds,
                    String.format("%d articles (%d seed articles, the rest generated), %d quads, %d extraction threads sharing one extractor,"
                            + " model load excluded; %d failed", corpus.size(), SeedCorpus.articles().size(), quads, options.threads(), first.failed()));

            ctx.log("ingest: the same ingest again (resume)...");
            start = System.nanoTime();
            IngestSummary again = ingestor.ingest(corpus, Ingestor.Listener.SILENT);
            double resumeSeconds = (System.nanoTime() - start) / 1e9;
            ctx.table().versus(SECTION, "resume over stored articles, articles/s", corpus.size() / resumeSeconds,
                    "first run, with extraction", corpus.size() / seconds, Better.HIGHER, Double.NaN,
                    String.format("%d of %d articles found stored, not extracted again", again.foundStored(), corpus.size()));
        }
    }

    private static Path fresh(Path store) throws java.io.IOException {
        BigStore.deleteTree(store);
        return store;
    }
}
