package org.crosscheck.app;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.crosscheck.pipeline.Progress;

/**
 * Shows progress on stderr: a progress bar on a terminal, plain periodic lines otherwise (logs and pipes
 * get no control codes). A file or article that has been worked on for {@link #SLOW_MILLIS} or more is named
 * (beside the bar, or in the next line), so a long one does not look like a hang.
 */
final class ConsoleProgress implements Progress {

    private static final long LINE_EVERY_MILLIS = 5_000;
    /** How long an item runs before it is named. */
    static final long SLOW_MILLIS = 5_000;
    private static final int NAME_CHARS = 60;
    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier clock;
    private final Map<Object, Item> working = new LinkedHashMap<>();
    private ScheduledExecutorService ticker;
    private ProgressBar bar;
    private String task;
    private long total;
    private long done;
    private long lastLine;

    /** A file or article being worked on, since when, and how many of its records were read (0: not counted). */
    private record Item(String name, long since, AtomicLong records) {
    }

    ConsoleProgress(PrintStream err, boolean terminal, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.clock = clock;
    }

    /**
     * Picks the form that suits the standard error stream.
     *
     * @param quiet true to show nothing
     * @return the progress listener
     */
    static Progress forConsole(boolean quiet) {
        if (quiet) {
            return Progress.NONE;
        }
        return new ConsoleProgress(System.err, System.console() != null, System::currentTimeMillis);
    }

    @Override
    public synchronized void begin(String name, long steps) {
        task = name;
        total = steps;
        done = 0;
        lastLine = clock.getAsLong();
        if (ticker == null) {
            ticker = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "progress-ticker");
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        }
        if (terminal) {
            bar = new ProgressBarBuilder().setTaskName(pad(name)).setInitialMax(Math.max(steps, 0))
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200).continuousUpdate()
                    .setMaxRenderedLength(100).showSpeed().setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
                    .build();
        } else {
            err.println(name + " ...");
        }
    }

    @Override
    public synchronized void advance(long steps) {
        done += steps;
        if (bar != null) {
            bar.stepBy(steps);
        } else if (clock.getAsLong() - lastLine >= LINE_EVERY_MILLIS) {
            lastLine = clock.getAsLong();
            err.println(line() + slow().map(s -> ", " + s).orElse(""));
        }
    }

    @Override
    public synchronized void end() {
        if (bar != null) {
            bar.close();
            bar = null;
        } else if (task != null) {
            err.println(line() + " done");
        }
        task = null;
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }

    @Override
    public Work working(String item) {
        Object key = new Object();
        AtomicLong records = new AtomicLong();
        synchronized (this) {
            working.put(key, new Item(item, clock.getAsLong(), records));
        }
        return new Work() {
            @Override
            public void close() {
                synchronized (ConsoleProgress.this) {
                    working.remove(key);
                }
            }

            @Override
            public void counted(long n) {
                records.set(n);
            }
        };
    }

    /** Names the item that has run longest, once it is slow: beside the bar, or in a line of its own. */
    synchronized void tick() {
        if (task == null) {
            return;
        }
        Optional<String> slow = slow();
        if (bar != null) {
            bar.setExtraMessage(slow.orElse(""));
        } else if (slow.isPresent() && clock.getAsLong() - lastLine >= LINE_EVERY_MILLIS) {
            lastLine = clock.getAsLong();
            err.println(line() + ", " + slow.get());
        }
    }

    private Optional<String> slow() {
        long now = clock.getAsLong();
        return working.values().stream().min(Comparator.comparingLong(Item::since))
                .filter(i -> now - i.since() >= SLOW_MILLIS)
                .map(i -> "still on " + shorten(i.name()) + " (" + seconds(Duration.ofMillis(now - i.since()))
                        + records(i.records().get())
                        + (working.size() > 1 ? ", " + (working.size() - 1) + " more in hand" : "") + ")");
    }

    /** The record count of a slow file, when its reader counts them: ", 1,234 records". */
    private static String records(long n) {
        return n == 0 ? "" : String.format(Locale.ROOT, ", %,d record%s", n, n == 1 ? "" : "s");
    }

    /** Keeps the end of a long path or source, where its file name and record are. */
    private static String shorten(String source) {
        String name = ConsoleText.line(source);
        return name.length() <= NAME_CHARS ? name : "..." + name.substring(name.length() - NAME_CHARS + 3);
    }

    @Override
    public synchronized void note(String message) {
        // On a terminal the line break keeps the note off the bar, which redraws below it.
        err.println((bar != null ? System.lineSeparator() : "") + "note: " + ConsoleText.line(message));
    }

    private String line() {
        if (total > 0) {
            return String.format(Locale.ROOT, "%s: %d/%d (%d%%)", task, done, total, done * 100 / total);
        }
        return String.format(Locale.ROOT, "%s: %d", task, done);
    }

    private static String pad(String name) {
        return String.format(Locale.ROOT, "%-11s", name);
    }

    /** Returns how long a task has been running, for messages. */
    static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
