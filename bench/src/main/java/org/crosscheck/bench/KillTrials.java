package org.crosscheck.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.crosscheck.app.Main;
import org.crosscheck.app.store.Store;

/**
 * Kill tests of {@code analyze --db}: a whole run gives the reference store and its timeline; then, for each
 * kill point, a fresh store is analysed by a child JVM that is killed (SIGKILL) at that point, the store it
 * leaves must open and hold only whole articles, and the next run (in this JVM) must finish it into a store equal
 * to the reference. Kill points are drawn from a seed: a phase of the reference run (the time before its first
 * progress line, between two lines, or after the last), then a moment inside it; half of the points fall in the
 * two storing phases (articles, then errors and index), where a kill leaves articles behind.
 */
final class KillTrials {

    /**
     * The lines that begin the two parts of storing: the articles (one transaction each), then the errors and the
     * search index. Kills in either leave a store that differs from both an empty and a whole one.
     */
    static final List<String> STORING = List.of(Store.STORING_ARTICLES + " ...", Store.STORING_REST + " ...");

    private final Path inputs;
    private final Path work;
    private final AnalyzeChild child;

    /**
     * Makes the trials.
     *
     * @param inputs the input folder (every trial analyses all of it)
     * @param work   an empty folder for stores and dossiers
     * @param child  runs the children
     */
    KillTrials(Path inputs, Path work, AnalyzeChild child) {
        this.inputs = inputs;
        this.work = work;
        this.child = child;
    }

    /**
     * The outcome of one kill.
     *
     * @param at       when the child was killed
     * @param phase    the phase the child was in when it died ({@link #phase}), or "finished" when it ended first
     * @param lastLine the last progress line the child printed before it died
     * @param left     how many articles the killed run left in the store
     * @param problems what was wrong: with the store it left, or with the store after the next run
     */
    record Trial(AnalyzeChild.KillPoint at, String phase, String lastLine, int left, List<String> problems) {
    }

    /**
     * All trials.
     *
     * @param reference the whole run
     * @param whole     what its store holds
     * @param trials    one per kill point
     */
    record Result(AnalyzeChild.Run reference, StoreAudit whole, List<Trial> trials) {

        /** Returns true when no trial found a problem. */
        boolean clean() {
            return trials.stream().allMatch(t -> t.problems().isEmpty());
        }
    }

