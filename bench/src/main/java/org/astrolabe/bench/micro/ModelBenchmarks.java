package org.astrolabe.bench.micro;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Graph;
import org.astrolabe.bench.workload.SyntheticResults;
import org.astrolabe.core.model.ArticleGraph;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Iris;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** JMH micro-benchmarks of the per-article work that is not NLP: minting IRIs and building the article graph. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ModelBenchmarks {
    private Iris iris;
    private ArticleGraph layout;
    private ExtractionResult article;
    private String[] names;
    private int next;

    @Setup
    public void setUp() {
        iris = Iris.defaults();
        layout = new ArticleGraph(iris);
        SyntheticResults generator = new SyntheticResults(iris, 42, 2000);
        article = generator.article(3);
        names = generator.entities().stream().map(e -> e.label()).toArray(String[]::new);
    }

    /** Entity IRI from a name (slug with accent folding), per call. */
    @Benchmark
    public String mintEntityIri() {
        next = (next + 1) % names.length;
        return iris.entity(names[next]);
    }

    /** Document IRI from an article (URL hash), per call. */
    @Benchmark
    public String mintDocumentIri() {
        return iris.document(article.article());
    }

    /** The whole article graph (document, entities, mentions, facts with evidence) of one article. */
    @Benchmark
    public Graph buildArticleGraph() {
        return layout.articleGraph(article, Instant.EPOCH);
    }
}
