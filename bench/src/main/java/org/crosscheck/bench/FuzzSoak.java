package org.crosscheck.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.crosscheck.bench.HostileCorpus.Generated;
import org.crosscheck.bench.HostileCorpus.Kind;
import org.crosscheck.bench.SoakRun.Outcome;
import org.crosscheck.pipeline.Budgets;

/**
 * The fuzz/soak run of issue 17: generates N hostile and ordinary files ({@link HostileCorpus}), analyses them
 * in batches ({@link SoakRun}, one {@code analyze} per batch folder) and reports, per kind, how many became
 * articles, only errors, or neither; the wall time; the slowest files; and the peak heap. It exits 1 when an
 * error line would not print as one line, when an
 * input is neither an article nor an error line, a run crashes or an item hangs.
 *
 * <pre>
 * java -Xmx4g -cp "bench/target/crosscheck-bench.jar:bench/target/lib/*" org.crosscheck.bench.FuzzSoak 2000 \
 *     [--seed S] [--batch 250] [--minutes M] [--max-article-chars C] [--article-seconds S] [--hang-seconds H]
 *     [--shared ../shared] [--keep]
 * </pre>
 */
public final class FuzzSoak {

    private FuzzSoak() {
    }

    /**
     * Runs the soak.
     *
     * @param args {@code N [--seed S] [--batch B] [--minutes M] [--max-article-chars C] [--article-seconds S]
     *             [--hang-seconds H] [--shared DIR] [--keep]}
     * @throws Exception when the files cannot be written or the run is interrupted
     */
    public static void main(String[] args) throws Exception {
        int n = -1;
        long seed = 17;
        int batch = 250;
        double minutes = Double.MAX_VALUE;
        int maxChars = Budgets.DEFAULT_MAX_ANNOTATED_CHARS;
        int articleSeconds = Budgets.DEFAULT_PER_ARTICLE_SECONDS;
        int hangSeconds = 300;
        Path shared = Path.of("../shared");
        boolean keep = false;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    case "--batch" -> batch = Integer.parseInt(args[++i]);
                    case "--minutes" -> minutes = Double.parseDouble(args[++i]);
                    case "--max-article-chars" -> maxChars = Integer.parseInt(args[++i]);
                    case "--article-seconds" -> articleSeconds = Integer.parseInt(args[++i]);
                    case "--hang-seconds" -> hangSeconds = Integer.parseInt(args[++i]);
                    case "--shared" -> shared = Path.of(args[++i]);
                    case "--keep" -> keep = true;
                    default -> n = Integer.parseInt(args[i]);
                }
            }
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            n = -1;
        }
        if (n <= 0 || batch <= 0 || maxChars <= 0 || articleSeconds <= 0 || hangSeconds <= 0) {
            System.err.println("usage: FuzzSoak N [--seed S] [--batch B] [--minutes M] [--max-article-chars C] "
                    + "[--article-seconds S] [--hang-seconds H] [--shared DIR] [--keep]  (N, B, C, S, H positive "
                    + "whole numbers)");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("crosscheck-fuzz");
        HostileCorpus corpus = new HostileCorpus(seed, shared, HostileCorpus.Sizes.SOAK);
        List<List<Generated>> batches = new ArrayList<>();
        for (int done = 0; done < n; done += batch) {
            batches.add(corpus.write(work.resolve(String.format(Locale.ROOT, "in/batch-%03d", batches.size())),
                    Math.min(batch, n - done)));
        }
        writeKinds(work.resolve("kinds.tsv"), batches);
        System.out.printf(Locale.ROOT, "%d files (seed %d) in %s; kinds in %s%n", n, seed, work.resolve("in"),
                work.resolve("kinds.tsv"));
        SoakRun runner = new SoakRun(new Budgets(maxChars, Duration.ofSeconds(articleSeconds)),
                Duration.ofSeconds(hangSeconds));
        List<Outcome> outcomes = new ArrayList<>();
        int unattributed = 0;
        int broken = 0;
        long peak = 0;
        Duration wall = Duration.ZERO;
        String problem = null;
        long started = System.nanoTime();
        for (int b = 0; b < batches.size() && problem == null; b++) {
            if ((System.nanoTime() - started) / 60e9 >= minutes) {
                System.out.printf(Locale.ROOT, "time is up after %d batches: the other %d files were not run%n", b,
                        batches.subList(b, batches.size()).stream().mapToInt(List::size).sum());
                break;
            }
            Path folder = work.resolve(String.format(Locale.ROOT, "in/batch-%03d", b));
            SoakRun.Result r = runner.run(batches.get(b), folder, work.resolve("out/batch-" + b));
            outcomes.addAll(r.outcomes());
            unattributed += r.unattributed().size();
            broken += r.brokenLines().size();
            r.brokenLines().forEach(l -> System.out.println("error line not printed as one line: " + l));
            r.unattributed().forEach(e -> System.out.println("error naming no input: " + e.source() + ": "
                    + e.message()));
            peak = Math.max(peak, r.peakHeap());
            wall = wall.plus(r.wall());
            problem = r.problem();
            System.out.printf(Locale.ROOT, "batch %d: %d files, %s, tasks %s, peak heap %s%n", b,
                    batches.get(b).size(), Budgets.seconds(r.wall()), tasksText(r.tasks()), mib(r.peakHeap()));
            // the totals after every batch: a run stopped before its report still says what it found
            System.out.println(soFar(outcomes, n, peak));
        }
        long missing = report(System.out, outcomes, wall, peak, unattributed);
        if (problem != null) {
            System.out.println("FAILED: " + problem);
        } else if (missing > 0) {
            System.out.println("FAILED: " + missing + " input(s) became neither an article nor an error line");
        } else if (broken > 0) {
            System.out.println("FAILED: " + broken + " error line(s) would not print as one line");
        } else {
            System.out.println("OK: every input is an article or an error line");
        }
        if (!keep) {
            delete(work);
        }
        System.exit(problem != null || missing > 0 || broken > 0 ? 1 : 0);
    }

    /**
     * The running totals after a batch.
     *
     * @param outcomes every file's outcome so far
     * @param n        how many files the whole run has
     * @param peak     the largest peak heap so far, in bytes
     * @return e.g. "so far: 400 of 10000 files: 250 article, 150 error, 0 missing; slowest 29.8 s (warc 00023-…)"
     */
    static String soFar(List<Outcome> outcomes, int n, long peak) {
        long articles = outcomes.stream().filter(o -> o.articles() > 0).count();
        long missing = outcomes.stream().filter(Outcome::missing).count();
        String slowest = outcomes.stream().max(Comparator.comparing(Outcome::time))
                .map(o -> Budgets.seconds(o.time()) + " (" + o.input().kind().name().toLowerCase(Locale.ROOT) + " "
                        + o.input().file().getFileName() + ")").orElse("none");
        return String.format(Locale.ROOT, "so far: %d of %d files: %d article, %d error, %d missing; slowest %s; "
                + "peak heap %s", outcomes.size(), n, articles, outcomes.size() - articles - missing, missing, slowest,
                mib(peak));
    }

    private static void writeKinds(Path file, List<List<Generated>> batches) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add("file\tkind\tdetail");
        // A file name may hold a tab (one kind tests that): written as \t, so that each line has three fields.
        batches.forEach(b -> b.forEach(g -> lines.add(g.file().toString().replace("\t", "\\t") + "\t" + g.kind()
                + "\t" + g.detail().replace("\t", "\\t"))));
        Files.write(file, lines);
    }

    private static String tasksText(Map<String, Duration> tasks) {
        StringBuilder b = new StringBuilder();
        tasks.forEach((k, v) -> b.append(b.length() > 0 ? ", " : "").append(k).append(' ')
                .append(Budgets.seconds(v)));
        return b.toString();
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
    }

    /**
     * Prints the counts per kind, the wall time, the ten slowest files and the peak heap.
     *
     * @return how many inputs were missing
     */
    private static long report(PrintStream out, List<Outcome> outcomes, Duration wall, long peak,
                               int unattributed) {
        Map<Kind, long[]> byKind = new EnumMap<>(Kind.class);
        for (Outcome o : outcomes) {
            long[] c = byKind.computeIfAbsent(o.input().kind(), k -> new long[5]);
            c[0]++;
            c[o.articles() > 0 ? 1 : o.errors() > 0 ? 2 : 3]++;
            c[4] = Math.max(c[4], o.time().toMillis());
        }
        out.printf(Locale.ROOT, "%n%-16s %6s %8s %6s %8s %9s%n", "kind", "files", "article", "error", "missing",
                "max s");
        long[] total = new long[5];
        byKind.forEach((k, c) -> {
            out.printf(Locale.ROOT, "%-16s %6d %8d %6d %8d %9.1f%n", k.name().toLowerCase(Locale.ROOT), c[0], c[1],
                    c[2], c[3], c[4] / 1000.0);
            for (int i = 0; i < 4; i++) {
                total[i] += c[i];
            }
            total[4] = Math.max(total[4], c[4]);
        });
        out.printf(Locale.ROOT, "%-16s %6d %8d %6d %8d %9.1f%n", "all", total[0], total[1], total[2], total[3],
                total[4] / 1000.0);
        out.printf(Locale.ROOT, "(article: at least one article, maybe errors too; error: only error lines; "
                + "missing: neither)%nerror lines naming no input: %d%nwall time of the analyses: %s%n"
                + "peak heap (sum of the heap pools' peaks, largest batch): %s of %s max%n", unattributed,
                Budgets.seconds(wall), mib(peak), mib(Runtime.getRuntime().maxMemory()));
        out.println("slowest files (reading + annotating):");
        outcomes.stream().sorted(Comparator.comparing(Outcome::time).reversed()).limit(10).forEach(o ->
                out.printf(Locale.ROOT, "  %8s  %-15s %s (%s; %d article(s), %d error(s))%n",
                        Budgets.seconds(o.time()), o.input().kind().name().toLowerCase(Locale.ROOT),
                        o.input().file().getFileName(), o.input().detail(), o.articles(), o.errors()));
        outcomes.stream().filter(Outcome::missing).forEach(o -> out.println("MISSING: " + o.input().file() + " ("
                + o.input().kind() + ", " + o.input().detail() + ")"));
        return total[3];
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
