package org.astrolabe.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.apache.spark.sql.SparkSession;
import org.astrolabe.core.model.Iris;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.extractor.input.ArticleSources;

/**
 * Measures the job's throughput in local mode with 1 and then 2 worker threads, in one JVM so that the
 * extractor's models are loaded (and the JIT warmed on one pass over the input) before either timing.
 * Not a test: run by hand (see docs/scale-out.md).
 *
 * <p>Arguments: {@code INPUT_FOLDER [EXTRACTOR_CLASS] [ROUNDS]}.
 */
public final class LocalModeThroughput {
    private LocalModeThroughput() {}

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        String extractorClass = args.length > 1 ? args[1] : SparkExtract.DEFAULT_EXTRACTOR;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        long loadStart = System.nanoTime();
        ArticleExtractor extractor = SharedExtractor.get(extractorClass);
        var articles = ArticleSources.read(input).articles();
        articles.forEach(extractor::extract);
        System.out.printf("models loaded and one warm-up pass over %d articles in %.1f s%n", articles.size(),
                (System.nanoTime() - loadStart) / 1e9);
        for (int threads : List.of(1, 2)) {
            SparkSession spark = LocalSpark.start(threads);
            try {
                for (int round = 0; round < rounds; round++) {
                    Path out = Files.createTempDirectory("astrolabe-throughput").resolve("out");
                    var records = SparkArticleInputs.files(spark, List.of(input.toUri().toString()), spark.sparkContext().collectionAccumulator());
                    var outcome = ExtractionJob.writeNQuads(records,
                            new NQuadsExtraction.Settings(extractorClass, Iris.defaults().base(), Instant.EPOCH), out.toString(), false);
                    System.out.printf("local[%d]: %d articles, %d quads in %.1f s = %.2f articles/s%n", threads, outcome.articles(),
                            outcome.quads(), outcome.seconds(), outcome.articlesPerSecond());
                }
            } finally {
                spark.stop();
            }
        }
    }
}
