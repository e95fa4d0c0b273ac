package org.astrolabe.spark;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.astrolabe.ontology.KG;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The Spark job: {@code spark-submit --class org.astrolabe.spark.SparkExtract JAR --output DIR INPUT...}.
 * Reads articles, extracts them on the executors and writes N-Quads for {@code astrolabe load}.
 */
@Command(name = "astrolabe-spark-extract", mixinStandardHelpOptions = true,
        description = "Extracts articles on Apache Spark and writes N-Quads (one graph per article plus the entities graph).")
public final class SparkExtract implements Callable<Integer> {
    /** The CoreNLP extractor, built once per executor JVM. */
    public static final String DEFAULT_EXTRACTOR = "org.astrolabe.extractor.CoreNlpExtractor";

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "files or folders (any Hadoop path: file:, hdfs:, s3a:)")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "output folder (must not exist)")
    String output;

    @Option(names = "--format", defaultValue = "files", paramLabel = "F",
            description = "files (.txt/.html/.json/.jsonl), parquet, csv or json (tables with text[, url, title, date, source]); default ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--extractor", defaultValue = DEFAULT_EXTRACTOR, paramLabel = "CLASS",
            description = "ArticleExtractor class (static shared() or no-argument constructor); default ${DEFAULT-VALUE}")
    String extractor;

    @Option(names = "--base", defaultValue = KG.RESOURCE_BASE, paramLabel = "IRI", description = "base of minted IRIs; default ${DEFAULT-VALUE}")
    String base;

    @Option(names = "--ingested-at", paramLabel = "TIME", description = "kg:ingestedAt of every article (ISO-8601 instant); default: now")
    String ingestedAt;

    @Option(names = "--partitions", paramLabel = "N", description = "spread the articles over N partitions before extraction")
    Integer partitions;

    @Option(names = "--gzip", description = "gzip the output files")
    boolean gzip;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master when not run by spark-submit, e.g. local[2]")
    String master;

    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new SparkExtract());
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("astrolabe-spark-extract: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        System.exit(cli.execute(args));
    }

    @Override
    public Integer call() {
        Instant at;
        try {
            at = ingestedAt == null ? Instant.now() : Instant.parse(ingestedAt);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--ingested-at must be an ISO-8601 instant such as 2026-03-01T00:00:00Z: " + ingestedAt);
        }
        SparkArticleInputs.Format inputFormat = SparkArticleInputs.Format.parse(format);
        SparkSession.Builder builder = SparkSession.builder().appName("astrolabe-extract");
        if (master != null) {
            builder = builder.master(master);
        }
        SparkSession spark = builder.getOrCreate();
        try {
            CollectionAccumulator<String> problems = spark.sparkContext().collectionAccumulator("input problems");
            var articles = SparkArticleInputs.read(spark, inputFormat, inputs, problems);
            if (partitions != null) {
                articles = articles.repartition(partitions);
            }
            var outcome = ExtractionJob.writeNQuads(articles, new NQuadsExtraction.Settings(extractor, base, at), output, gzip);
            System.out.printf("extracted %d articles into %d quads in %s in %.1f s (%.2f articles/s)%n",
                    outcome.articles(), outcome.quads(), output, outcome.seconds(), outcome.articlesPerSecond());
            problems.value().forEach(p -> System.err.println("skipped input: " + p));
            outcome.failures().forEach(f -> System.err.println("extraction failed: " + f));
            return outcome.failed() == 0 ? 0 : 1;
        } finally {
            spark.stop();
        }
    }
}
