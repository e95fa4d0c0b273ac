package org.astrolabe.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line description of the machine: cores, memory, CPU model, JDK, OS. */
public final class Machine {
    private Machine() {}

    public static String describe() {
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpuModel() + "), "
                + memory() + " RAM, JDK " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version");
    }

    /** The 1-minute load average (runnable processes), which says how busy the shared machine was; NaN if unknown. */
    public static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).strip();
                }
            }
        } catch (IOException e) {
            // not Linux: leave it out
        }
        return "CPU model unknown";
    }

    private static String memory() {
        try {
            String status = Files.readString(Path.of("/proc/meminfo"));
            return ProcStatus.parseKilobytes(status, "MemTotal").stream()
                    .mapToObj(kb -> String.format("%.1f GiB", kb / 1048576.0)).findFirst().orElse("? GiB");
        } catch (IOException e) {
            return "? GiB";
        }
    }
}
