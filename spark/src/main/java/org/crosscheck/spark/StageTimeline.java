package org.crosscheck.spark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageCompleted;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.StageInfo;

/**
 * Tells how much of a run could use the cores it was given: for each step (the job names its stages after
 * its steps) the time its stages ran (stages running at once counted once), the summed task time, the number
 * of tasks and the longest task, and the driver's time between stages, when no stage ran. A stage of {@code w} task time whose longest task
 * took {@code t} cannot finish on {@code c} cores in less than {@code max(t, w / c)}; the run's bound is its
 * total work (tasks plus driver time) over the sum of those critical paths plus the driver time. Register it
 * with {@code sparkContext().addSparkListener} before the run and read {@link #table(int)} after.
 */
public final class StageTimeline extends SparkListener {

    /** One stage: when it ran, and its tasks' summed and longest wall time, in milliseconds. */
    private static final class Stage {
        final String step;
        long submitted;
        long completed;
        long tasks;
        long taskMillis;
        long longest;
        long cpuNanos;
        long gcMillis;

        Stage(String step, long submitted) {
            this.step = step;
            this.submitted = submitted;
        }
    }

    private final Map<Integer, Stage> stages = new LinkedHashMap<>();

    @Override
    public synchronized void onStageSubmitted(SparkListenerStageSubmitted event) {
        StageInfo info = event.stageInfo();
        long at = info.submissionTime().isDefined() ? (Long) info.submissionTime().get() : System.currentTimeMillis();
        stages.computeIfAbsent(info.stageId(), k -> new Stage(StageMetrics.step(info.name()), at)).submitted = at;
    }

    @Override
    public synchronized void onStageCompleted(SparkListenerStageCompleted event) {
        StageInfo info = event.stageInfo();
        Stage s = stages.get(info.stageId());
        if (s != null) {
            s.completed = info.completionTime().isDefined() ? (Long) info.completionTime().get()
                    : System.currentTimeMillis();
        }
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd event) {
        Stage s = stages.get(event.stageId());
        if (s == null || event.taskInfo() == null) {
            return;
        }
        long d = event.taskInfo().duration();
        s.tasks++;
        s.taskMillis += d;
        s.longest = Math.max(s.longest, d);
        if (event.taskMetrics() != null) {
            s.cpuNanos += event.taskMetrics().executorCpuTime();
            s.gcMillis += event.taskMetrics().jvmGCTime();
        }
    }

    /** Clears what was recorded (between benchmark runs). */
    public synchronized void reset() {
        stages.clear();
    }

    /**
     * Returns the driver's time between stages: the milliseconds between the first stage's start and the last
     * stage's end during which no stage ran.
     *
     * @return the milliseconds
     */
    public synchronized long driverMillis() {
        long[] covered = covered(null);
        return Math.max(0, covered[0] - covered[1]);
    }

    /**
     * The time the stages of one step (or of all, for null) ran, stages at once counted once: {the span from
     * the first start to the last end, the time within it that at least one of them ran}.
     */
    private long[] covered(String step) {
        List<long[]> spans = new ArrayList<>();
        stages.values().stream().filter(s -> s.completed > 0 && (step == null || s.step.equals(step)))
                .forEach(s -> spans.add(new long[]{s.submitted, s.completed}));
        spans.sort((a, b) -> Long.compare(a[0], b[0]));
        long ran = 0;
        long first = spans.isEmpty() ? 0 : spans.get(0)[0];
        long reached = first;
        for (long[] span : spans) {
            ran += Math.max(0, span[1] - Math.max(span[0], reached));
            reached = Math.max(reached, span[1]);
        }
        return new long[]{reached - first, ran};
    }

    /**
     * Returns the milliseconds from the first stage's start to the last stage's end.
     *
     * @return the milliseconds, 0 before any stage ended
     */
    public synchronized long spanMillis() {
        long first = stages.values().stream().mapToLong(s -> s.submitted).min().orElse(0);
        long last = stages.values().stream().mapToLong(s -> s.completed).max().orElse(0);
        return Math.max(0, last - first);
    }

    /**
     * Returns the figures as a Markdown table, one row per step in the order first seen, then the totals and
     * the bound on the speed-up.
     *
     * @param cores the cores the run was given
     * @return the table
     */
    public synchronized String table(int cores) {
        Map<String, long[]> bySteps = new LinkedHashMap<>();
        for (Stage s : stages.values()) {
            long[] sum = bySteps.computeIfAbsent(s.step, k -> new long[8]);
            sum[0]++;
            sum[2] += s.tasks;
            sum[3] += s.taskMillis;
            sum[4] = Math.max(sum[4], s.longest);
            sum[5] += Math.max(s.longest, (s.taskMillis + cores - 1) / cores);
            sum[6] += s.cpuNanos / 1_000_000;
            sum[7] += s.gcMillis;
        }
        StringBuilder out = new StringBuilder("| step | stages | running s | tasks | task time s | task CPU s | "
                + "task GC s | longest task s | critical path s on " + cores + " | bound on " + cores + " |\n"
                + "|---|---|---|---|---|---|---|---|---|---|\n");
        long work = 0;
        long path = 0;
        for (Map.Entry<String, long[]> e : bySteps.entrySet()) {
            long[] s = e.getValue();
            s[1] = covered(e.getKey())[1];
            work += s[3];
            path += s[5];
            out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.2fx |%n",
                    e.getKey(), s[0], s[1] / 1e3, s[2], s[3] / 1e3, s[6] / 1e3, s[7] / 1e3, s[4] / 1e3, s[5] / 1e3,
                    s[5] == 0 ? 1.0 : (double) s[3] / s[5]));
        }
        long driver = driverMillis();
        out.append(String.format(Locale.ROOT, "| driver between stages | | %.1f | | %.1f | | | | %.1f | 1.00x |%n",
                driver / 1e3, driver / 1e3, driver / 1e3));
        out.append(String.format(Locale.ROOT, "| **all** | %d | | | %.1f | | | | %.1f | **%.2fx** |%n", stages.size(),
                (work + driver) / 1e3, (path + driver) / 1e3, (double) (work + driver) / Math.max(1, path + driver)));
        return out.toString();
    }
}
