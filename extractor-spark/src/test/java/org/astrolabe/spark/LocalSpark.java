package org.astrolabe.spark;

import org.apache.spark.sql.SparkSession;

/** A Spark session in local mode for tests: small, quiet, no UI. */
final class LocalSpark {
    private LocalSpark() {}

    static SparkSession start(int threads) {
        return SparkSession.builder()
                .appName("astrolabe-test")
                .master("local[" + threads + "]")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.default.parallelism", String.valueOf(threads))
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }
}
