package org.astrolabe.bench.harness;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * JFR profiles: recording in this JVM or in a child, and a summary of where CPU time went (the methods on
 * top of the most {@code jdk.ExecutionSample} stacks), the same view as
 * {@code jfr print --events jdk.ExecutionSample} aggregated by top frame.
 */
public final class Profiles {
    private Profiles() {}

    /** The JVM option that makes a child record a profile, written when it exits. */
    public static String childOption(Path file) {
        return "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + file.toAbsolutePath();
    }

    /** Starts a profiling recording in this JVM; stop it with {@link #stop}. */
    public static Recording start() throws IOException {
        try {
            Recording recording = new Recording(Configuration.getConfiguration("profile"));
            recording.start();
            return recording;
        } catch (java.text.ParseException e) {
            throw new IOException("JFR's profile settings could not be read", e);
        }
    }

    public static void stop(Recording recording, Path file) throws IOException {
        recording.stop();
        recording.dump(file);
        recording.close();
    }

    /** One line per hot method: share of samples, method. */
    public record Hotspot(double share, String method) {}

    /** The {@code limit} methods most often on top of the CPU samples of the recording. */
    public static List<Hotspot> topFrames(Path recording, int limit) throws IOException {
        return summarise(recording, limit, null);
    }

    /**
     * The {@code limit} Astrolabe methods (package {@code org.astrolabe}) most often nearest the top of the
     * CPU samples: where in the project's own code the time goes, including the library calls it makes.
     */
    public static List<Hotspot> ownFrames(Path recording, int limit) throws IOException {
        return summarise(recording, limit, "org.astrolabe.");
    }

    /** Prints both summaries of a recording: {@code Profiles FILE.jfr [LIMIT]}. */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int limit = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        System.out.println("Top frames:");
        topFrames(file, limit).forEach(h -> System.out.printf("%5.1f%% %s%n", h.share() * 100, h.method()));
        System.out.println("Nearest Astrolabe frame:");
        ownFrames(file, limit).forEach(h -> System.out.printf("%5.1f%% %s%n", h.share() * 100, h.method()));
    }

    private static List<Hotspot> summarise(Path recording, int limit, String packagePrefix) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample")) {
                continue;
            }
            RecordedStackTrace stack = event.getStackTrace();
            if (stack == null || stack.getFrames().isEmpty()) {
                continue;
            }
            String method = "(no Astrolabe frame)";
            for (RecordedFrame frame : stack.getFrames()) {
                String type = frame.getMethod().getType().getName();
                if (packagePrefix == null || type.startsWith(packagePrefix)) {
                    method = type + "." + frame.getMethod().getName();
                    break;
                }
            }
            counts.merge(method, 1, Integer::sum);
            total++;
        }
        List<Hotspot> hot = new ArrayList<>();
        int all = total;
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> hot.add(new Hotspot((double) e.getValue() / all, e.getKey())));
        return hot;
    }
}
