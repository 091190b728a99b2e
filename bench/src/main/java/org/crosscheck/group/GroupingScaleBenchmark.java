package org.crosscheck.group;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Article;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.DossierJson;

/**
 * Times grouping (profiles with sentence embeddings, copies, events and stories, summaries) and samples
 * its heap as the corpus grows, on corpora derived from an analysed dossier: replica r of every article
 * has each content word tagged with r, so replicas are new articles on new happenings with their own
 * vocabulary and entities (not copies of each other), as in a large archive of many topics. Also
 * counts the candidate pairs the TF-IDF blocking lets through, against all pairs.
 * Usage: GroupingScaleBenchmark DOSSIER SIZE[,SIZE...]
 */
public final class GroupingScaleBenchmark {

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

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
            run(grow(base, Integer.parseInt(size)), embedder);
        }
    }

    private static void run(Corpus corpus, Embedder embedder) throws InterruptedException {
        HeapSampler heap = HeapSampler.begin();
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

    /** The base corpus's articles and entities, replicated until there are {@code size} articles. */
    static Corpus grow(Corpus base, int size) {
        List<Article> articles = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        int baseSize = base.articles().size();
        for (int r = 0; articles.size() < size; r++) {
            Map<String, String> ids = new HashMap<>();
            for (Article a : base.articles()) {
                if (articles.size() == size) {
                    break;
                }
                String id = "a" + (articles.size() + 1);
                ids.put(a.id(), id);
                articles.add(new Article(id, a.source() + "~" + r, a.outlet(), a.url(), tag(a.title(), r),
                        a.published(), a.author(), a.language(), tag(a.text(), r), List.of(), List.of(),
                        a.dateline(), a.credits()));
            }
            for (Entity e : base.entities()) {
                List<Mention> mentions = e.mentions().stream().filter(m -> ids.containsKey(m.article()))
                        .map(m -> new Mention(ids.get(m.article()), 0, 0, "")).toList();
                if (!mentions.isEmpty()) {
                    entities.add(new Entity(e.id() + "~" + r, e.type(), e.name(), List.of(), mentions));
                }
            }
            if (baseSize == 0) {
                break;
            }
        }
        return Corpus.of(articles, List.of()).withEntities(entities);
    }

    /** Tags every content word with the replica number (replica 0 is the text itself). */
    private static String tag(String text, int replica) {
        if (text == null || replica == 0) {
            return text;
        }
        String suffix = Integer.toString(replica + 9, 36).repeat(2);
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String w = m.group();
            m.appendReplacement(out, Words.STOP.contains(w.toLowerCase(Locale.ROOT)) || w.length() < 3 ? w : w + suffix);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Samples the used heap every 20 ms and keeps the highest value. */
    private static final class HeapSampler extends Thread {

        private volatile boolean running = true;
        private long peak;

        static HeapSampler begin() {
            HeapSampler s = new HeapSampler();
            s.setDaemon(true);
            s.start();
            return s;
        }

        @Override
        public void run() {
            Runtime rt = Runtime.getRuntime();
            while (running) {
                peak = Math.max(peak, rt.totalMemory() - rt.freeMemory());
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long end() throws InterruptedException {
            running = false;
            join();
            return peak;
        }
    }
}
