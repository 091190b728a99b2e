package org.crosscheck.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark job: {@code spark-submit --class org.crosscheck.spark.AnalyzeJob crosscheck-spark.jar --input PATH...
 * --output DIR [--master local[N]]}. Reads text, HTML, JSON Lines, feeds and WARC archives on any Hadoop file
 * system and writes one {@code TABLE.parquet} per table into DIR, which {@code crosscheck import DIR} loads.
 */
public final class AnalyzeJob {

    private AnalyzeJob() {
    }

    /**
     * Runs the job and exits with its code.
     *
     * @param args the command line (see {@link JobArgs#USAGE})
     */
    public static void main(String[] args) {
        System.exit(run(System.out, System.err, args));
    }

    /**
     * Runs the job in a session of its own.
     *
     * @param out  where the table counts go
     * @param err  where problems and progress ("N records read") go
     * @param args the command line
     * @return 0 when the job ran (broken inputs are error rows), 2 on a usage error, 3 when the output failed
     */
    public static int run(PrintStream out, PrintStream err, String... args) {
        JobArgs job;
        try {
            job = JobArgs.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("crosscheck")
                .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        if (job.master() != null) {
            builder.master(job.master());
        }
        SparkSession spark = builder.getOrCreate();
        try {
            Map<String, Long> counts = new SparkAnalysis(spark, err).run(job);
            counts.forEach((table, n) -> out.printf("%-17s %,10d%n", table, n));
            out.println("Written: " + job.output() + " (load it with: ./crosscheck import " + job.output() + ")");
            return 0;
        } catch (IOException e) {
            err.println("cannot write " + job.output() + ": " + e.getMessage());
            return 3;
        } finally {
            spark.stop();
        }
    }
}
