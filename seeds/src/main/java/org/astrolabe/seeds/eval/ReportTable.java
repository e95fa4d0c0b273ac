package org.astrolabe.seeds.eval;

import java.util.Locale;
import java.util.Map;

/** Prints an {@link EvalReport} as small plain-text tables, for the command line. */
public final class ReportTable {
    private static final String ROW = "%-30s %4s  %5s %5s %5s %9s %9s   %5s %5s %5s %9s %9s%n";

    private ReportTable() {}

    /**
     * The per-document and total table, the per-relation table and, when {@code verbose}, each document's
     * missed gold lines and wrong system items.
     */
    public static String format(EvalReport report, boolean verbose) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, ROW, "", "", "ENTITIES", "", "", "", "", "FACTS", "", "", "", ""));
        out.append(String.format(Locale.ROOT, ROW, "document", "art", "P", "R", "F1", "ok/sys", "found/gold", "P", "R", "F1",
                "ok/sys", "found/gold"));
        for (EvalReport.DocumentReport d : report.documents()) {
            out.append(row(d.fileName(), String.valueOf(d.articles()), d.entities(), d.facts()));
        }
        int articles = report.documents().stream().mapToInt(EvalReport.DocumentReport::articles).sum();
        out.append(row("TOTAL", String.valueOf(articles), report.entities(), report.facts()));

        out.append(System.lineSeparator());
        String relationRow = "%-22s %5s %5s %5s %9s %9s%n";
        out.append(String.format(Locale.ROOT, relationRow, "relation", "P", "R", "F1", "ok/sys", "found/gold"));
        for (Map.Entry<String, Score> e : report.relations().entrySet()) {
            Score s = e.getValue();
            out.append(String.format(Locale.ROOT, relationRow, GoldStandard.curie(e.getKey()), num(s.precision(), s.system()),
                    num(s.recall(), s.gold()), num(s.f1(), s.system() + s.gold()), s.correct() + "/" + s.system(), s.found() + "/" + s.gold()));
        }
        if (verbose) {
            for (EvalReport.DocumentReport d : report.documents()) {
                out.append(System.lineSeparator()).append("== ").append(d.fileName()).append(System.lineSeparator());
                d.missed().forEach(m -> out.append("  missed  ").append(m).append(System.lineSeparator()));
                d.wrong().forEach(w -> out.append("  wrong   ").append(w).append(System.lineSeparator()));
            }
        }
        return out.toString();
    }

    private static String row(String name, String articles, Score entities, Score facts) {
        return String.format(Locale.ROOT, ROW, name, articles,
                num(entities.precision(), entities.system()), num(entities.recall(), entities.gold()), num(entities.f1(), 1),
                entities.correct() + "/" + entities.system(), entities.found() + "/" + entities.gold(),
                num(facts.precision(), facts.system()), num(facts.recall(), facts.gold()), num(facts.f1(), 1),
                facts.correct() + "/" + facts.system(), facts.found() + "/" + facts.gold());
    }

    /** A figure to three decimals, or "-" when there is nothing to measure it on. */
    private static String num(double value, int over) {
        return over == 0 ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