    /**
     * Runs the reference and the trials.
     *
     * @param kills how many kill points
     * @param seed  draws the kill points
     * @param done  told each trial as it ends (a long run shows what it found so far)
     * @return every trial's outcome
     * @throws IllegalStateException when the reference run fails outright (exit code 2 or 3)
     */
    Result run(int kills, long seed, java.util.function.Consumer<Trial> done) {
        AnalyzeChild.Run reference = child.analyze(inputs, work.resolve("whole.duckdb"), work.resolve("whole"), null);
        if (reference.exit() != 0 && reference.exit() != 1) {
            throw new IllegalStateException("the whole run failed with exit " + reference.exit() + ": "
                    + reference.last());
        }
        StoreAudit whole = StoreAudit.of(work.resolve("whole.duckdb"));
        Random random = new Random(seed);
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i < kills; i++) {
            Trial t = trial(i, killPoint(reference, random), reference.exit(), whole);
            done.accept(t);
            trials.add(t);
        }
        return new Result(reference, whole, trials);
    }

    /**
     * A phase of the reference, then a moment in it. The phases start at the child's start and at each line that
     * every run prints alike (a stage beginning or ending, an error line), not at the periodic count lines, whose
     * text depends on the machine's speed. Half of the draws take one of the two storing phases ({@link #STORING},
     * evenly), the only ones in which a kill leaves articles in the store (a few seconds of the run, so an even
     * draw almost never hit them); the other half take one of the other phases evenly. Each phase's length is the reference's.
     *
     * @param reference the unkilled run that gives the phases and their lengths
     * @param random    draws the phase and the moment (one seed gives the same points)
     * @return where to kill
     */
    static AnalyzeChild.KillPoint killPoint(AnalyzeChild.Run reference, Random random) {
        List<AnalyzeChild.Line> anchors = new ArrayList<>();
        anchors.add(new AnalyzeChild.Line(0, null));
        reference.lines().stream().filter(l -> stable(l.text())).forEach(anchors::add);
        List<Integer> storing = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            String text = anchors.get(i).text();
            // the start has no line (null), which List.of's contains refuses
            (text != null && STORING.contains(text) ? storing : others).add(i);
        }
        boolean inStoring = random.nextBoolean();
        List<Integer> pool = storing.isEmpty() ? allOf(anchors) : inStoring ? storing : others;
        int phase = pool.get(random.nextInt(pool.size()));
        long from = anchors.get(phase).millis();
        long to = phase + 1 < anchors.size() ? anchors.get(phase + 1).millis() : reference.millis();
        long delay = (long) (random.nextDouble() * Math.max(1, to - from));
        return new AnalyzeChild.KillPoint(anchors.get(phase).text(), Duration.ofMillis(delay));
    }

    private static List<Integer> allOf(List<AnalyzeChild.Line> anchors) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < anchors.size(); i++) {
            all.add(i);
        }
        return all;
    }

    /**
     * The phase a killed child was in: named by the last stage line it printed before it died.
     *
     * @param killed the killed child's run
     * @return e.g. "storing articles", "after annotating", "start" (nothing printed yet) or "after an error line"
     */
    static String phase(AnalyzeChild.Run killed) {
        String last = null;
        for (AnalyzeChild.Line l : killed.lines()) {
            if (stable(l.text())) {
                last = l.text();
            }
        }
        if (last == null) {
            return "start";
        }
        if (last.endsWith(" ...")) {
            return last.substring(0, last.length() - 4);
        }
        if (last.endsWith(" done")) {
            int colon = last.indexOf(':');
            return "after " + (colon < 0 ? last.substring(0, last.length() - 5) : last.substring(0, colon));
        }
        return last.startsWith("error: ") ? "after an error line" : "after a note";
    }

    private static boolean stable(String line) {
        return line.endsWith(" ...") || line.endsWith(" done") || line.startsWith("error: ")
                || line.startsWith("note: ");
    }

    private Trial trial(int i, AnalyzeChild.KillPoint at, int wholeExit, StoreAudit whole) {
        Path db = work.resolve("kill-" + i + ".duckdb");
        AnalyzeChild.Run killed = child.analyze(inputs, db, work.resolve("kill-" + i), at);
        List<String> problems = new ArrayList<>();
        int left = 0;
        try {
            StoreAudit partial = StoreAudit.of(db);
            left = partial.articles().size();
            partial.partialProblems(whole).forEach(p -> problems.add("after the kill: " + p));
        } catch (RuntimeException e) {
            problems.add("after the kill the store does not open: " + e.getMessage());
        }
        int exit = resume(db, work.resolve("resume-" + i));
        if (exit != wholeExit) {
            problems.add("the next run exited " + exit + ", the whole run " + wholeExit);
        }
        try {
            StoreAudit.of(db).differences(whole).forEach(p -> problems.add("after the next run: " + p));
        } catch (RuntimeException e) {
            problems.add("after the next run the store does not open: " + e.getMessage());
        }
        boolean died = killed.exit() == -1;
        String last = died ? killed.last() : "(it finished before the kill, exit " + killed.exit() + ")";
        return new Trial(at, died ? phase(killed) : "finished", last, left, problems);
    }

    /** The next run, in this JVM (its models stay loaded from one trial to the next). */
    private int resume(Path db, Path out) {
        StringWriter err = new StringWriter();
        return Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "analyze",
                inputs.toString(), "--out", out.toString(), "--force", "--offline", "-q", "--db", db.toString());
    }
}
