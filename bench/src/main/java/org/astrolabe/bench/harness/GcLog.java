package org.astrolabe.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Peak heap use of a child JVM from its unified GC log ({@code -Xlog:gc:file=...}): the largest heap
 * occupancy seen before a collection (or after the last one), which is how full the heap got. The same
 * measure applies to every JVM, ours and the baselines'.
 */
public final class GcLog {
    private static final Pattern TRANSITION = Pattern.compile("(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

    private GcLog() {}

    /** The JVM option that makes a child write the log this class reads. */
    public static String option(Path logFile) {
        return "-Xlog:gc:file=" + logFile.toAbsolutePath() + ":uptime";
    }

    public static long peakHeapBytes(Path logFile) throws IOException {
        return peakHeapBytes(Files.readAllLines(logFile));
    }

    /** The largest before-or-after occupancy in lines like {@code Pause Young ... 24M->3M(256M) 2.3ms}; 0 if none. */
    public static long peakHeapBytes(List<String> lines) {
        long peak = 0;
        for (String line : lines) {
            Matcher m = TRANSITION.matcher(line);
            while (m.find()) {
                peak = Math.max(peak, bytes(m.group(1), m.group(2)));
                peak = Math.max(peak, bytes(m.group(3), m.group(4)));
            }
        }
        return peak;
    }

    /**
     * Stop-the-world pauses logged between two points of the JVM's uptime: their count, total and longest.
     *
     * @param count   pauses in the window
     * @param totalMs their summed duration
     * @param longestMs the longest one
     */
    public record Pauses(int count, double totalMs, double longestMs) {
        /** The pauses of this window and {@code other}'s together. */
        public Pauses plus(Pauses other) {
            return new Pauses(count + other.count, totalMs + other.totalMs, Math.max(longestMs, other.longestMs));
        }
    }

    private static final Pattern PAUSE = Pattern.compile("^\\[(\\d+(?:\\.\\d+)?)s\\].*\\bPause\\b.* (\\d+(?:\\.\\d+)?)ms\\s*$");

    public static Pauses pauses(Path logFile, double fromSeconds, double toSeconds) throws IOException {
        return pauses(Files.readAllLines(logFile), fromSeconds, toSeconds);
    }

    /**
     * The pauses in lines like {@code [12.345s] GC(3) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 2.345ms}
     * (the {@code uptime} decoration of {@link #option}) that ended between {@code fromSeconds} and {@code toSeconds}.
     */
    public static Pauses pauses(List<String> lines, double fromSeconds, double toSeconds) {
        int count = 0;
        double total = 0;
        double longest = 0;
        for (String line : lines) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                double at = Double.parseDouble(m.group(1));
                if (at >= fromSeconds && at <= toSeconds) {
                    double ms = Double.parseDouble(m.group(2));
                    count++;
                    total += ms;
                    longest = Math.max(longest, ms);
                }
            }
        }
        return new Pauses(count, total, longest);
    }

    private static long bytes(String number, String unit) {
        long n = Long.parseLong(number);
        return switch (unit) {
            case "K" -> n << 10;
            case "M" -> n << 20;
            default -> n << 30;
        };
    }
}
