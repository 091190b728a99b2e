package org.crosscheck.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.crosscheck.model.Article;

/**
 * Times the job on one input with {@code local[1]} and {@code local[2]} in one JVM, rounds interleaved, after
 * loading the models once (as an executor JVM of a cluster keeps them): time per run, articles per second, and
 * the speed-up from one core to two; and for each run the cost of each step ({@link StageMetrics}: executor
 * time, shuffle bytes, peak task memory). It lives in this module, not in {@code bench}, because Spark needs its own
 * Jackson, which the app that {@code bench} holds does not run on.
 *
 * <pre>
 * CROSSCHECK_SPARK_MAIN=org.crosscheck.spark.JobBenchmark CROSSCHECK_SPARK_JAVA_OPTS=-Xmx6g ./crosscheck-spark \
 *     [--rounds N] [--cores 1,2] PATH...
 * </pre>
 */
public final class JobBenchmark {

    private JobBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args {@code [--rounds N] [--cores 1,2] PATH...}
     * @throws IOException when an output cannot be written
     */
    public static void main(String[] args) throws IOException {
        int rounds = 2;
        List<Integer> cores = List.of(1, 2);
        List<String> inputs = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--cores" -> cores = java.util.Arrays.stream(args[++i].split(",")).map(Integer::parseInt).toList();
                default -> inputs.add(args[i]);
            }
        }
        if (inputs.isEmpty()) {
            System.err.println("usage: JobBenchmark [--rounds N] [--cores 1,2] PATH...");
            System.exit(2);
        }
        long load = System.nanoTime();
        // CoreNLP loads on the first English article, so one is annotated here: no run pays for the load
        Models.annotator().annotate(new Article("warm", "warm", null, null, null, null, null, "en",
                "The minister said on Monday that 12 people were killed in Paris.", List.of(), List.of(), null,
                List.of()));
        Models.embedder().embed(List.of("The minister said on Monday that 12 people were killed in Paris."));
        System.out.printf(Locale.ROOT, "models loaded in %.1f s (once for the JVM)%n", (System.nanoTime() - load) / 1e9);
        Path out = Files.createTempDirectory("crosscheck-spark-bench");
        double[][] seconds = new double[cores.size()][rounds];
        long articles = 0;
        double cpuSeconds = 0;
        double gcSeconds = 0;
        for (int r = 0; r < rounds; r++) {
            for (int c = 0; c < cores.size(); c++) {
                SparkSession spark = SparkSession.builder().appName("crosscheck-bench").master("local[" + cores.get(c)
                        + "]").config("spark.ui.enabled", "false")
                        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS").getOrCreate();
                StageMetrics metrics = new StageMetrics();
                StageTimeline timeline = new StageTimeline();
                spark.sparkContext().addSparkListener(metrics);
                spark.sparkContext().addSparkListener(timeline);
                try {
                    List<String> a = new ArrayList<>(List.of("--input"));
                    a.addAll(inputs);
                    a.addAll(List.of("--output", out.resolve("c" + cores.get(c)).toString()));
                    long t = System.nanoTime();
                    long cpu = processCpuNanos();
                    long gc = gcMillis();
                    Map<String, Long> counts = new SparkAnalysis(spark).run(JobArgs.parse(a.toArray(String[]::new)));
                    seconds[c][r] = (System.nanoTime() - t) / 1e9;
                    cpuSeconds = (processCpuNanos() - cpu) / 1e9;
                    gcSeconds = (gcMillis() - gc) / 1e3;
                    articles = counts.get("articles");
                } finally {
                    spark.stop();
                }
                System.out.printf(Locale.ROOT, "round %d local[%d]: %.1f s (%.1f s on the driver before the first or "
                        + "after the last stage); the JVM's CPU %.1f s = %.2f cores busy on average, GC %.1f s; "
                        + "load average %.2f%n%s%n%s%n", r + 1, cores.get(c), seconds[c][r],
                        seconds[c][r] - timeline.spanMillis() / 1e3, cpuSeconds, cpuSeconds / seconds[c][r], gcSeconds,
                        loadAverage(), metrics.table(), timeline.table(2));
            }
        }
        System.out.printf(Locale.ROOT, "%n| master | articles | best s | median s | articles/s | speed-up |%n"
                + "|---|---|---|---|---|---|%n");
        double base = best(seconds[0]);
        for (int c = 0; c < cores.size(); c++) {
            double best = best(seconds[c]);
            System.out.printf(Locale.ROOT, "| local[%d] | %d | %.1f | %.1f | %.2f | %.2fx |%n", cores.get(c), articles,
                    best, median(seconds[c]), articles / best, base / best);
        }
    }

    /** The CPU time of this JVM, all threads (the driver's and the executor's: local mode is one JVM). */
    private static long processCpuNanos() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
    }

    private static long gcMillis() {
        return java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(b -> Math.max(0, b.getCollectionTime())).sum();
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double best(double[] s) {
        return java.util.Arrays.stream(s).min().orElse(Double.NaN);
    }

    private static double median(double[] s) {
        double[] sorted = s.clone();
        java.util.Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
