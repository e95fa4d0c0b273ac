package org.astrolabe.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.astrolabe.core.model.Article;
import org.astrolabe.extractor.input.ArticleSources;
import org.astrolabe.extractor.input.ReadResult;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reads articles into Spark with Astrolabe's own input readers ({@link ArticleSources}), so that an article
 * read here is the article {@code astrolabe ingest} reads from the same input. Paths are Hadoop paths
 * ({@code file:}, {@code hdfs:}, {@code s3a:}...).
 */
public final class SparkArticleInputs {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Input layouts. */
    public enum Format {
        /** Files and folders (recursively) of .txt, .html, .json and .jsonl, one Spark record per file. */
        FILES,
        /** A table with columns text and optionally url, title, date, source. */
        PARQUET, CSV, JSON;

        public static Format parse(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown input format '" + name + "'; expected files, parquet, csv or json");
            }
        }
    }

    private SparkArticleInputs() {}

    /** The articles in {@code paths}; unreadable files and rows are reported to {@code problems} and skipped. */
    public static JavaRDD<ArticleRecord> read(SparkSession spark, Format format, List<String> paths,
                                              CollectionAccumulator<String> problems) {
        return format == Format.FILES ? files(spark, paths, problems) : table(spark, format, paths, problems);
    }

    /**
     * Files in the order {@code ArticleSources.read} takes them (each path in turn, folders in path order),
     * so "first" and "last" mean the same as in single-machine ingestion.
     */
    static JavaRDD<ArticleRecord> files(SparkSession spark, List<String> paths, CollectionAccumulator<String> problems) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> files = list(context, paths);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("No .txt, .html, .json or .jsonl files in " + paths);
        }
        Map<String, Long> order = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            order.putIfAbsent(files.get(i), (long) i);
        }
        Broadcast<Map<String, Long>> positions = context.broadcast(order);
        int partitions = Math.max(context.defaultParallelism(), Math.min(files.size(), 4 * context.defaultParallelism()));
        return context.wholeTextFiles(String.join(",", files), partitions).flatMap(file -> {
            String name = new Path(file._1()).getName();
            long unit = positions.value().getOrDefault(file._1(), Long.MAX_VALUE);
            ReadResult read = ArticleSources.parse(file._2(), mediaType(name), name);
            read.problems().forEach(p -> problems.add(p.toString()));
            List<ArticleRecord> records = new ArrayList<>();
            for (int k = 0; k < read.articles().size(); k++) {
                records.add(ArticleRecord.of(new Position(unit, k), read.articles().get(k)));
            }
            return records.iterator();
        });
    }

    /** A table, one article per row, in row order; rows go through the JSON reader so text is cleaned alike. */
    static JavaRDD<ArticleRecord> table(SparkSession spark, Format format, List<String> paths, CollectionAccumulator<String> problems) {
        var reader = spark.read().format(format.name().toLowerCase(Locale.ROOT));
        if (format == Format.CSV) {
            reader = reader.option("header", "true").option("multiLine", "true").option("escape", "\"");
        }
        var rows = reader.load(paths.toArray(String[]::new));
        List<String> columns = Arrays.asList(rows.columns());
        if (!columns.contains("text")) {
            throw new IllegalArgumentException("The " + format.name().toLowerCase(Locale.ROOT) + " input needs a 'text' column; it has " + columns);
        }
        return rows.javaRDD().zipWithIndex().flatMap(indexed -> {
            Row row = indexed._1();
            long index = indexed._2();
            String source = column(row, "source");
            if (source == null || source.isBlank()) {
                source = "row-" + (index + 1);
            }
            ObjectNode json = JSON.createObjectNode();
            for (String field : List.of("url", "title", "date", "text")) {
                String value = column(row, field);
                if (value != null) {
                    json.put(field, value);
                }
            }
            ReadResult read = ArticleSources.parse(JSON.writeValueAsString(json), "application/json", source);
            read.problems().forEach(p -> problems.add(p.toString()));
            List<ArticleRecord> records = new ArrayList<>();
            List<Article> articles = read.articles();
            for (int k = 0; k < articles.size(); k++) {
                records.add(ArticleRecord.of(new Position(index, k), articles.get(k)));
            }
            return records.iterator();
        });
    }

    private static String column(Row row, String name) {
        int i;
        try {
            i = row.fieldIndex(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
        Object value = row.get(i);
        return value == null ? null : value.toString();
    }

    private static List<String> list(JavaSparkContext context, List<String> paths) {
        List<String> files = new ArrayList<>();
        for (String given : paths) {
            Path path = new Path(given);
            try {
                FileSystem fs = path.getFileSystem(context.hadoopConfiguration());
                FileStatus status;
                try {
                    status = fs.getFileStatus(path);
                } catch (java.io.FileNotFoundException e) {
                    throw new IllegalArgumentException("No such file or folder: " + given);
                }
                if (status.isDirectory()) {
                    List<String> found = new ArrayList<>();
                    RemoteIterator<LocatedFileStatus> listing = fs.listFiles(path, true);
                    while (listing.hasNext()) {
                        Path file = listing.next().getPath();
                        if (mediaType(file.getName()) != null) {
                            found.add(file.toString());
                        }
                    }
                    found.sort(null);
                    files.addAll(found);
                } else if (mediaType(path.getName()) != null) {
                    files.add(fs.makeQualified(path).toString());
                } else {
                    throw new IllegalArgumentException("Unsupported file type (expected .txt, .html, .htm, .jsonl, .ndjson or .json): " + given);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list " + given + ": " + e.getMessage(), e);
            }
        }
        return files;
    }

    /** The media type {@link ArticleSources} gives a file of this name, or null if it does not read it. */
    static String mediaType(String fileName) {
        if (!ArticleSources.isSupported(java.nio.file.Path.of(fileName))) {
            return null;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return "application/x-ndjson";
        }
        if (name.endsWith(".json")) {
            return "application/json";
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return "text/html";
        }
        return "text/plain";
    }
}
