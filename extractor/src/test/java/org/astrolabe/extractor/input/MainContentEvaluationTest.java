package org.astrolabe.extractor.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * Runs {@link MainContentEvaluation} on the page set and prints the comparison table (also written to
 * {@code target/main-content-evaluation.md}); fails when our reader falls below the figures it reached or
 * below a library. Each reader reads the set {@code -DmainContent.rounds=N} times for its ms/page (2 by
 * default, to keep the test fast; docs/input-and-eval.md gives the command and figures with 50).
 */
class MainContentEvaluationTest {
    private static final int ROUNDS = Integer.getInteger("mainContent.rounds", 2);

    @Test
    void comparesTheReadersOnThePageSet() throws IOException {
        List<MainContentEvaluation.Page> pages = MainContentEvaluation.pages();
        List<MainContentEvaluation.Result> results = MainContentEvaluation.evaluate(pages, MainContentEvaluation.readers(), ROUNDS);
        String table = table(pages, results);
        System.out.println(table);
        Files.writeString(Path.of("target", "main-content-evaluation.md"), table);

        assertThat(pages).hasSizeGreaterThanOrEqualTo(12);
        MainContentEvaluation.Result ours = results.get(0);
        assertThat(ours.reader().name()).startsWith("HtmlReader (");
        assertThat(ours.f1()).as("main text F1 over the set").isGreaterThanOrEqualTo(0.97);
        assertThat(ours.pagesAtLeast(0.85)).as("pages read with F1 >= 0.85").isEqualTo(pages.size());
        assertThat(ours.titles()).as("titles").isEqualTo(pages.size());
        assertThat(ours.dates()).as("dates").isEqualTo(String.valueOf(pages.size()));
        assertThat(ours.urls()).as("URLs").isEqualTo(String.valueOf(pages.size()));
        for (MainContentEvaluation.Result other : results.subList(1, results.size())) {
            assertThat(ours.f1()).as("F1 against " + other.reader().name()).isGreaterThan(other.f1());
        }
    }

    static String table(List<MainContentEvaluation.Page> pages, List<MainContentEvaluation.Result> results) {
        StringBuilder out = new StringBuilder();
        out.append("| reader | precision | recall | F1 | mean page F1 | pages F1 ≥ 0.9 | title | date | URL | ms/page |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|\n");
        for (MainContentEvaluation.Result r : results) {
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %d/%d | %d/%d | %s | %s | %.2f |%n",
                    r.reader().name(), r.precision(), r.recall(), r.f1(), r.meanPageF1(), r.pagesAtLeast(0.9), pages.size(),
                    r.titles(), pages.size(), r.dates(), r.urls(), r.msPerPage()));
        }
        out.append("\nF1 of the main text per page:\n\n| page |");
        results.forEach(r -> out.append(' ').append(r.reader().name()).append(" |"));
        out.append("\n|---|").append("---|".repeat(results.size())).append('\n');
        for (int i = 0; i < pages.size(); i++) {
            out.append("| ").append(pages.get(i).name()).append(" |");
            for (MainContentEvaluation.Result r : results) {
                MainContentEvaluation.Score s = r.scores().get(i);
                out.append(String.format(Locale.ROOT, " %.2f (P %.2f R %.2f) |", s.f1(), s.precision(), s.recall()));
            }
            out.append('\n');
        }
        out.append("\nMetadata misses:\n\n");
        for (MainContentEvaluation.Result r : results) {
            for (int i = 0; i < pages.size(); i++) {
                MainContentEvaluation.Score s = r.scores().get(i);
                MainContentEvaluation.Page page = pages.get(i);
                if (!s.title()) {
                    out.append("- ").append(r.reader().name()).append(", ").append(page.name()).append(": title \"")
                            .append(s.found().title()).append("\"\n");
                }
                if (Boolean.FALSE.equals(s.date())) {
                    out.append("- ").append(r.reader().name()).append(", ").append(page.name()).append(": date ").append(s.found().date()).append('\n');
                }
                if (Boolean.FALSE.equals(s.url())) {
                    out.append("- ").append(r.reader().name()).append(", ").append(page.name()).append(": URL ").append(s.found().url()).append('\n');
                }
            }
        }
        return out.toString();
    }
}
