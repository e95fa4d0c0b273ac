package org.astrolabe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.astrolabe.core.model.Article;
import org.astrolabe.core.model.Iris;
import org.astrolabe.ontology.KG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NQuadsExtractionTest {
    private static final Iris IRIS = Iris.defaults();
    private static final Instant INGESTED = Instant.parse("2026-03-01T00:00:00Z");
    private static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = LocalSpark.start(2);
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void writesOneGraphPerArticleTheFirstLabelOfEachEntityAndTheLastVersionOfARepeatedArticle(@TempDir Path dir) throws Exception {
        List<Article> articles = List.of(
                new Article("a.txt", "https://example.org/a", "A", LocalDate.of(2026, 1, 2), "Nasa met Roscosmos in Moscow."),
                new Article("b.txt", "https://example.org/b", "B", null, "NASA and the Indian Space Research Organisation signed."),
                new Article("c.txt", null, null, null, "Galaxy Space builds satellites with Pakistan."),
                new Article("a2.txt", "https://example.org/a", "A again", null, "NASA visited Baikonur."));
        List<ArticleRecord> records = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            records.add(ArticleRecord.of(new Position(i, 0), articles.get(i)));
        }
        var settings = new NQuadsExtraction.Settings(CapitalisedNamesExtractor.class.getName(), IRIS.base(), INGESTED);
        String output = dir.resolve("out").toString();

        var outcome = ExtractionJob.writeNQuads(JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(records, 2),
                settings, output, true);

        DatasetGraph quads = read(Path.of(output));
        assertThat(outcome.articles()).isEqualTo(4);
        assertThat(outcome.failed()).isZero();
        assertThat(outcome.quads()).isEqualTo(quads.stream().count());
        List<String> graphs = new ArrayList<>();
        quads.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
        assertThat(graphs).containsExactlyInAnyOrder(IRIS.document(articles.get(0)), IRIS.document(articles.get(1)),
                IRIS.document(articles.get(2)), IRIS.entitiesGraph());
        Node a = NodeFactory.createURI(IRIS.document(articles.get(0)));
        assertThat(quads.contains(a, a, NodeFactory.createURI(KG.NS + "contentHash"),
                NodeFactory.createLiteralString(Iris.contentHash("NASA visited Baikonur.")))).isTrue();

        Node entities = NodeFactory.createURI(IRIS.entitiesGraph());
        assertThat(labels(quads, entities, IRIS.entity("NASA"))).containsExactly("Nasa");
        assertThat(labels(quads, entities, IRIS.entity("Baikonur"))).containsExactly("Baikonur");
        // Named only by the replaced version of article a: gone, as after a re-put.
        assertThat(labels(quads, entities, IRIS.entity("Roscosmos"))).isEmpty();
    }

    private static List<String> labels(DatasetGraph quads, Node graph, String entity) {
        return quads.stream(graph, NodeFactory.createURI(entity), RDFS.label.asNode(), Node.ANY)
                .map(q -> q.getObject().getLiteralLexicalForm()).toList();
    }

    static DatasetGraph read(Path folder) throws Exception {
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                RDFDataMgr.read(dataset, part.toString(), Lang.NQUADS);
            }
        }
        return dataset;
    }
}
