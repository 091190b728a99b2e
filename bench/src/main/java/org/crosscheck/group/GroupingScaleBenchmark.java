package org.crosscheck.group;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Corpus;
import org.crosscheck.pipeline.HeapPeak;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.DossierJson;

/**
 * Times grouping (profiles with sentence embeddings, copies, events and stories, summaries) and samples
 * its heap as the corpus grows, on corpora derived from an analysed dossier ({@link Replicas}). Also
 * counts the candidate pairs the TF-IDF blocking lets through, against all pairs.
 * Usage: GroupingScaleBenchmark DOSSIER SIZE[,SIZE...]
 */
public final class GroupingScaleBenchmark {

    private GroupingScaleBenchmark() {
    }

    /**
     * Runs the benchmark and prints one table row per size.
     *
     * @param args the dossier and the sizes
     * @throws Exception when the dossier cannot be read
     */
    public static void main(String[] args) throws Exception {
        Corpus base = DossierJson.read(Path.of(args[0])).toCorpus();
        Embedder embedder = MiniLmEmbedder.shared();
        embedder.embed(List.of("warm up the model once"));
        System.out.println("| articles | profiles s | copies s | events s | summaries s | total s | ms/article "
                + "| candidate pairs | share of all pairs | peak heap MiB | events |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String size : args[1].split(",")) {
            System.gc();
            run(Replicas.grow(base, Integer.parseInt(size)), embedder);
        }
    }

    private static void run(Corpus corpus, Embedder embedder) throws InterruptedException {
        HeapPeak heap = HeapPeak.begin();
        long t0 = System.nanoTime();
        Map<String, ArticleProfile> byId = Profiles.of(corpus, embedder, Progress.NONE);
        List<ArticleProfile> profiles = new ArrayList<>(byId.values());
        long t1 = System.nanoTime();
        List<Copy> copies = CopyFinder.find(corpus, profiles);
        long t2 = System.nanoTime();
        Corpus grouped = EventFinder.find(corpus.withCopies(copies), profiles, copies, GroupSettings.DEFAULT);
        long t3 = System.nanoTime();
        Summaries.summarise(grouped, grouped.events(), byId, copies);
        long t4 = System.nanoTime();
        long peak = heap.end();
        long candidates = new TfIdf(profiles.stream().map(ArticleProfile::terms).toList(), TfIdf.CORPUS_COMMON)
                .pairs().values().stream().mapToLong(Map::size).sum();
        int n = corpus.articles().size();
        double allPairs = n * (n - 1) / 2.0;
        System.out.printf(Locale.ROOT, "| %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %,d | %.4f | %,d | %,d |%n",
                n, s(t1 - t0), s(t2 - t1), s(t3 - t2), s(t4 - t3), s(t4 - t0), (t4 - t0) / 1e6 / n, candidates,
                candidates / allPairs, peak >> 20, grouped.events().size());
    }

    private static double s(long nanos) {
        return nanos / 1e9;
    }
}
