package org.crosscheck.group;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Article;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Corpus;
import org.crosscheck.pipeline.HeapPeak;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.DossierJson;

/**
 * Times grouping (profiles, copies, events and stories, summaries) and samples its heap as the corpus grows, on
 * corpora derived from an analysed dossier ({@link Replicas}). The base's sentences are embedded once, before the
 * runs, and each replica gets its base article's vectors turned for its replica ({@link Replicas#vectors}, as
 * {@code GroupingJobBenchmark} gives them), so the profiles column is the profile work without the model. Also counts the candidate pairs the TF-IDF blocking lets
 * through, against all pairs, and the largest block of the article graph: a connected component of all its links,
 * and of its binding links alone ({@link EventBlocks#binds}), which is what a block holds since spark7.
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
        Embedder model = MiniLmEmbedder.shared();
        long t = System.nanoTime();
        List<List<float[]>> vectors = new ArrayList<>();
        for (Article a : base.articles()) {
            vectors.add(model.embed(GroupStage.embeddedSentences(a)));
        }
        System.out.printf(Locale.ROOT, "base: %d articles, embedded in %.1f s (not timed below)%n",
                base.articles().size(), s(System.nanoTime() - t));
        System.out.println("| articles | profiles s | copies s | events s | summaries s | total s | ms/article "
                + "| candidate pairs | a article | share of all pairs | largest block, all links "
                + "| largest block, binding links | peak heap MiB | events |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String size : args[1].split(",")) {
            System.gc();
            run(Replicas.grow(base, Integer.parseInt(size)), vectors, model);
        }
    }

    private static void run(Corpus corpus, List<List<float[]>> vectors, Embedder model) throws InterruptedException {
        HeapPeak heap = HeapPeak.begin();
        long t0 = System.nanoTime();
        Map<String, ArticleProfile> byId = profiles(corpus, vectors, model);
        List<ArticleProfile> profiles = new ArrayList<>(byId.values());
        long t1 = System.nanoTime();
        List<Copy> copies = CopyFinder.find(corpus, profiles);
        long t2 = System.nanoTime();
        Corpus grouped = EventFinder.find(corpus.withCopies(copies), profiles, copies, GroupSettings.DEFAULT);
        long t3 = System.nanoTime();
        Summaries.summarise(grouped, grouped.events(), byId, copies);
        long t4 = System.nanoTime();
        long peak = heap.end();
        int n = corpus.articles().size();
        ArticleGraph graph = new ArticleGraph(profiles, EventFinder.copyPairs(copies),
                DocumentFrequencies.count(profiles.stream().map(p -> p.terms().keySet()).toList()),
                TfIdf.CORPUS_COMMON, GroupSettings.DEFAULT);
        long candidates = graph.edges.values().stream().mapToLong(Map::size).sum() / 2;
        int all = largest(EventFinder.blocks(n, graph.edges, w -> true));
        int binding = largest(EventFinder.blocks(n, graph.edges, w -> EventBlocks.binds(w, GroupSettings.DEFAULT)));
        double allPairs = n * (n - 1) / 2.0;
        System.out.printf(Locale.ROOT, "| %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %,d | %.1f | %.5f | %,d | %,d "
                        + "| %,d | %,d |%n", n, s(t1 - t0), s(t2 - t1), s(t3 - t2), s(t4 - t3), s(t4 - t0),
                (t4 - t0) / 1e6 / n, candidates, candidates / (double) n, candidates / allPairs, all, binding,
                peak >> 20, grouped.events().size());
    }

    /** Each replica's profile, with its base article's sentence vectors (the model only where the counts differ). */
    private static Map<String, ArticleProfile> profiles(Corpus corpus, List<List<float[]>> vectors, Embedder model) {
        Map<String, Set<String>> entities = new HashMap<>();
        Map<String, Set<String>> people = new HashMap<>();
        corpus.entities().forEach(e -> e.mentions().forEach(m -> {
            entities.computeIfAbsent(m.article(), k -> new HashSet<>()).add(e.id());
            if (e.type().equals("PERSON")) {
                people.computeIfAbsent(m.article(), k -> new HashSet<>()).add(e.id());
            }
        }));
        Map<String, ArticleProfile> out = new java.util.LinkedHashMap<>();
        List<Article> articles = corpus.articles();
        for (int k = 0; k < articles.size(); k++) {
            List<float[]> own = Replicas.vectors(vectors.get(k % vectors.size()), k / vectors.size());
            Embedder lookup = texts -> texts.size() == own.size() ? own : model.embed(texts);
            Article a = articles.get(k);
            out.put(a.id(), Profiles.of(a, entities.getOrDefault(a.id(), Set.of()),
                    people.getOrDefault(a.id(), Set.of()), lookup));
        }
        return out;
    }

    private static int largest(List<List<Integer>> blocks) {
        return blocks.stream().mapToInt(List::size).max().orElse(0);
    }

    private static double s(long nanos) {
        return nanos / 1e9;
    }
}
