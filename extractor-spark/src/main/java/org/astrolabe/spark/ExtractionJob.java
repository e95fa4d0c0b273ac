package org.astrolabe.spark;

import java.util.List;

import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.util.LongAccumulator;

/** Runs {@link NQuadsExtraction} over articles and saves the quads as N-Quads text files in a folder. */
public final class ExtractionJob {

    /** What a run did; {@code seconds} is the wall time of the whole job. */
    public record Outcome(long articles, long failed, List<String> failures, long quads, double seconds) {
        public double articlesPerSecond() {
            return seconds > 0 ? articles / seconds : 0;
        }
    }

    private ExtractionJob() {}

    /**
     * Extracts and writes {@code output} (a folder that must not exist yet: Spark's {@code part-*} files,
     * gzipped if asked).
     */
    public static Outcome writeNQuads(JavaRDD<ArticleRecord> articles, NQuadsExtraction.Settings settings, String output,
                                      boolean gzip) {
        long start = System.nanoTime();
        NQuadsExtraction.Run run = NQuadsExtraction.prepare(articles, settings);
        LongAccumulator quads = articles.context().longAccumulator("quads written");
        JavaRDD<String> counted = run.quads().map(line -> {
            quads.add(1);
            return line;
        });
        if (gzip) {
            counted.saveAsTextFile(output, GzipCodec.class);
        } else {
            counted.saveAsTextFile(output);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Outcome(run.articles().value(), run.failed().value(), List.copyOf(run.failures().value()), quads.value(), seconds);
    }
}
