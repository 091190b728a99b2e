package org.crosscheck.spark;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.spark.SparkContext;
import org.apache.spark.Success$;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple4;
import scala.collection.Iterator;

/**
 * Tells on the driver, as the job goes, how many records (documents and broken records) the read step has
 * read: "N records read". The read step adds one to {@link #counter()} per record; a task's count reaches the
 * driver with each executor heartbeat while the task runs (so a WARC archive that streams through one task
 * for an hour shows it moving) and for good when the task succeeds. A failed attempt's count is dropped, so a
 * retried task does not count twice. Register it with {@link #register}; call {@link #finish()} when reading
 * is over.
 */
public final class ReadProgress extends SparkListener {

    /** The accumulator's name, as the Spark UI shows it. */
    public static final String NAME = "records read";

    private final LongAccumulator counter;
    private final PrintStream out;
    private final Map<Long, Long> running = new HashMap<>();
    private final Set<Long> ended = new HashSet<>();
    private long finished;
    private long printed = -1;

    private ReadProgress(LongAccumulator counter, PrintStream out) {
        this.counter = counter;
        this.out = out;
    }

    /**
     * Makes the counter and its listener and registers both with a Spark context.
     *
     * @param sc  the context the job runs in
     * @param out where the progress lines go
     * @return the registered listener
     */
    public static ReadProgress register(SparkContext sc, PrintStream out) {
        ReadProgress progress = new ReadProgress(sc.longAccumulator(NAME), out);
        sc.addSparkListener(progress);
        return progress;
    }

    /**
     * Returns the counter the read step adds to, one a record.
     *
     * @return the accumulator
     */
    public LongAccumulator counter() {
        return counter;
    }

    @Override
    public synchronized void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate event) {
        Iterator<Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>>> tasks =
                event.accumUpdates().iterator();
        while (tasks.hasNext()) {
            Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> task = tasks.next();
            Long value = valueIn(task._4().iterator());
            // a heartbeat taken just before a task ended can reach the listener after the task's end
            if (value != null && !ended.contains((Long) task._1())) {
                running.put((Long) task._1(), value);
            }
        }
        report();
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd event) {
        if (event.taskInfo() == null) {
            return;
        }
        long task = event.taskInfo().taskId();
        boolean heard = running.remove(task) != null;
        Long value = valueIn(event.taskInfo().accumulables().iterator());
        if (heard || value != null) {
            ended.add(task);
        }
        if (value != null && event.reason() == Success$.MODULE$) {
            finished += value;
        }
        report();
    }

    /**
     * Returns the records read so far as the listener has heard of them: the succeeded tasks' counts and the
     * running tasks' last heartbeat counts.
     *
     * @return the count
     */
    public synchronized long heard() {
        return finished + running.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Prints the final count, the counter's value on the driver (exact once the reading tasks have ended,
     * whether or not their events have reached this listener yet).
     *
     * @return the count printed
     */
    public synchronized long finish() {
        long total = counter.value();
        out.printf(Locale.ROOT, "%,d %s%n", total, NAME);
        printed = total;
        return total;
    }

    /** Prints the count when it changed since the last line. */
    private void report() {
        long total = heard();
        if (total > printed && total > 0) {
            out.printf(Locale.ROOT, "%,d %s%n", total, NAME);
            printed = total;
        }
    }

    /** The value of this counter among a task's accumulator updates, or null when it is not among them. */
    private Long valueIn(Iterator<AccumulableInfo> infos) {
        while (infos.hasNext()) {
            AccumulableInfo info = infos.next();
            if (info.id() == counter.id()) {
                Object v = info.update().isDefined() ? info.update().get() : info.value().getOrElse(() -> null);
                return v instanceof Number n ? n.longValue() : null;
            }
        }
        return null;
    }
}
