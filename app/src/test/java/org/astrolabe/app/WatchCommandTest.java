package org.astrolabe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.extractor.ArticleExtractor;
import org.astrolabe.extractor.CoreNlpExtractor;
import org.astrolabe.ontology.KG;
import org.astrolabe.ontology.NIF;
import org.astrolabe.seeds.SeedCorpus;
import org.astrolabe.watch.FetchPolicy;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.javalin.Javalin;
import picocli.CommandLine;

/**
 * {@code astrolabe watch} on a local feed of the bundled seed articles stores the same graph as
 * {@code astrolabe ingest} of the same pages: the same articles, entities, mentions and facts; only what
 * says where an article came from differs (its URL, source name, ingest time, and so its document IRI).
 */
class WatchCommandTest {
    private static final FetchPolicy POLICY = FetchPolicy.defaults().withHostLimits(Duration.ofMillis(10), 2);
    private static final Set<String> PROVENANCE = Set.of(DCTerms.source.getURI(), DCTerms.issued.getURI(), KG.sourceName.getURI(),
            KG.ingestedAt.getURI());

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler(new ErrorReporter());
        return cli.execute(args);
    }

    @Test
    void watchingAFeedOfTheSeedPagesStoresWhatIngestingThemStores() throws Exception {
        sameGraphAsIngest(KnownNamesExtractor::new);
    }

    @Tag("models")
    @Test
    void withTheRealExtractorWatchingTheSeedFeedStoresWhatIngestingThemStores() throws Exception {
        sameGraphAsIngest(CoreNlpExtractor::shared);
    }

    private void sameGraphAsIngest(Supplier<ArticleExtractor> extractor) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        for (String name : SeedCorpus.pageNames()) {
            Files.writeString(pages.resolve(name), SeedCorpus.page(name));
        }
        java.util.concurrent.atomic.AtomicReference<String> feedBody = new java.util.concurrent.atomic.AtomicReference<>();
        Javalin site = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.routes.get("/feed.xml", ctx -> ctx.contentType("application/rss+xml").result(feedBody.get()));
            cfg.routes.get("/seeds/{name}", ctx -> ctx.contentType("text/plain; charset=utf-8").result(SeedCorpus.page(ctx.pathParam("name"))));
        }).start("127.0.0.1", 0);
        try {
            StringBuilder items = new StringBuilder();
            for (String name : SeedCorpus.pageNames()) {
                items.append("<item><title>").append(name).append("</title><link>http://127.0.0.1:").append(site.port())
                        .append("/seeds/").append(name).append("</link></item>");
            }
            String feed = "<rss version=\"2.0\"><channel><title>Seeds</title><link>http://127.0.0.1/</link><description>d</description>"
                    + items + "</channel></rss>";
            feedBody.set(feed);
            Path sources = dir.resolve("sources.yaml");
            Files.writeString(sources, "sources:\n  - name: seeds\n    url: http://127.0.0.1:" + site.port() + "/feed.xml\n");

            Path watched = dir.resolve("watched");
            assertThat(run(new WatchCommand(extractor, POLICY), "--store", watched.toString(), "--once", sources.toString()))
                    .as(err.toString()).isZero();
            assertThat(out.toString()).contains("[watch] seeds: 5 listed, 0 known, 7 stored");
            Path ingested = dir.resolve("ingested");
            assertThat(run(new IngestCommand(extractor), "--store", ingested.toString(), pages.toString())).as(err.toString()).isZero();

            Map<String, Set<String>> fromWatch = articleGraphs(watched);
            Map<String, Set<String>> fromIngest = articleGraphs(ingested);
            assertThat(fromWatch).hasSize(7);
            assertThat(fromWatch).isEqualTo(fromIngest);
            assertThat(entitiesGraph(watched)).isEqualTo(entitiesGraph(ingested)).isNotEmpty();

            // Polled again: nothing new, nothing extracted.
            out.getBuffer().setLength(0);
            assertThat(run(new WatchCommand(extractor, POLICY), "--store", watched.toString(), "--once", sources.toString())).isZero();
            assertThat(out.toString()).contains("[watch] seeds: 5 listed, 5 known, 0 stored");
        } finally {
            site.stop();
        }
    }

    /**
     * Each article graph by its text hash, as N-Triples lines with the document's own IRI, its mention IRIs and
     * its fact IRIs (all minted from the document IRI) rewritten, and the provenance triples left out.
     */
    private static Map<String, Set<String>> articleGraphs(Path folder) {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            return store.read(ds -> {
                DatasetGraph dsg = ds.asDatasetGraph();
                Map<String, Set<String>> graphs = new TreeMap<>();
                dsg.listGraphNodes().forEachRemaining(g -> {
                    if (!dsg.contains(g, g, RDF.type.asNode(), KG.Document.asNode())) {
                        return;
                    }
                    Map<Node, String> factKeys = new HashMap<>();
                    dsg.find(g, Node.ANY, RDF.type.asNode(), KG.Fact.asNode()).forEachRemaining(q -> {
                        Node f = q.getSubject();
                        factKeys.put(f, "FACT(" + one(dsg, g, f, RDF.subject) + " " + one(dsg, g, f, RDF.predicate) + " "
                                + one(dsg, g, f, RDF.object) + " @" + one(dsg, g, f, NIF.beginIndex) + ")");
                    });
                    Set<String> lines = new TreeSet<>();
                    String doc = g.getURI();
                    dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                        if (PROVENANCE.contains(q.getPredicate().getURI())) {
                            return;
                        }
                        lines.add(term(q.getSubject(), doc, factKeys) + " " + q.getPredicate() + " " + term(q.getObject(), doc, factKeys));
                    });
                    String hash = dsg.find(g, g, KG.contentHash.asNode(), Node.ANY).next().getObject().getLiteralLexicalForm();
                    graphs.put(hash, lines);
                });
                return graphs;
            });
        }
    }

    private static Set<String> entitiesGraph(Path folder) {
        try (Tdb2GraphStore store = Tdb2GraphStore.open(folder)) {
            return store.read(ds -> {
                Set<String> lines = new TreeSet<>();
                Node g = org.apache.jena.graph.NodeFactory.createURI(Iris.defaults().entitiesGraph());
                ds.asDatasetGraph().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining((Quad q) -> lines.add(q.asTriple().toString()));
                return lines;
            });
        }
    }

    private static String one(DatasetGraph dsg, Node g, Node s, org.apache.jena.rdf.model.Property p) {
        var it = dsg.find(g, s, p.asNode(), Node.ANY);
        return it.hasNext() ? it.next().getObject().toString() : "-";
    }

    private static String term(Node node, String doc, Map<Node, String> factKeys) {
        if (factKeys.containsKey(node)) {
            return factKeys.get(node);
        }
        if (node.isURI() && node.getURI().startsWith(doc)) {
            return "DOC" + node.getURI().substring(doc.length());
        }
        return node.toString();
    }

    @Test
    void listsNoSourceIsAnErrorAndABadFileSaysWhy() throws Exception {
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "{\"sources\": []}");
        assertThat(run(new WatchCommand(KnownNamesExtractor::new, POLICY), "--store", dir.resolve("s").toString(), "--once",
                empty.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("lists no source");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "sources:\n  - name: x\n");
        assertThat(run(new WatchCommand(KnownNamesExtractor::new, POLICY), "--store", dir.resolve("s").toString(), "--once",
                bad.toString())).isNotZero();
        assertThat(err.toString()).contains("has no 'url'");
    }

    @Test
    void aRunningWatchStopsCleanlyAndClosesTheStore() throws Exception {
        Path sources = dir.resolve("sources.json");
        Files.writeString(sources, "[{\"url\": \"http://127.0.0.1:9/feed.xml\", \"interval\": \"1s\"}]");
        WatchCommand command = new WatchCommand(KnownNamesExtractor::new, POLICY);
        Path store = dir.resolve("store");
        Thread running = new Thread(() -> run(command, "--store", store.toString(), sources.toString()));
        running.start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!out.toString().contains("[watch]") && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(out.toString()).contains("poll FAILED");
        command.stop();
        running.join(Duration.ofSeconds(30).toMillis());
        assertThat(running.isAlive()).isFalse();
        // The store was closed: another store object can open the folder.
        try (Tdb2GraphStore reopened = Tdb2GraphStore.open(store)) {
            assertThat(List.of(reopened.hasDocuments())).containsExactly(false);
        }
    }
}
