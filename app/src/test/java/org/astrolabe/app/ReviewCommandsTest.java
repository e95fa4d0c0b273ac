package org.astrolabe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.astrolabe.core.curation.FactKey;
import org.astrolabe.core.curation.Verdict;
import org.astrolabe.core.model.Iris;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.InMemoryGraphStore;
import org.astrolabe.core.store.Tdb2GraphStore;
import org.astrolabe.ontology.KG;
import org.astrolabe.seeds.eval.GoldStandard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code eval --from-reviews} and {@code reviews export --gold} on a store with reviews. */
class ReviewCommandsTest {
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

    /**
     * The test extractor says every agency is in the first country it finds: ISRO country India (confirmed),
     * SUPARCO country India (rejected); SUPARCO country Pakistan is added by hand.
     */
    private Path reviewedStore() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "Agencies\n\nUpdated 3 May 2024\n\nSUPARCO of Pakistan and ISRO of India met.");
        Path store = dir.resolve("store");
        assertThat(run(new IngestCommand(KnownNamesExtractor::new), "--store", store.toString(), dir.resolve("a.txt").toString())).isZero();
        Iris iris = Iris.defaults();
        try (GraphStore graphs = Tdb2GraphStore.open(store)) {
            var doc = NodeFactory.createURI(graphs.documents(0, 1).get(0).iri());
            var country = KG.country.asNode();
            graphs.curation().reviewFact(new FactKey(doc, uri(iris.entity("ISRO")), country, uri(iris.entity("India"))), Verdict.CONFIRMED, "alice", null);
            graphs.curation().reviewFact(new FactKey(doc, uri(iris.entity("SUPARCO")), country, uri(iris.entity("India"))), Verdict.REJECTED, "alice", null);
            graphs.curation().addFact(new FactKey(doc, uri(iris.entity("SUPARCO")), country, uri(iris.entity("Pakistan"))),
                    "SUPARCO of Pakistan and ISRO of India met.", "alice", null);
        }
        return store;
    }

    private static org.apache.jena.graph.Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }

    @Test
    void evalFromReviewsScoresTheExtractorAgainstConfirmedAndRejectedFacts() throws Exception {
        Path store = reviewedStore();
        int exit = run(new EvalCommand(InMemoryGraphStore::create, KnownNamesExtractor::new), "--from-reviews", "--store", store.toString(), "--json");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"confirmed\": 2, \"confirmedFound\": 1, \"rejected\": 1, \"rejectedFound\": 1")
                .contains("\"precision\": 0.500, \"recall\": 0.500");
    }

    @Test
    void reviewsExportWritesTheConfirmedFactsAsAGoldAnnotation() throws Exception {
        Path store = reviewedStore();
        Path gold = dir.resolve("reviews.gold.tsv");
        assertThat(run(new ReviewsCommand(), "export", "--gold", gold.toString(), "--store", store.toString())).as(err.toString()).isZero();
        String text = Files.readString(gold, StandardCharsets.UTF_8);
        assertThat(text).contains("D\ta.txt\t2024-05-03")
                .contains("E\tsuparco\tkg:SpaceAgency\tSUPARCO\t")
                .contains("F\tisro\tkg:country\tindia")
                .contains("F\tsuparco\tkg:country\tpakistan")
                .doesNotContain("F\tsuparco\tkg:country\tindia");
        GoldStandard parsed = GoldStandard.parse(text, gold.toString());
        assertThat(parsed.documents()).hasSize(1);
        assertThat(err.toString()).contains("wrote 2 confirmed facts");
    }
}
