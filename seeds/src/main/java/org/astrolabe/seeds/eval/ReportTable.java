package org.astrolabe.seeds.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Prints an {@link EvalReport} as small plain-text tables, for the command line. */
public final class ReportTable {
    private static final String ROW = "%-22s %6s %6s %6s %6s %6s %6s%n";
    private static final String NL = System.lineSeparator();

    private ReportTable() {}

    /**
     * The totals, the per-class and per-property tables and, when {@code verbose}, the missed gold items
     * and the spurious system items grouped by class or property.
     */
    public static String format(EvalReport report, boolean verbose) {
        StringBuilder out = new StringBuilder();
        out.append(header(""));
        out.append(row("entities", report.entities()));
        out.append(row("facts", report.facts()));
        out.append(NL).append(header("class"));
        report.entitiesByClass().forEach((cls, s) -> out.append(row("kg:" + cls, s)));
        out.append(NL).append(header("property"));
        report.factsByProperty().forEach((p, s) -> out.append(row("kg:" + p, s)));
        if (verbose) {
            section(out, "missed entities (gold)", report.missedEntities());
            section(out, "spurious entities (system)", report.spuriousEntities());
            section(out, "missed facts (gold)", report.missedFacts());
            section(out, "spurious facts (system)", report.spuriousFacts());
        }
        return out.toString();
    }

    /** The one-line summary, in the official scorer's words. */
    public static String summary(EvalReport report) {
        Score e = report.entities();
        Score f = report.facts();
        return String.format(Locale.ROOT, "entities P=%.3f R=%.3f F1=%.3f (tp %d fp %d fn %d); facts P=%.3f R=%.3f F1=%.3f (tp %d fp %d fn %d)",
                e.precision(), e.recall(), e.f1(), e.tp(), e.fp(), e.fn(), f.precision(), f.recall(), f.f1(), f.tp(), f.fp(), f.fn());
    }

    private static String header(String what) {
        return String.format(Locale.ROOT, ROW, what, "P", "R", "F1", "tp", "fp", "fn");
    }

    private static String row(String name, Score s) {
        return String.format(Locale.ROOT, ROW, name, num(s.precision(), s.tp() + s.fp()), num(s.recall(), s.tp() + s.fn()),
                num(s.f1(), s.tp() + s.fp() + s.fn()), s.tp(), s.fp(), s.fn());
    }

    private static void section(StringBuilder out, String title, List<EvalReport.Item> items) {
        out.append(NL).append("== ").append(title).append(": ").append(items.size()).append(NL);
        Map<String, List<EvalReport.Item>> groups = new TreeMap<>();
        items.forEach(i -> groups.computeIfAbsent(i.group(), k -> new ArrayList<>()).add(i));
        groups.forEach((group, list) -> {
            out.append("  kg:").append(group).append(" (").append(list.size()).append(")").append(NL);
            list.forEach(i -> out.append("    ").append(i.description()).append(NL));
        });
    }

    /** A figure to three decimals, or "-" when there is nothing to measure it on. */
    private static String num(double value, int over) {
        return over == 0 ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
