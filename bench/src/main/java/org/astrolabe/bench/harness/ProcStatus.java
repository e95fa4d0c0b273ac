package org.astrolabe.bench.harness;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** Reads fields of Linux's /proc/&lt;pid&gt;/status, such as VmHWM (peak resident set size). */
public final class ProcStatus {
    private ProcStatus() {}

    /** The value of a "kB" field of the process's status, or empty if the process or field is gone. */
    public static OptionalLong kilobytes(long pid, String field) {
        try {
            return parseKilobytes(Files.readString(Path.of("/proc", Long.toString(pid), "status")), field);
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }

    /** Parses a line such as {@code VmHWM:   123456 kB} out of a status file's text. */
    public static OptionalLong parseKilobytes(String status, String field) {
        for (String line : status.split("\n")) {
            if (line.startsWith(field + ":")) {
                String[] parts = line.substring(field.length() + 1).trim().split("\\s+");
                return OptionalLong.of(Long.parseLong(parts[0]));
            }
        }
        return OptionalLong.empty();
    }
}
