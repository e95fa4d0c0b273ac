package org.astrolabe.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.astrolabe.core.store.DocumentSummary;
import org.astrolabe.core.store.GraphStore;
import org.astrolabe.core.store.InMemoryGraphStore;
import org.astrolabe.core.store.Tdb2GraphStore;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The ingest and eval commands' plumbing, with a test double for the extractor. */
class IngestAndEvalCommandTest {
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
    void ingestPrintsAProgressLinePerArticleAndASummaryAndFailsIfAnythingFailed() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "ISRO plans probe\n\nUpdated 3 May 2024\n\nISRO of India plans a probe.");
        Files.writeString(dir.resolve("b.txt"), "Broken\n\nFAIL-EXTRACT here.");
        Files.writeString(dir.resolve("c.jsonl"), "{\"title\":\"SUPARCO news\",\"text\":\"SUPARCO of Pakistan.\"}\n{oops\n");
        Path store = dir.resolve("store");

        int exit = run(new IngestCommand(KnownNamesExtractor::new), "--store", store.toString(), dir.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString().lines().toList()).hasSize(5).satisfies(lines -> {
            assertThat(lines.get(0)).matches("\\[1/3] a\\.txt  \"ISRO plans probe\"  2 entities, 1 facts  \\(\\d+\\.\\d s\\)");
            assertThat(lines.get(1)).startsWith("[2/3] b.txt  \"Broken\"  FAILED: cannot parse this article");
            assertThat(lines.get(2)).startsWith("[3/3] c.jsonl:1  \"SUPARCO news\"  2 entities, 1 facts");
            assertThat(lines.get(3)).startsWith("Stored 2 of 3 articles (0 unchanged): 4 entities, 2 facts in ")
                    .endsWith("; 1 article failed; 1 input skipped. Store: " + dir.resolve("store"));
            assertThat(lines.get(4)).isEqualTo("not stored: b.txt  \"Broken\": cannot parse this article");
        });
        assertThat(err.toString()).contains("committed 3 articles: 3 of 3 done, ");
        assertThat(err.toString()).contains("skipped c.jsonl:2: not a JSON object");

        try (GraphStore graphs = Tdb2GraphStore.open(store)) {
            assertThat(graphs.documents(0, 10)).extracting(DocumentSummary::source).containsExactlyInAnyOrder("a.txt", "c.jsonl:1");
            assertThat(graphs.documents(0, 10)).filteredOn(d -> d.source().equals("a.txt")).singleElement()
                    .satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2024, 5, 3)));
        }
        out.getBuffer().setLength(0);
        assertThat(run(new IngestCommand(KnownNamesExtractor::new), "--store", store.toString(), dir.resolve("a.txt").toString())).isZero();
        assertThat(out.toString()).contains("unchanged, already stored: not extracted",
                "Stored 1 of 1 articles (1 unchanged, 1 of them not extracted again)");

        out.getBuffer().setLength(0);
        assertThat(run(new IngestCommand(KnownNamesExtractor::new), "--store", store.toString(), "--force", "--threads", "1",
                "--batch-size", "1", dir.resolve("a.txt").toString())).isZero();
        assertThat(out.toString()).contains("2 entities, 1 facts, replaced", "Stored 1 of 1 articles (0 unchanged)");
    }

    @Test
    void aBadThreadCountFailsBeforeTheStoreOpensOrTheExtractorLoads() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "ISRO plans probe\n\nISRO of India plans a probe.");
        Path store = dir.resolve("never");
        int exit = run(new IngestCommand(() -> {
            throw new AssertionError("the extractor must not be loaded");
        }), "--store", store.toString(), "--threads", "0", dir.resolve("a.txt").toString());
        assertThat(exit).isEqualTo(1);
        assertThat(store).doesNotExist();
        assertThat(err.toString()).contains("astrolabe ingest: threads must be at least 1: 0");
    }

    @Test
    void ingestOfNothingReadableFailsWithoutOpeningTheStore() {
        Path store = dir.resolve("never");
        int exit = run(new IngestCommand(KnownNamesExtractor::new), "--store", store.toString(), dir.resolve("missing.txt").toString());
        assertThat(store).doesNotExist();
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("skipped " + dir.resolve("missing.txt") + ": no such file or folder", "no article to ingest");
    }

    @Test
    void aStoreThatCannotBeOpenedFailsBeforeTheExtractorLoads() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "ISRO plans probe\n\nISRO of India plans a probe.");
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        int exit = run(new IngestCommand(() -> {
            throw new AssertionError("the extractor must not be loaded");
        }), "--store", notAFolder.toString(), dir.resolve("a.txt").toString());
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).startsWith("astrolabe ingest: ").doesNotContain("Exception");
    }

    @Test
    void evalScoresTheBundledSeedsByDefault() {
        int exit = run(new EvalCommand(InMemoryGraphStore::create, KnownNamesExtractor::new), "--verbose");
        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("entities", "kg:SpaceAgency", "kg:country", "== missed entities (gold)",
                "cmsa \"China Manned Space Agency\"", "entities P=");
        assertThat(err.toString()).contains("[7/7] 004_79646806d844fcae.txt", "Stored 7 of 7 articles");
    }

    @Test
    void evalOfOwnArticlesNeedsAGoldFileAndReportsItsErrorsByLine() throws Exception {
        Files.writeString(dir.resolve("x.txt"), "ISRO plans probe\n\nISRO of India plans a probe.");
        assertThat(run(new EvalCommand(InMemoryGraphStore::create, KnownNamesExtractor::new), dir.resolve("x.txt").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("Give --gold FILE");

        Files.writeString(dir.resolve("gold.tsv"), "D\tx.txt\t2024-05-03\nE\tisro\tkg:SpaceAgency\tISRO\tISRO\nF\tisro\tkg:country\tindia\n");
        assertThat(run(new EvalCommand(InMemoryGraphStore::create, KnownNamesExtractor::new),
                "--gold", dir.resolve("gold.tsv").toString(), dir.resolve("x.txt").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("astrolabe eval: " + dir.resolve("gold.tsv") + ":3: unknown entity id 'india'");

        Files.writeString(dir.resolve("gold.tsv"), "D\tx.txt\t2024-05-03\nE\tisro\tkg:SpaceAgency\tISRO\tISRO\n"
                + "E\tindia\tkg:Country\tIndia\tIndia\nF\tisro\tkg:country\tindia\nD\ty.txt\t2024-05-03\n");
        out.getBuffer().setLength(0);
        assertThat(run(new EvalCommand(InMemoryGraphStore::create, KnownNamesExtractor::new),
                "--gold", dir.resolve("gold.tsv").toString(), dir.resolve("x.txt").toString())).isZero();
        assertThat(out.toString()).contains("entities P=1.000 R=1.000 F1=1.000 (tp 2 fp 0 fn 0); facts P=1.000 R=1.000 F1=1.000 (tp 1 fp 0 fn 0)");
        assertThat(err.toString()).contains("warning: no article was read for gold document y.txt");
    }

    @Test
    void evalKeepsOneHalfWritesTheDumpAndReportsJson() throws Exception {
        Files.writeString(dir.resolve("01_isro.txt"), "ISRO plans probe\n\nISRO of India plans a probe.");
        Files.writeString(dir.resolve("02_suparco.txt"), "SUPARCO plans probe\n\nSUPARCO of Pakistan plans a probe.");
        Files.writeString(dir.resolve("gold.tsv"), "D\t01_isro.txt\t2024-05-03\nE\tisro\tkg:SpaceAgency\tISRO\n"
                + "D\t02_suparco.txt\t2024-05-03\nE\tsuparco\tkg:SpaceAgency\tSUPARCO\n");
        Path dump = dir.resolve("scored.nq");

        int exit = run(new EvalCommand(InMemoryGraphStore::create, KnownNamesExtractor::new), "--gold", dir.resolve("gold.tsv").toString(),
                "--half", "even", "--json", "--dump", dump.toString(), dir.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(err.toString()).contains("Evaluating 1 articles against 1 gold documents", "not scored: 1 articles");
        assertThat(out.toString()).contains("\"entities\"", "\"tp\" : 1", "\"byClass\"");
        assertThat(Files.readString(dump)).contains("SUPARCO").doesNotContain("ISRO");
        assertThat(run(new EvalCommand(InMemoryGraphStore::create, KnownNamesExtractor::new), "--half", "third")).isEqualTo(2);
    }
}
