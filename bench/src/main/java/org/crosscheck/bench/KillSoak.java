package org.crosscheck.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.crosscheck.app.store.Store;

/**
 * The kill test of issue 17 as a bench command: {@code analyze --db} in a child JVM is killed (SIGKILL) at K
 * points drawn from a seed ({@link KillTrials}; half of them in the two storing phases); each store it leaves must
 * open and hold only whole articles, and the next run must finish the work. Prints one line per kill and exits 1 when any trial found a problem.
 *
 * <pre>
 * java -cp "bench/target/crosscheck-bench.jar:bench/target/lib/*" org.crosscheck.bench.KillSoak 20 \
 *     [--seed S] [--inputs samples/articles]
 * </pre>
 */
public final class KillSoak {

    private KillSoak() {
    }

    /**
     * Runs the kills.
     *
     * @param args {@code K [--seed S] [--inputs DIR]}
     * @throws IOException when the work folder cannot be made
     */
    public static void main(String[] args) throws IOException {
        int kills = -1;
        long seed = 17;
        Path inputs = Path.of("samples/articles");
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--inputs" -> inputs = Path.of(args[++i]);
                    default -> kills = Integer.parseInt(args[i]);
                }
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            kills = -1;
        }
        if (kills <= 0 || !Files.isDirectory(inputs)) {
            System.err.println("usage: KillSoak K [--seed S] [--inputs DIR]  (K a positive whole number, DIR a folder)");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("crosscheck-kill");
        Path in = withAnEmptyFile(inputs, work.resolve("in"));
        KillTrials.Result r = new KillTrials(in, work, new AnalyzeChild("2g", work)).run(kills, seed,
                t -> print(t, System.out));
        report(r, System.out);
        System.exit(r.clean() ? 0 : 1);
    }

    /** The inputs and one empty file, so that every run also stores an error line. */
    static Path withAnEmptyFile(Path inputs, Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> files = Files.list(inputs)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, folder.resolve(f.getFileName()));
            }
        }
        Files.writeString(folder.resolve("empty.txt"), "");
        return folder;
    }

    /**
     * Prints one kill: whether it left a problem, the phase it hit, how many articles it left, the child's last
     * line, and the kill point.
     *
     * @param t   the trial
     * @param out where to print
     */
    static void print(KillTrials.Trial t, PrintStream out) {
        out.printf(Locale.ROOT, "%s  phase %-24s left %2d articles  last line: %s  (kill %s)%n",
                t.problems().isEmpty() ? "ok     " : "PROBLEM", t.phase(), t.left(), t.lastLine(), t.at());
        t.problems().forEach(p -> out.println("    " + p));
        out.flush();
    }

    /**
     * Prints the reference and one line per kill.
     *
     * @param r   the trials
     * @param out where to print
     */
    static void report(KillTrials.Result r, PrintStream out) {
        out.printf(Locale.ROOT, "whole run: %.1f s, exit %d, %d articles, %d events, %d error line(s)%n",
                r.reference().millis() / 1000.0, r.reference().exit(), r.whole().articles().size(),
                r.whole().events(), r.whole().errors().size());
        r.trials().forEach(t -> print(t, out));
        List<KillTrials.Trial> bad = r.trials().stream().filter(t -> !t.problems().isEmpty()).toList();
        long articles = r.trials().stream().filter(t -> t.phase().equals(Store.STORING_ARTICLES)).count();
        long rest = r.trials().stream().filter(t -> t.phase().equals(Store.STORING_REST)).count();
        out.printf(Locale.ROOT, "%d of %d kills landed in storing (%d in %s, %d in %s), %d left articles in the "
                + "store%n", articles + rest, r.trials().size(), articles, Store.STORING_ARTICLES, rest,
                Store.STORING_REST, r.trials().stream().filter(t -> t.left() > 0).count());
        out.printf(Locale.ROOT, "%d of %d kills left a problem%n", bad.size(), r.trials().size());
    }
}
