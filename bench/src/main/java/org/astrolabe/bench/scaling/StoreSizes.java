package org.astrolabe.bench.scaling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The store sizes of the scaling section, in quads: written and read as {@code 100k}, {@code 1M},
 * {@code 10M} (a plain number works too), so the command line, the report and the chart's axis say the
 * same thing.
 */
public final class StoreSizes {
    /** The sizes of a normal scaling run. */
    public static final List<Long> NORMAL = List.of(100_000L, 1_000_000L);
    /** What {@code --large} adds: too long for CI or a routine run. */
    public static final long LARGE = 10_000_000L;
    /** The sizes of a {@code --quick} scaling run: a smoke test of the whole path. */
    public static final List<Long> QUICK = List.of(20_000L, 100_000L);

    private StoreSizes() {}

    /**
     * Parses one size: digits with an optional {@code k} (thousand) or {@code M} (million) suffix, either
     * case, decimals allowed before a suffix ({@code 2.5M}).
     *
     * @throws IllegalArgumentException when the text is no size or the size is below 1,000 quads
     */
    public static long parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT).replace("_", "").replace(",", "");
        double factor = 1;
        if (s.endsWith("k")) {
            factor = 1_000;
            s = s.substring(0, s.length() - 1);
        } else if (s.endsWith("m")) {
            factor = 1_000_000;
            s = s.substring(0, s.length() - 1);
        }
        double value;
        try {
            value = Double.parseDouble(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a store size: '" + text + "' (e.g. 100k, 1M, 2500000)");
        }
        if (!s.matches("[0-9]+(\\.[0-9]+)?")) {
            throw new IllegalArgumentException("not a store size: '" + text + "' (e.g. 100k, 1M, 2500000)");
        }
        long quads = Math.round(value * factor);
        if (quads < 1_000) {
            throw new IllegalArgumentException("store size " + text + " is below 1k quads");
        }
        return quads;
    }

    /** A short label: {@code 100k}, {@code 1M}, {@code 2.5M}, {@code 10M}, or the number when neither fits. */
    public static String label(long quads) {
        if (quads >= 1_000_000 && quads % 100_000 == 0) {
            return trim(quads / 1e6) + "M";
        }
        if (quads >= 1_000 && quads % 100 == 0) {
            return trim(quads / 1e3) + "k";
        }
        return Long.toString(quads);
    }

    /**
     * The sizes to run, smallest first without repeats: the ones given (a comma-separated list each), else
     * the normal (or quick) ones; {@code large} adds {@link #LARGE}.
     */
    public static List<Long> choose(List<String> given, boolean large, boolean quick) {
        TreeSet<Long> sizes = new TreeSet<>();
        for (String list : given) {
            for (String one : list.split(",")) {
                if (!one.isBlank()) {
                    sizes.add(parse(one));
                }
            }
        }
        if (sizes.isEmpty()) {
            sizes.addAll(quick ? QUICK : NORMAL);
        }
        if (large) {
            sizes.add(LARGE);
        }
        return new ArrayList<>(sizes);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value).replaceAll("\\.?0+$", "");
    }
}
