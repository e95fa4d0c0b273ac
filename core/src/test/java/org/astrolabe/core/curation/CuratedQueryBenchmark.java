package org.astrolabe.core.curation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.astrolabe.core.model.ExtractionResult;
import org.astrolabe.core.model.Fact;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.GeneratedArticles;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.core.store.GraphStore.Rewrite;
import org.astrolabe.ontology.KG;

/**
 * What the curated view costs SPARQL on TDB2: a query mix (label lookups, evidence of an entity's facts, two-hop
 * joins, aggregates, property paths) timed on one store without reviews, then with {@code reviews} rejected facts, alternating
 * rounds so both see the same machine load. Not a test; run by hand:
 *
 * <pre>
 * mvn -o -q -B -pl core -am test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
 * java -cp core/target/test-classes:core/target/classes:$(cat core/target/classpath.txt) \
 *     org.astrolabe.core.curation.CuratedQueryBenchmark /tmp/curation-bench 3000 20 5
 * </pre>
 * Arguments: store folder (built on first use), articles, reviews, rounds, and optionally {@code paths} to time the
 * property-path queries of the mix alone, with a few longer closures added. Each round reports the wall time and the CPU time of the querying
 * thread, which a loaded machine disturbs less.
 */
public final class CuratedQueryBenchmark {
    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final String PREFIXES = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX kg: <" + KG.NS + "> ";

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        int articles = Integer.parseInt(args[1]);
        int reviews = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        boolean pathsOnly = args.length > 4 && args[4].equals("paths");
        GeneratedArticles generated = new GeneratedArticles(Iris.defaults(), 500, 8);
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            if (!store.hasDocuments()) {
                List<ExtractionResult> batch = new ArrayList<>();
                for (int n = 0; n < articles; n++) {
                    batch.add(generated.article(n, 0));
                    if (batch.size() == 500) {
                        store.putAll(batch, Rewrite.IF_CHANGED);
                        batch.clear();
                    }
                }
                store.putAll(batch, Rewrite.IF_CHANGED);
            }
            List<String> mix = mix(generated, pathsOnly);
            // a store left by an earlier run starts without reviews too
            store.curation().reviews().stream().filter(Review::active).forEach(r -> store.curation().withdraw(r.id(), "bench"));
            List<Review> rejections = new ArrayList<>();
            run(store, mix); // warm-up
            double[][] millis = new double[2][rounds];
            double[][] cpu = new double[2][rounds];
            for (int round = 0; round < rounds; round++) {
                for (Review r : rejections) {
                    store.curation().withdraw(r.id(), "bench");
                }
                rejections.clear();
                long cpuBefore = CPU.getCurrentThreadCpuTime();
                millis[0][round] = run(store, mix);
                cpu[0][round] = (CPU.getCurrentThreadCpuTime() - cpuBefore) / 1e6;
                for (int n = 0; n < reviews; n++) {
                    ExtractionResult article = generated.article(n * 7 % articles, 0);
                    Fact f = article.facts().get(0);
                    rejections.add(store.curation().reviewFact(new FactKey(NodeFactory.createURI(Iris.defaults().document(article.article())),
                            NodeFactory.createURI(f.subjectIri()), NodeFactory.createURI(f.propertyIri()), f.object()), Verdict.REJECTED, "bench", null));
                }
                cpuBefore = CPU.getCurrentThreadCpuTime();
                millis[1][round] = run(store, mix);
                cpu[1][round] = (CPU.getCurrentThreadCpuTime() - cpuBefore) / 1e6;
                System.out.printf("round %d: %d queries without reviews %.0f ms (CPU %.0f ms), with %d rejected facts %.0f ms (CPU %.0f ms)%n",
                        round + 1, mix.size(), millis[0][round], cpu[0][round], reviews, millis[1][round], cpu[1][round]);
            }
            System.out.printf("median: without reviews %.0f ms (CPU %.0f ms), with %d rejected facts %.0f ms (CPU %.0f ms) (%d quads)%n",
                    median(millis[0]), median(cpu[0]), reviews, median(millis[1]), median(cpu[1]), store.stats().quads());
        }
    }

    private static List<String> mix(GeneratedArticles generated, boolean pathsOnly) {
        List<String> mix = new ArrayList<>();
        for (int k = 0; k < 200; k++) {
            String iri = "<" + generated.entityIri(k) + ">";
            if (!pathsOnly) {
                mix.add("SELECT ?e ?type WHERE { ?e rdfs:label \"" + generated.entityName(k) + "\"@en ; rdf:type ?type }");
                mix.add("SELECT ?p ?o ?sentence WHERE { ?f a kg:Fact ; rdf:subject " + iri + " ; rdf:predicate ?p ; rdf:object ?o ; kg:sentence ?sentence } LIMIT 50");
                mix.add("SELECT DISTINCT ?b ?c WHERE { " + iri + " ?p ?b . ?b a kg:Entity . ?b ?q ?c . ?c a kg:Entity } LIMIT 200");
                if (k % 20 == 0) {
                    mix.add("SELECT ?p (COUNT(?f) AS ?n) WHERE { ?f rdf:predicate ?p } GROUP BY ?p");
                }
            }
            if (k % 5 == 0) {
                // property paths, which ARQ evaluates with Graph.find rather than TDB2's pattern matcher
                mix.add("SELECT ?o WHERE { " + iri + " kg:cooperatesWith+ ?o } LIMIT 100");
                mix.add("SELECT ?o WHERE { " + iri + " (kg:operatedBy|kg:developedBy|kg:participatesIn) ?o } LIMIT 100");
            }
            if (pathsOnly && k % 50 == 0) {
                // every entity linked to this one by any chain of cooperations, either way: hundreds of steps
                mix.add("SELECT (COUNT(?o) AS ?n) WHERE { " + iri + " (kg:cooperatesWith|^kg:cooperatesWith)* ?o }");
            }
        }
        return mix;
    }

    private static double run(GraphStore store, List<String> mix) {
        long begin = System.nanoTime();
        long rows = 0;
        for (String q : mix) {
            rows += store.read(ds -> {
                try (QueryExecution qe = QueryExecution.create().query(PREFIXES + q).dataset(ds).build()) {
                    long n = 0;
                    var results = qe.execSelect();
                    while (results.hasNext()) {
                        results.next();
                        n++;
                    }
                    return n;
                }
            });
        }
        if (rows == 0) {
            throw new IllegalStateException("the mix found nothing");
        }
        return (System.nanoTime() - begin) / 1e6;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
