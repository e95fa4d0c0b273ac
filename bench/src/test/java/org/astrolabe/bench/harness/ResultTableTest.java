package org.astrolabe.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import org.astrolabe.bench.harness.ResultTable.Better;
import org.junit.jupiter.api.Test;

class ResultTableTest {

    @Test
    void ratioIsOrientedSoThatAboveOneMeansBetter() {
        ResultTable t = new ResultTable();
        t.versus("SPARQL", "queries/s", 90, "Fuseki", 100, Better.HIGHER, 0.9, null);
        t.versus("SPARQL", "p99 (ms)", 20, "Fuseki", 10, Better.LOWER, Double.NaN, null);
        assertThat(t.rows().get(0).ratio()).isEqualTo(0.9);
        assertThat(t.rows().get(0).met()).isTrue();
        assertThat(t.rows().get(1).ratio()).isEqualTo(0.5);
        assertThat(t.rows().get(1).met()).isNull();
    }

    @Test
    void targetsOnRatiosAndLimits() {
        ResultTable t = new ResultTable();
        t.versus("Extraction", "tokens/s", 80, "vanilla", 100, Better.HIGHER, 1.0, null);
        t.figureWithLimit("REST", "p99 (ms)", 25, Better.LOWER, 20, null);
        t.figureWithLimit("Startup", "first answer (s)", 1.5, Better.LOWER, 3, null);
        t.figureWithLimit("Startup", "not measured", Double.NaN, Better.LOWER, 3, null);
        assertThat(t.rows()).extracting(ResultTable.Row::met).containsExactly(false, false, true, null);
        assertThat(t.rows().get(1).target()).isEqualTo("<= 20");
    }

    @Test
    void markdownHasOneLinePerRowAndEscapesPipes() {
        ResultTable t = new ResultTable();
        t.versus("Export", "quads/s", 250_000, "tdb2.tdbdump", 200_000, Better.HIGHER, Double.NaN, "a | b");
        t.missing("REST", "lookup", "server not built");
        String[] lines = t.toMarkdown().split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("| Section | Metric | Astrolabe |");
        assertThat(lines[1]).isEqualTo("|---|---|---|---|---|---|---|---|---|");
        assertThat(lines[2]).isEqualTo("| Export | quads/s | 250,000 | tdb2.tdbdump | 200,000 | 1.25x |  |  | a \\| b |");
        assertThat(lines[3]).contains("| REST | lookup |").contains("server not built");
        for (String line : lines) {
            assertThat(line.split("(?<!\\\\)\\|", -1)).as("unescaped pipes of %s", line).hasSize(11);
        }
    }

    @Test
    void textTableAlignsColumns() {
        ResultTable t = new ResultTable();
        t.figure("A", "short", 1.5, null);
        t.figure("Longer section", "a much longer metric", 12345.6, null);
        String[] lines = t.toText().split("\n");
        assertThat(lines).hasSize(3);
        int column = lines[0].indexOf("Astrolabe");
        assertThat(lines[1].substring(column)).startsWith("1.50");
        assertThat(lines[2].substring(column)).startsWith("12,346");
    }

    @Test
    void formatsThreeSignificantFiguresWithoutExponents() {
        assertThat(ResultTable.format(1234567.8)).isEqualTo("1,234,568");
        assertThat(ResultTable.format(123.456)).isEqualTo("123.5");
        assertThat(ResultTable.format(12.345)).isEqualTo("12.35");
        assertThat(ResultTable.format(0.01234)).isEqualTo("0.012");
        assertThat(ResultTable.format(3.0)).isEqualTo("3");
        assertThat(ResultTable.format(Double.NaN)).isEmpty();
    }
}
