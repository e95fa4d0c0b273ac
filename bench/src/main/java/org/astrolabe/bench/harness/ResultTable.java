package org.astrolabe.bench.harness;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's output: one row per figure, with the baseline measured in the same run, their ratio,
 * and the target when the issue sets one. Printed as aligned text and written as Markdown. Thread-safe
 * for adding rows (sections may report from worker threads).
 */
public final class ResultTable {

    /** Whether a higher figure is better (throughput) or a lower one (latency, memory). */
    public enum Better { HIGHER, LOWER }

    /**
     * One figure.
     *
     * @param section       the section it belongs to
     * @param metric        what was measured, with its unit
     * @param astrolabe     Astrolabe's figure, NaN if not measured
     * @param baselineName  the baseline's name, or null when there is none
     * @param baseline      the baseline's figure, NaN if none
     * @param better        which direction is better, for the ratio and the target
     * @param target        a human statement of the target (e.g. "ratio >= 0.9"), or null
     * @param met           whether the target was met; null when there is no target or no figure
     * @param note          free text: sample sizes, what was missing
     */
    public record Row(String section, String metric, double astrolabe, String baselineName, double baseline,
                      Better better, String target, Boolean met, String note) {

        /** Astrolabe relative to the baseline, oriented so that > 1 means Astrolabe is better. */
        public double ratio() {
            if (Double.isNaN(astrolabe) || Double.isNaN(baseline) || baseline == 0 || astrolabe == 0) {
                return Double.NaN;
            }
            return better == Better.HIGHER ? astrolabe / baseline : baseline / astrolabe;
        }
    }

    private final List<Row> rows = new ArrayList<>();

    public synchronized void add(Row row) {
        rows.add(row);
    }

    /** A figure with no baseline and no target. */
    public void figure(String section, String metric, double value, String note) {
        add(new Row(section, metric, value, null, Double.NaN, Better.HIGHER, null, null, note));
    }

    /** A figure with an absolute target ({@code value <= limit} or {@code value >= limit}). */
    public void figureWithLimit(String section, String metric, double value, Better better, double limit, String note) {
        String target = (better == Better.LOWER ? "<= " : ">= ") + format(limit);
        Boolean met = Double.isNaN(value) ? null : better == Better.LOWER ? value <= limit : value >= limit;
        add(new Row(section, metric, value, null, Double.NaN, better, target, met, note));
    }

    /** A figure against a baseline, with an optional target on the ratio (NaN for none). */
    public void versus(String section, String metric, double value, String baselineName, double baseline,
                       Better better, double minRatio, String note) {
        Row probe = new Row(section, metric, value, baselineName, baseline, better, null, null, note);
        String target = Double.isNaN(minRatio) ? null : "ratio >= " + format(minRatio);
        Boolean met = Double.isNaN(minRatio) || Double.isNaN(probe.ratio()) ? null : probe.ratio() >= minRatio;
        add(new Row(section, metric, value, baselineName, baseline, better, target, met, note));
    }

    /** A section that could not run, with the reason. */
    public void missing(String section, String metric, String reason) {
        add(new Row(section, metric, Double.NaN, null, Double.NaN, Better.HIGHER, null, null, reason));
    }

    public synchronized List<Row> rows() {
        return List.copyOf(rows);
    }

    private static final String[] HEADER = {"Section", "Metric", "Astrolabe", "Baseline", "Baseline value", "Ratio", "Target", "Met", "Note"};

    private static String[] cells(Row r) {
        return new String[] {
                r.section(), r.metric(), format(r.astrolabe()), r.baselineName() == null ? "" : r.baselineName(),
                r.baselineName() == null ? "" : format(r.baseline()), Double.isNaN(r.ratio()) ? "" : format(r.ratio()) + "x",
                r.target() == null ? "" : r.target(), r.met() == null ? "" : r.met() ? "yes" : "NO",
                r.note() == null ? "" : r.note()};
    }

    /** Aligned plain-text table for the terminal. */
    public String toText() {
        List<String[]> lines = new ArrayList<>();
        lines.add(HEADER);
        rows().forEach(r -> lines.add(cells(r)));
        int[] widths = new int[HEADER.length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] line : lines) {
            StringBuilder row = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                row.append(i == 0 ? "" : "  ").append(pad(line[i], widths[i]));
            }
            out.append(row.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** GitHub-flavoured Markdown table; pipes inside cells are escaped. */
    public String toMarkdown() {
        StringBuilder out = new StringBuilder();
        out.append(markdownLine(HEADER));
        out.append("|").append("---|".repeat(HEADER.length)).append('\n');
        for (Row r : rows()) {
            out.append(markdownLine(cells(r)));
        }
        return out.toString();
    }

    private static String markdownLine(String[] cells) {
        StringBuilder line = new StringBuilder("|");
        for (String cell : cells) {
            line.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        return line.append('\n').toString();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(width - s.length());
    }

    /** Three significant figures, no exponent for ordinary magnitudes; empty for NaN. */
    public static String format(double value) {
        if (Double.isNaN(value)) {
            return "";
        }
        double abs = Math.abs(value);
        if (abs >= 1000 || value == Math.rint(value) && abs < 1e15) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        if (abs >= 100) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
        if (abs >= 1) {
            return String.format(Locale.ROOT, "%.2f", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
