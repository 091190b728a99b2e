package org.crosscheck.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.annotate.AnnotateStage;
import org.crosscheck.annotate.Annotator;
import org.crosscheck.annotate.CoreNlpAnnotator;
import org.crosscheck.annotate.ParsePolicy;
import org.crosscheck.clean.ArticleCleaner;
import org.crosscheck.extract.EntityStage;
import org.crosscheck.extract.FigureStage;
import org.crosscheck.extract.StatementStage;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.model.Corpus;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Progress;

/**
 * Measures annotate + extract (entities, statements, figures) over corpora: tokens per second, articles
 * per second and peak heap, per corpus. With {@code --costs} it also measures what each CoreNLP annotator
 * adds, one configuration at a time on one thread.
 *
 * <pre>
 * java -Xmx4g -cp "bench/target/crosscheck-bench.jar:bench/target/lib/*" org.crosscheck.bench.ExtractionBenchmark \
 *     [--threads N] [--parse NONE|SPEECH|SPEECH_AND_NUMBERS|ALL] [--costs] PATH...
 * </pre>
 */
public final class ExtractionBenchmark {

    private ExtractionBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args options and input paths (files or folders, as for {@code crosscheck analyze})
     */
    public static void main(String[] args) {
        int threads = Runtime.getRuntime().availableProcessors();
        ParsePolicy policy = ParsePolicy.SPEECH;
        boolean costs = false;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--parse" -> policy = ParsePolicy.valueOf(args[++i]);
                case "--costs" -> costs = true;
                default -> paths.add(args[i]);
            }
        }
        if (paths.isEmpty()) {
            System.err.println("usage: ExtractionBenchmark [--threads N] [--parse POLICY] [--costs] PATH...");
            System.exit(2);
        }
        Pipeline reader = new Pipeline(Ingestor.standard(Ingestor.DEFAULT_MAX_BYTES), ArticleCleaner.standard(),
                List.of());
        if (costs) {
            costs(reader, paths);
            return;
        }
        System.out.printf(Locale.ROOT, "threads=%d parse=%s heap max=%d MiB%n", threads, policy,
                Runtime.getRuntime().maxMemory() >> 20);
        long t0 = System.nanoTime();
        Annotator annotator = CoreNlpAnnotator.create(CoreNlpAnnotator.BASE_ANNOTATORS, policy);
        System.out.printf(Locale.ROOT, "model load: %.1f s%n", (System.nanoTime() - t0) / 1e9);
        for (String path : paths) {
            run(reader, annotator, threads, path);
        }
    }

    private static void run(Pipeline reader, Annotator annotator, int threads, String path) {
        Corpus corpus = reader.read(List.of(path), Progress.NONE);
        resetPeaks();
        long cpu0 = cpuNanos();
        long start = System.nanoTime();
        corpus = new AnnotateStage(() -> annotator, threads).apply(corpus, Progress.NONE);
        long annotated = System.nanoTime();
        List<CorpusStage> extract = List.of(new EntityStage(), new StatementStage(), new FigureStage());
        StringBuilder stageTimes = new StringBuilder();
        for (CorpusStage stage : extract) {
            long t = System.nanoTime();
            corpus = stage.apply(corpus, Progress.NONE);
            stageTimes.append(String.format(Locale.ROOT, " %s %.2f s", stage.name(), (System.nanoTime() - t) / 1e9));
        }
        long end = System.nanoTime();
        double cpu = (cpuNanos() - cpu0) / 1e9;
        long tokens = tokens(corpus);
        long parsed = corpus.annotations().values().stream().flatMap(a -> a.sentences().stream())
                .filter(s -> s.isParsed()).count();
        long sentences = corpus.annotations().values().stream().mapToLong(a -> a.sentences().size()).sum();
        double secs = (end - start) / 1e9;
        System.out.printf(Locale.ROOT,
                "%s: %d articles, %d tokens, %d/%d sentences parsed; annotate %.1f s, extract %.2f s; "
                        + "%.0f tokens/s, %.1f articles/s (%.0f tokens per CPU-second); peak heap %d MiB; "
                        + "%d entities, %d statements, %d figures%n",
                path, corpus.articles().size(), tokens, parsed, sentences, (annotated - start) / 1e9,
                (end - annotated) / 1e9, tokens / secs, corpus.articles().size() / secs, tokens / cpu,
                peakHeap() >> 20,
                corpus.entities().size(), corpus.statements().size(), corpus.figures().size());
        System.out.println("  extract stages:" + stageTimes);
    }

    /** One thread, one configuration after another: what each annotator adds to the time per token. */
    private static void costs(Pipeline reader, List<String> paths) {
        Corpus corpus = reader.read(paths, Progress.NONE);
        String[][] configs = {
            {"tokenize,ssplit", "NONE"},
            {"tokenize,ssplit,pos", "NONE"},
            {"tokenize,ssplit,pos,lemma", "NONE"},
            {CoreNlpAnnotator.BASE_ANNOTATORS, "NONE"},
            {CoreNlpAnnotator.BASE_ANNOTATORS, "SPEECH"},
            {CoreNlpAnnotator.BASE_ANNOTATORS, "SPEECH_AND_NUMBERS"},
            {CoreNlpAnnotator.BASE_ANNOTATORS, "ALL"},
        };
        // warm up the JIT once with the fullest configuration, so no configuration pays for compilation
        Annotator warm = CoreNlpAnnotator.create(CoreNlpAnnotator.BASE_ANNOTATORS, ParsePolicy.ALL);
        new AnnotateStage(() -> warm, 1).apply(corpus, Progress.NONE);
        for (String[] c : configs) {
            Annotator a = CoreNlpAnnotator.create(c[0], ParsePolicy.valueOf(c[1]));
            resetPeaks();
            long cpu0 = cpuNanos();
            long start = System.nanoTime();
            Corpus done = new AnnotateStage(() -> a, 1).apply(corpus, Progress.NONE);
            double secs = (System.nanoTime() - start) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9;
            long tokens = tokens(done);
            System.out.printf(Locale.ROOT, "%-32s parse=%-18s %7.0f tokens/s wall, %7.0f tokens per CPU-second,"
                    + " %.0f ms CPU per 1000 tokens, peak heap %d MiB%n", c[0], c[1], tokens / secs, tokens / cpu,
                    cpu * 1e6 / tokens, peakHeap() >> 20);
        }
    }

    /** CPU time of the whole process (all threads, the collector's included), robust to other load. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long tokens(Corpus corpus) {
        return corpus.annotations().values().stream().flatMap(a -> a.sentences().stream())
                .mapToLong(s -> s.tokens().size()).sum();
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }
}
