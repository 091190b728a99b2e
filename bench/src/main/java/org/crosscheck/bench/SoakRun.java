package org.crosscheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.crosscheck.Crosscheck;
import org.crosscheck.bench.HostileCorpus.Generated;
import org.crosscheck.group.MiniLmEmbedder;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.model.Article;
import org.crosscheck.model.Dossier;
import org.crosscheck.app.ConsoleText;
import org.crosscheck.model.SourceError;
import org.crosscheck.pipeline.Budgets;
import org.crosscheck.report.DossierFiles;

/**
 * Runs one {@code analyze} over a folder of generated files, in process and through the same calls as
 * {@code crosscheck analyze --offline} (the standard pipeline, then the dossier files), and tells for every
 * file what became of it: how many articles and error lines name it, and how long reading and annotating it
 * took. A run that throws is a crash; an item worked on longer than the hang limit is a hang.
 */
public final class SoakRun {

    /**
     * What became of one input file.
     *
     * @param input    the file and its kind
     * @param articles the articles whose source is the file (or one of its records)
     * @param errors   the error lines whose source is the file (or one of its records)
     * @param time     the time spent reading the file and annotating its articles
     */
    public record Outcome(Generated input, int articles, int errors, Duration time) {

        /** Tells whether the file became neither an article nor an error line. */
        public boolean missing() {
            return articles == 0 && errors == 0;
        }
    }

    /**
     * The result of a run.
     *
     * @param outcomes     one per input file, in input order
     * @param unattributed error lines that name no input file
     * @param brokenLines  error lines that, printed as {@code analyze} prints them, are not one clean line
     * @param wall         the wall time of the whole run
     * @param tasks        the time of each pipeline task, in the order they ran
     * @param peakHeap     the sum of the heap pools' peak use during the run, in bytes (an upper bound)
     * @param problem      what went wrong ("crash: …" or "hang: …"), or null when the run finished
     */
    public record Result(List<Outcome> outcomes, List<SourceError> unattributed, List<String> brokenLines,
                         Duration wall, Map<String, Duration> tasks, long peakHeap, String problem) {
    }

    private final Budgets budgets;
    private final Duration hangLimit;

    /**
     * Creates a runner.
     *
     * @param budgets   the budgets per article, as {@code --max-article-chars} and {@code --article-seconds} set
     * @param hangLimit how long one file or article may be worked on before the run counts as hung
     */
    public SoakRun(Budgets budgets, Duration hangLimit) {
        this.budgets = budgets;
        this.hangLimit = hangLimit;
    }

    /**
     * Analyses a folder and accounts for every file in it.
     *
     * @param inputs the files generated into the folder
     * @param folder the folder, given to the pipeline as a user gives it to {@code analyze}
     * @param out    where the dossier files are written
     * @return the result; on a crash or hang the outcomes are empty
     * @throws InterruptedException when interrupted while waiting for the run
     */
    public Result run(List<Generated> inputs, Path folder, Path out) throws InterruptedException {
        TimingProgress progress = new TimingProgress();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        FutureTask<Dossier> analysis = new FutureTask<>(() -> {
            Dossier d = Crosscheck.dossier(Crosscheck.pipeline(Ingestor.DEFAULT_MAX_BYTES, MiniLmEmbedder::shared,
                    null, budgets).run(List.of(folder.toString()), progress));
            DossierFiles.write(d, out);
            return d;
        });
        Thread worker = new Thread(analysis, "soak-analysis");
        worker.setDaemon(true);
        worker.start();
        Dossier dossier = null;
        String problem = null;
        while (dossier == null && problem == null) {
            try {
                dossier = analysis.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                Map.Entry<String, Duration> open = progress.longestOpen();
                if (open != null && open.getValue().compareTo(hangLimit) > 0) {
                    problem = "hang: " + open.getKey() + " has been worked on for "
                            + Budgets.seconds(open.getValue());
                }
            } catch (ExecutionException e) {
                problem = "crash: " + e.getCause();
                // a crash is what the soak is for: its trace says where to fix it
                e.getCause().printStackTrace();
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        Map<String, Duration> tasks = new java.util.LinkedHashMap<>();
        progress.taskNanos().forEach((k, v) -> tasks.put(k, Duration.ofNanos(v)));
        if (problem != null) {
            return new Result(List.of(), List.of(), List.of(), wall, tasks, peak, problem);
        }
        return account(inputs, dossier, progress.itemNanos(), wall, tasks, peak);
    }

    private static Result account(List<Generated> inputs, Dossier dossier, Map<String, Long> nanos, Duration wall,
                                  Map<String, Duration> tasks, long peak) {
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Long> time = new HashMap<>();
        for (Generated g : inputs) {
            counts.put(g.file().toString(), new int[2]);
        }
        for (Article a : dossier.articles()) {
            int[] c = counts.get(fileOf(a.source(), counts));
            if (c != null) {
                c[0]++;
            }
        }
        List<SourceError> unattributed = new ArrayList<>();
        for (SourceError e : dossier.errors()) {
            int[] c = counts.get(fileOf(e.source(), counts));
            if (c != null) {
                c[1]++;
            } else {
                unattributed.add(e);
            }
        }
        nanos.forEach((item, n) -> time.merge(fileOf(item, counts), n, Long::sum));
        List<Outcome> outcomes = new ArrayList<>();
        for (Generated g : inputs) {
            String key = g.file().toString();
            int[] c = counts.get(key);
            outcomes.add(new Outcome(g, c[0], c[1], Duration.ofNanos(time.getOrDefault(key, 0L))));
        }
        // a control character left in a printed line would break it in two, or draw on the terminal
        List<String> broken = dossier.errors().stream().map(ConsoleText::errorLine)
                .filter(l -> l.chars().anyMatch(Character::isISOControl)).toList();
        return new Result(outcomes, unattributed, broken, wall, tasks, peak, null);
    }

    /** The file a source names: the source itself, or what comes before its record key ({@code FILE#key}). */
    private static String fileOf(String source, Map<String, int[]> files) {
        if (files.containsKey(source)) {
            return source;
        }
        int hash = source.indexOf('#');
        while (hash >= 0) {
            String prefix = source.substring(0, hash);
            if (files.containsKey(prefix)) {
                return prefix;
            }
            hash = source.indexOf('#', hash + 1);
        }
        return source;
    }
}
