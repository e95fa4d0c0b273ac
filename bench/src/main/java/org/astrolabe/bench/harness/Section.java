package org.astrolabe.bench.harness;

/** One group of measurements; it adds rows to the context's table and is bounded in time. */
public interface Section {
    /** The name used with {@code --section}. */
    String name();

    /** One line saying what it measures. */
    String description();

    void run(BenchContext ctx) throws Exception;
}
