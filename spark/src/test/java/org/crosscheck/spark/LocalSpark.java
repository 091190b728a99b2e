package org.crosscheck.spark;

import org.apache.spark.sql.SparkSession;

/** One local Spark session for every test of a JVM, on the loopback address, without its web UI. */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    /** Returns the session, starting it with {@code local[2]} on first use. */
    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().appName("crosscheck-test").master("local[2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
                    .getOrCreate();
        }
        return session;
    }
}
