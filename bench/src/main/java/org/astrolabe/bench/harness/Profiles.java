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
            RecordedFrame top = stack.getFrames().get(0);
            String method = top.getMethod().getType().getName() + "." + top.getMethod().getName();
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
