package org.crosscheck.app;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.crosscheck.pipeline.Progress;

/**
 * Shows progress on stderr: a progress bar on a terminal, plain periodic lines otherwise (logs and pipes
 * get no control codes).
 */
final class ConsoleProgress implements Progress {

    private static final long LINE_EVERY_MILLIS = 5_000;
    private final PrintStream err;
    private final boolean terminal;
    private ProgressBar bar;
    private String task;
    private long total;
    private long done;
    private long lastLine;

    private ConsoleProgress(PrintStream err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
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
        return new ConsoleProgress(System.err, System.console() != null);
    }

    @Override
    public synchronized void begin(String name, long steps) {
        task = name;
        total = steps;
        done = 0;
        lastLine = System.currentTimeMillis();
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
        } else if (System.currentTimeMillis() - lastLine >= LINE_EVERY_MILLIS) {
            lastLine = System.currentTimeMillis();
            err.println(line());
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
    }

    @Override
    public synchronized void note(String message) {
        // On a terminal the line break keeps the note off the bar, which redraws below it.
        err.println((bar != null ? System.lineSeparator() : "") + "note: " + message);
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
