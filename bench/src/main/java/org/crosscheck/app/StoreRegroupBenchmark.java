package org.crosscheck.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.Crosscheck;
import org.crosscheck.app.search.IndexedStore;
import org.crosscheck.app.store.EmbeddingCache;
import org.crosscheck.app.store.Store;
import org.crosscheck.group.Embedder;
import org.crosscheck.group.GroupStage;
import org.crosscheck.group.MiniLmEmbedder;
import org.crosscheck.group.Replicas;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Dossier;
import org.crosscheck.pipeline.Budgets;
import org.crosscheck.pipeline.HeapPeak;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.DossierFiles;
import org.crosscheck.report.DossierJson;

/**
 * The store side of {@code crosscheck analyze --db} as the store grows: fills a fresh store with N replicas of an
 * analysed dossier's articles ({@link Replicas}) and their sentence vectors (the base's, turned per replica, as
 * {@code GroupingScaleBenchmark} gives them, so no model runs), then times and samples the heap of what an analysis
 * of one more input does over the whole store: regrouping every stored article (entities again, copies, events,
 * stories, summaries, comparisons) and writing the dossier of the whole store. Run it with the heap the command
 * gets ({@code -Xmx4g}): finishing at all is the bound; {@code -Dreuse=true} regroups the store an earlier run left
 * in DIR (with a smaller heap, say). Usage: StoreRegroupBenchmark DOSSIER SIZE[,SIZE...] [DIR]
 */
public final class StoreRegroupBenchmark {

    /** The model the vectors are kept under, as an analysis keeps them. */
    private static final String MODEL = MiniLmEmbedder.class.getName();

    private StoreRegroupBenchmark() {
    }

    /**
     * Runs the benchmark and prints one table row per size.
     *
     * @param args the dossier, the sizes and the scratch folder (default: a temporary one)
     * @throws Exception when the dossier cannot be read or the store written
     */
    public static void main(String[] args) throws Exception {
        Corpus base = DossierJson.read(Path.of(args[0])).toCorpus();
        Path scratch = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("crosscheck-store-bench");
        Embedder model = MiniLmEmbedder.shared();
        List<List<float[]>> vectors = new ArrayList<>();
        for (Article a : base.articles()) {
            vectors.add(model.embed(GroupStage.embeddedSentences(a)));
        }
        System.out.println("| articles | fill s | regroup s | dossier s | total s | ms/article | peak heap MiB "
                + "| heap max MiB | events |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String size : args[1].split(",")) {
            run(base, vectors, Integer.parseInt(size), scratch.resolve("n" + size));
        }
    }

    private static void run(Corpus base, List<List<float[]>> vectors, int size, Path folder) throws Exception {
        Files.createDirectories(folder);
        Path db = folder.resolve("store.duckdb");
        // -Dreuse regroups a store an earlier run filled (the same dossier and size), e.g. with another -Xmx
        boolean reuse = Boolean.getBoolean("reuse") && Files.exists(db);
        if (!reuse) {
            Files.deleteIfExists(db);
        }
        long t0 = System.nanoTime();
        try (IndexedStore opened = IndexedStore.open(db)) {
            Store store = opened.store();
            if (!reuse) {
                fill(store, Replicas.grow(base, size), vectors, MiniLmEmbedder.shared());
            }
            System.gc();
            long t1 = System.nanoTime();
            HeapPeak heap = HeapPeak.begin();
            Embedder none = texts -> {
                throw new IllegalStateException("a vector missing from the store: " + texts.get(0));
            };
            Pipeline pipeline = Crosscheck.pipeline(Ingestor.DEFAULT_MAX_BYTES, () -> new EmbeddingCache(store, none, MODEL),
                    null, Budgets.DEFAULT);
            new IncrementalAnalysis(pipeline, store).regroup(Progress.NONE);
            long t2 = System.nanoTime();
            Dossier all = store.dossier(new Dossier.Tool(Crosscheck.NAME, Crosscheck.version()));
            DossierFiles.write(all, folder.resolve("out"));
            long t3 = System.nanoTime();
            long peak = heap.end();
            System.out.printf(Locale.ROOT, "| %,d | %.1f | %.1f | %.1f | %.1f | %.1f | %,d | %,d | %,d |%n", size,
                    s(t1 - t0), s(t2 - t1), s(t3 - t2), s(t3 - t1), (t3 - t1) / 1e6 / size, peak >> 20,
                    Runtime.getRuntime().maxMemory() >> 20, all.events().size());
        }
    }

    /** Stores the replicas as analysed articles, and each one's sentence vectors as a first analysis leaves them. */
    private static void fill(Store store, Corpus corpus, List<List<float[]>> vectors, Embedder model) {
        store.addArticles(Crosscheck.dossier(corpus), Map.of());
        List<Article> articles = corpus.articles();
        for (int k = 0; k < articles.size(); k++) {
            List<float[]> own = Replicas.vectors(vectors.get(k % vectors.size()), k / vectors.size());
            List<String> sentences = GroupStage.embeddedSentences(articles.get(k));
            Embedder lookup = sentences.size() != own.size() ? model
                    : texts -> texts.stream().map(t -> own.get(sentences.indexOf(t))).toList();
            new EmbeddingCache(store, lookup, MODEL).embed(sentences);
        }
    }

    private static double s(long nanos) {
        return nanos / 1e9;
    }
}
