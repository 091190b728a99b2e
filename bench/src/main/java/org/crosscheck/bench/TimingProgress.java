package org.crosscheck.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.crosscheck.pipeline.Progress;

/**
 * A progress listener that times what the pipeline works on: each item named by {@link #working} (a file
 * being read, an article being annotated), each task from {@link #begin} to {@link #end}, and the item that
 * has been open longest right now, so that a caller can tell a hang.
 */
final class TimingProgress implements Progress {

    private final AtomicLong opened = new AtomicLong();
    private final Map<String, Long> itemNanos = new ConcurrentHashMap<>();
    private final Map<String, Long> openSince = new ConcurrentHashMap<>();
    private final Map<String, Long> taskNanos = new LinkedHashMap<>();
    private String task;
    private long taskStart;

    @Override
    public synchronized void begin(String name, long total) {
        endTask();
        task = name;
        taskStart = System.nanoTime();
    }

    @Override
    public void advance(long steps) {
    }

    @Override
    public synchronized void end() {
        endTask();
    }

    private void endTask() {
        if (task != null) {
            taskNanos.merge(task, System.nanoTime() - taskStart, Long::sum);
            task = null;
        }
    }

    @Override
    public Work working(String item) {
        long start = System.nanoTime();
        String key = item + "\u0000" + opened.incrementAndGet();
        openSince.put(key, start);
        return () -> {
            openSince.remove(key);
            itemNanos.merge(item, System.nanoTime() - start, Long::sum);
        };
    }

    /** Returns the time spent on each item (file or article source), summed over its tasks. */
    Map<String, Long> itemNanos() {
        return Map.copyOf(itemNanos);
    }

    /** Returns the time of each task ("reading", "annotating", …) in the order they ran. */
    synchronized Map<String, Long> taskNanos() {
        return new LinkedHashMap<>(taskNanos);
    }

    /**
     * Returns how long the item open longest has been worked on.
     *
     * @return the item's name and time, or null when no item is open
     */
    Map.Entry<String, Duration> longestOpen() {
        long now = System.nanoTime();
        return openSince.entrySet().stream()
                .min(Map.Entry.comparingByValue())
                .map(e -> Map.entry(e.getKey().substring(0, e.getKey().indexOf('\u0000')),
                        Duration.ofNanos(now - e.getValue())))
                .orElse(null);
    }
}
