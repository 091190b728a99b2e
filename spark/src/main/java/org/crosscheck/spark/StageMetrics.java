package org.crosscheck.spark;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.executor.TaskMetrics;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;

/**
 * Adds up what the tasks of each step cost (the job names its stages after its steps): tasks, executor run
 * time, shuffle bytes written and read, and the largest peak execution memory of one task. Register it with
 * {@code sparkContext().addSparkListener} before the job runs and read {@link #table()} after.
 */
public final class StageMetrics extends SparkListener {

    private final Map<Integer, String> names = new ConcurrentHashMap<>();
    private final Map<String, long[]> byStep = new LinkedHashMap<>();

    @Override
    public void onStageSubmitted(SparkListenerStageSubmitted event) {
        names.put(event.stageInfo().stageId(), event.stageInfo().name());
    }

    @Override
    public void onStageCompleted(SparkListenerStageCompleted event) {
        names.putIfAbsent(event.stageInfo().stageId(), event.stageInfo().name());
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd event) {
        TaskMetrics m = event.taskMetrics();
        if (m == null) {
            return;
        }
        String step = step(names.getOrDefault(event.stageId(), "stage " + event.stageId()));
        long[] sum = byStep.computeIfAbsent(step, k -> new long[5]);
        sum[0]++;
        sum[1] += m.executorRunTime();
        sum[2] += m.shuffleWriteMetrics().bytesWritten();
        sum[3] += m.shuffleReadMetrics().totalBytesRead();
        sum[4] = Math.max(sum[4], m.peakExecutionMemory());
    }

    /**
     * Returns the step a stage's name says: its call site up to " at ".
     *
     * @param stageName the stage's name
     * @return the step
     */
    static String step(String stageName) {
        int at = stageName.indexOf(" at ");
        return at >= 0 ? stageName.substring(0, at) : stageName;
    }

    /**
     * Returns the shuffle bytes written by every step but the synthetic corpus a benchmark makes first.
     *
     * @return the bytes
     */
    public synchronized long groupingShuffleBytes() {
        return byStep.entrySet().stream().filter(e -> !e.getKey().equals("synthetic corpus"))
                .mapToLong(e -> e.getValue()[2]).sum();
    }

    /** Clears what was added up (between benchmark runs). */
    public synchronized void reset() {
        byStep.clear();
    }

    /**
     * Returns the figures as a Markdown table, one row per step in the order first seen.
     *
     * @return the table
     */
    public synchronized String table() {
        StringBuilder out = new StringBuilder("| step | tasks | run time s | shuffle written KB | shuffle read KB | "
                + "peak task memory KB |\n|---|---|---|---|---|---|\n");
        byStep.forEach((step, s) -> out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f |%n",
                step, s[0], s[1] / 1000.0, s[2] / 1024.0, s[3] / 1024.0, s[4] / 1024.0)));
        return out.toString();
    }
}
