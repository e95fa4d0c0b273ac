package org.astrolabe.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeSet;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.astrolabe.core.model.ArticleGraph;
import org.astrolabe.core.model.ExtractedEntity;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.astrolabe.extractor.ArticleExtractor;

import scala.Tuple2;

/**
 * Extracts articles on Spark and turns them into the N-Quads that single-machine ingestion
 * ({@code GraphStore.put} of each article in input order) would store: one graph per article, laid out by
 * {@link ArticleGraph}, and the entities graph merged with the store's rules (label and types from the first
 * article naming the entity, sameAs links from all; an article whose IRI comes again later is replaced by the
 * later one). Entity IRIs come from the extractor and {@link Iris}, so they are the same on every machine.
 *
 * <p>Each executor JVM builds one extractor ({@link SharedExtractor}) and runs it over its partitions
 * ({@code mapPartitions}). The extracted quads are cached (memory, then disk) because the entities graph and
 * the article graphs are both computed from them; extraction runs once per article.
 *
 * <p>Every article graph carries the same {@code kg:ingestedAt}, the run's {@link Settings#ingestedAt()}, so
 * the output does not depend on timing. An article that fails to extract is left out, counted in
 * {@link Run#failed()} and named in {@link Run#failures()}.
 */
public final class NQuadsExtraction {
    private static final int FAILURES_KEPT = 100;

    /**
     * @param extractorClass an {@link ArticleExtractor} class, see {@link SharedExtractor}
     * @param iriBase        the base of minted IRIs
     * @param ingestedAt     the ingest time written into every article graph
     */
    public record Settings(String extractorClass, String iriBase, Instant ingestedAt) implements Serializable {}

    /** A prepared run: {@link #quads()} is lazy; the counters fill while Spark computes it. */
    public record Run(JavaRDD<String> quads, LongAccumulator articles, LongAccumulator failed,
                      CollectionAccumulator<String> failures) {}

    private NQuadsExtraction() {}

    public static Run prepare(JavaRDD<ArticleRecord> input, Settings settings) {
        JavaSparkContext spark = JavaSparkContext.fromSparkContext(input.context());
        LongAccumulator articles = spark.sc().longAccumulator("articles extracted");
        LongAccumulator failed = spark.sc().longAccumulator("articles failed");
        CollectionAccumulator<String> failures = spark.sc().collectionAccumulator("failed articles");

        JavaRDD<ExtractedArticle> extracted = input
                .mapPartitions(records -> new Extracting(records, settings, articles, failed, failures))
                .persist(StorageLevel.MEMORY_AND_DISK_SER());

        // Articles whose IRI occurs more than once (same URL): the last in input order is kept, as a re-put would.
        Map<String, Position> lastOfRepeated = new HashMap<>(extracted
                .mapToPair(a -> new Tuple2<>(a.documentIri(), new Tuple2<>(1L, a.position())))
                .reduceByKey((x, y) -> new Tuple2<>(x._1() + y._1(), Position.later(x._2(), y._2())))
                .filter(t -> t._2()._1() > 1)
                .mapValues(Tuple2::_2)
                .collectAsMap());
        Broadcast<Map<String, Position>> kept = spark.broadcast(lastOfRepeated);

        JavaRDD<String> articleQuads = extracted
                .filter(a -> isKept(a, kept.value()))
                .flatMap(a -> a.graphLines().iterator());
        JavaRDD<String> entityQuads = extracted
                .flatMapToPair(a -> {
                    boolean current = isKept(a, kept.value());
                    List<Tuple2<String, EntityPart>> parts = new ArrayList<>();
                    for (EntityPart part : a.entities()) {
                        parts.add(new Tuple2<>(part.iri(), part.current(current)));
                    }
                    return parts.iterator();
                })
                .reduceByKey(EntityPart::merge)
                .filter(t -> t._2().current())
                .flatMap(t -> t._2().lines().iterator());
        return new Run(articleQuads.union(entityQuads), articles, failed, failures);
    }

    private static boolean isKept(ExtractedArticle article, Map<String, Position> lastOfRepeated) {
        Position last = lastOfRepeated.get(article.documentIri());
        return last == null || last.equals(article.position());
    }

    /** Extracts a partition's articles one at a time, so that a partition need not fit in memory. */
    private static final class Extracting implements Iterator<ExtractedArticle> {
        private final Iterator<ArticleRecord> records;
        private final ArticleExtractor extractor;
        private final ArticleGraph layout;
        private final Iris iris;
        private final Node entitiesGraph;
        private final Settings settings;
        private final LongAccumulator articles;
        private final LongAccumulator failed;
        private final CollectionAccumulator<String> failures;
        private ExtractedArticle next;

        Extracting(Iterator<ArticleRecord> records, Settings settings, LongAccumulator articles, LongAccumulator failed,
                   CollectionAccumulator<String> failures) {
            this.records = records;
            this.settings = settings;
            this.extractor = SharedExtractor.get(settings.extractorClass());
            this.iris = new Iris(settings.iriBase());
            this.layout = new ArticleGraph(iris);
            this.entitiesGraph = NodeFactory.createURI(iris.entitiesGraph());
            this.articles = articles;
            this.failed = failed;
            this.failures = failures;
        }

        @Override
        public boolean hasNext() {
            while (next == null && records.hasNext()) {
                ArticleRecord record = records.next();
                try {
                    next = extract(record);
                    articles.add(1);
                } catch (RuntimeException e) {
                    failed.add(1);
                    if (failed.value() <= FAILURES_KEPT) {
                        failures.add(record.source() + ": " + e);
                    }
                }
            }
            return next != null;
        }

        @Override
        public ExtractedArticle next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ExtractedArticle result = next;
            next = null;
            return result;
        }

        private ExtractedArticle extract(ArticleRecord record) {
            ExtractionResult result = extractor.extract(record.article());
            String documentIri = iris.document(result.article());
            Node graph = NodeFactory.createURI(documentIri);
            List<String> graphLines = new ArrayList<>();
            layout.articleGraph(result, settings.ingestedAt()).find().forEachRemaining(t -> graphLines.add(NQuads.line(graph, t)));
            List<EntityPart> entities = new ArrayList<>();
            for (ExtractedEntity entity : result.entities()) {
                List<String> first = new ArrayList<>();
                TreeSet<String> sameAs = new TreeSet<>();
                for (Triple t : layout.description(entity)) {
                    (t.getPredicate().equals(OWL.sameAs.asNode()) ? sameAs : first).add(NQuads.line(entitiesGraph, t));
                }
                entities.add(new EntityPart(entity.iri(), record.position(), first, sameAs, true));
            }
            return new ExtractedArticle(record.position(), documentIri, graphLines, entities);
        }
    }
}
