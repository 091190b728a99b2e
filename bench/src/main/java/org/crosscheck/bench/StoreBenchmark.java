package org.crosscheck.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.crosscheck.app.search.SearchIndex;
import org.crosscheck.app.search.SearchQuery;
import org.crosscheck.app.store.EmbeddingCache;
import org.crosscheck.app.store.Store;
import org.crosscheck.app.web.WebServer;
import org.crosscheck.compare.CompareStage;
import org.crosscheck.extract.EntityReresolver;
import org.crosscheck.group.GroupStage;
import org.crosscheck.group.MiniLmEmbedder;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Dossier;
import org.crosscheck.pipeline.Progress;
import org.crosscheck.report.DossierJson;

/**
 * Measures the store and the web UI: builds a store of N synthetic articles derived from a dossier
 * ({@link SyntheticDossier}), then times page loads over HTTP on 127.0.0.1, search latency (median, p95),
 * and one regrouping of the whole store as an incremental analyze does it.
 *
 * <pre>
 * ./mvnw -q -pl bench -am package -DskipTests
 * java -cp "bench/target/crosscheck-bench.jar:bench/target/lib/*" org.crosscheck.bench.StoreBenchmark \
 *     DOSSIER.json [--articles 1000] [--db /tmp/bench.duckdb]
 * </pre>
 */
public final class StoreBenchmark {

    private static final int ROUNDS = 30;

    private StoreBenchmark() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args the dossier, then options
     * @throws Exception when the dossier cannot be read or the server fails
     */
    public static void main(String[] args) throws Exception {
        Path dossierFile = Path.of(args[0]);
        int articles = 1000;
        Path db = Files.createTempDirectory("crosscheck-bench").resolve("bench.duckdb");
        for (int i = 1; i < args.length - 1; i++) {
            if (args[i].equals("--articles")) {
                articles = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--db")) {
                db = Path.of(args[++i]);
            }
        }
        Dossier base = SyntheticDossier.grouped(DossierJson.read(dossierFile));
        int copies = Math.max(1, (int) Math.ceil(articles / (double) base.articles().size()));
        Dossier big = SyntheticDossier.replicate(base, copies);
        try (Store store = Store.open(db); SearchIndex index = SearchIndex.open(store)) {
            long t0 = System.nanoTime();
            store.add(big);
            double addSeconds = (System.nanoTime() - t0) / 1e9;
            long stored = store.queries().articleCount();
            System.out.printf(Locale.ROOT, "store: %d articles, %d statements, %d figures added in %.1f s "
                    + "(%.1f ms/article, index included)%n", stored, big.statements().size(), big.figures().size(),
                    addSeconds, addSeconds * 1000 / stored);
            try (WebServer server = WebServer.start(store, index, "127.0.0.1", 0)) {
                pages(server.port(), store);
            }
            search(index, big.articles());
            regroup(store);
        }
    }

    /**
     * Times what an incremental analyze does after adding articles: regroup the whole store and replace its
     * groups; twice, the first time with no sentence vectors kept in the store, the second with all of them.
     */
    private static void regroup(Store store) {
        for (String round : new String[] {"first (vectors computed)", "again (vectors from the store)"}) {
            long t0 = System.nanoTime();
            Corpus corpus = store.corpus();
            long t1 = System.nanoTime();
            corpus = new EntityReresolver().apply(corpus, Progress.NONE);
            long t2 = System.nanoTime();
            corpus = new GroupStage(() -> new EmbeddingCache(store, MiniLmEmbedder.shared())).apply(corpus,
                    Progress.NONE);
            corpus = new CompareStage().apply(corpus, Progress.NONE);
            long t3 = System.nanoTime();
            store.replaceGroups(corpus);
            long t4 = System.nanoTime();
            System.out.printf(Locale.ROOT, "%nregroup of the whole store, %s: load %.1f s, entities %.1f s, "
                    + "group + compare %.1f s, replace + re-index %.1f s (%d events)%n", round, (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, corpus.events().size());
        }
    }

    private static void pages(int port, Store store) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String article = store.queries().articles(null, 500, 1).items().get(0).id();
        String event = store.queries().events().get(store.queries().events().size() / 2).id();
        String entity = store.queries().entities(null, 0, 1).items().get(0).id();
        String[][] pages = {
            {"home (stories → events)", "/"}, {"event page", "/events/" + event},
            {"article page", "/articles/" + article}, {"entity page", "/entities/" + entity},
            {"article list", "/articles?offset=500"}, {"search page", "/search?q=killed"},
            {"API /api/figures", "/api/figures?kind=killed&limit=100"},
            {"API /api/events/{id}", "/api/events/" + event},
        };
        System.out.printf("%npage loads over HTTP, %d rounds after 3 warm-up (ms):%n", ROUNDS);
        System.out.printf("%-26s %8s %8s %8s %9s%n", "page", "median", "p95", "max", "bytes");
        for (String[] page : pages) {
            URI uri = URI.create("http://127.0.0.1:" + port + page[1]);
            List<Double> ms = new ArrayList<>();
            int bytes = 0;
            for (int i = 0; i < ROUNDS + 3; i++) {
                long t = System.nanoTime();
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (r.statusCode() != 200) {
                    throw new IllegalStateException(uri + " answered " + r.statusCode());
                }
                bytes = r.body().length();
                if (i >= 3) {
                    ms.add((System.nanoTime() - t) / 1e6);
                }
            }
            System.out.printf(Locale.ROOT, "%-26s %8.1f %8.1f %8.1f %9d%n", page[0], pct(ms, 50), pct(ms, 95),
                    Collections.max(ms), bytes);
        }
    }

    private static void search(SearchIndex index, List<Article> articles) {
        List<String> queries = new ArrayList<>();
        for (Article a : articles) {
            if (a.title() != null) {
                String[] words = a.title().split("\\W+");
                queries.add(words[words.length / 2]);
                queries.add("\"" + words[0] + " " + (words.length > 1 ? words[1] : "") + "\"");
            }
            if (queries.size() >= 200) {
                break;
            }
        }
        queries.addAll(List.of("killed", "governor said", "flood*", "dam AND water", "evacuated OR displaced"));
        for (String q : queries.subList(0, Math.min(20, queries.size()))) {
            index.search(SearchQuery.of(q, 20));
        }
        List<Double> ms = new ArrayList<>();
        long hits = 0;
        for (String q : queries) {
            long t = System.nanoTime();
            hits += index.search(SearchQuery.of(q, 20)).total();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        System.out.printf(Locale.ROOT, "%nsearch (top 20 with highlighting and facets), %d queries: median %.2f ms, "
                + "p95 %.2f ms, max %.2f ms, %.0f hits per query on average%n", ms.size(), pct(ms, 50), pct(ms, 95),
                Collections.max(ms), hits / (double) ms.size());
    }

    private static double pct(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i)));
    }
}
