package org.crosscheck.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code crosscheck analyze IN --db DB} in a child JVM (the real command, its progress on stderr) and,
 * when asked, kills it without warning (SIGKILL) after a delay, as a crash or an impatient user would.
 */
final class AnalyzeChild {

    private final List<String> command;

    /**
     * Makes a launcher that runs the children on this JVM's class path.
     *
     * @param heap the children's largest heap, e.g. "2g"
     * @param tmp  where the children unpack native libraries (a killed child cannot delete them)
     */
    AnalyzeChild(String heap, Path tmp) {
        this.command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap,
                "-Djava.io.tmpdir=" + tmp.toAbsolutePath(), "-cp", System.getProperty("java.class.path"),
                "org.crosscheck.app.Main");
    }

    /**
     * One stderr line of a child and when it came.
     *
     * @param millis milliseconds since the child started
     * @param text   the line
     */
    record Line(long millis, String text) {
    }

    /**
     * What a child did.
     *
     * @param exit   its exit code, or -1 when it was killed
     * @param millis how long it ran
     * @param lines  its stderr lines
     */
    record Run(int exit, long millis, List<Line> lines) {

        /** Returns the last line the child printed, or "(nothing yet)". */
        String last() {
            return lines.isEmpty() ? "(nothing yet)" : lines.get(lines.size() - 1).text();
        }
    }

    /**
     * When to kill a child: a given time after it printed a line (or after its start).
     *
     * @param after the whole stderr line to wait for, or null to count from the start
     * @param delay how long to wait after it
     */
    record KillPoint(String after, Duration delay) {

        /** Returns the point in words, e.g. "1.2 s after 'annotating ...'". */
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%.1f s after %s", delay.toMillis() / 1000.0,
                    after == null ? "the start" : "'" + after + "'");
        }
    }

    /**
     * Runs {@code analyze inputs --out out --force --offline --db db}.
     *
     * @param inputs the input folder
     * @param db     the store file
     * @param out    the dossier folder
     * @param kill   when to kill the child, or null to let it finish
     * @return what it did
     * @throws UncheckedIOException when the child cannot be started
     */
    Run analyze(Path inputs, Path db, Path out, KillPoint kill) {
        List<String> command = new ArrayList<>(this.command);
        command.addAll(List.of("analyze", inputs.toString(), "--out", out.toString(), "--force", "--offline",
                "--db", db.toString()));
        try {
            long start = System.nanoTime();
            Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            List<Line> lines = java.util.Collections.synchronizedList(new ArrayList<>());
            CountDownLatch anchor = new CountDownLatch(kill == null || kill.after() == null ? 0 : 1);
            String wanted = kill == null ? null : kill.after();
            Thread reader = new Thread(() -> read(child, start, lines, wanted, anchor), "analyze-child-stderr");
            reader.start();
            boolean killed = kill != null && killAt(child, anchor, kill.delay());
            if (!killed) {
                child.waitFor(30, TimeUnit.MINUTES);
            }
            reader.join();
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            return new Run(killed ? -1 : child.exitValue(), millis, List.copyOf(lines));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the analyze child", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the analyze child ran", e);
        }
    }

    /** Waits for the anchor line, then the delay; kills the child if it still runs. Returns true when killed. */
    private static boolean killAt(Process child, CountDownLatch anchor, Duration delay) throws InterruptedException {
        while (!anchor.await(50, TimeUnit.MILLISECONDS)) {
            if (!child.isAlive()) {
                return false;
            }
        }
        if (child.waitFor(delay.toMillis(), TimeUnit.MILLISECONDS)) {
            return false;
        }
        child.destroyForcibly();
        child.waitFor();
        return true;
    }

    private static void read(Process child, long start, List<Line> lines, String wanted, CountDownLatch anchor) {
        try (BufferedReader err = new BufferedReader(new InputStreamReader(child.getErrorStream(),
                StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                lines.add(new Line(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), line));
                if (line.equals(wanted)) {
                    anchor.countDown();
                }
            }
        } catch (IOException e) {
            // the child was killed: its stream ends here
        }
    }
}
