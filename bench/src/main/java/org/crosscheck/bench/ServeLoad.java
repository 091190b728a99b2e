package org.crosscheck.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.app.store.Store;
import org.crosscheck.app.store.StoreQueries;
import org.crosscheck.model.Article;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Event;

/**
 * The load test of issue 17 as a bench command: a real {@code serve} child over a store, and C clients asking
 * for its pages and API at once for S seconds ({@link HttpLoad}); prints the requests, the errors and the latency
 * percentiles, and exits 1 when any request failed. Without {@code --db} it analyses {@code samples/articles} into
 * a new store first.
 *
 * <pre>
 * java -cp "bench/target/crosscheck-bench.jar:bench/target/lib/*" org.crosscheck.bench.ServeLoad \
 *     [--db STORE] [--clients 200] [--seconds 5]
 * </pre>
 */
public final class ServeLoad {

    private ServeLoad() {
    }

    /**
     * Runs the load.
     *
     * @param args {@code [--db STORE] [--clients C] [--seconds S]}
     * @throws Exception when the store cannot be made or the load is interrupted
     */
    public static void main(String[] args) throws Exception {
        Path db = null;
        int clients = 200;
        int seconds = 5;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--db" -> db = Path.of(args[++i]);
                    case "--clients" -> clients = Integer.parseInt(args[++i]);
                    case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                    default -> throw new IllegalArgumentException(args[i]);
                }
            }
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            clients = -1;
        }
        if (clients <= 0 || seconds <= 0 || (db != null && !Files.isRegularFile(db))) {
            System.err.println("usage: ServeLoad [--db STORE] [--clients C] [--seconds S]  (an existing store; C and S "
                    + "positive whole numbers)");
            System.exit(2);
        }
        if (db == null) {
            Path work = Files.createTempDirectory("crosscheck-load");
            db = work.resolve("load.duckdb");
            new AnalyzeChild("2g", work).analyze(Path.of("samples/articles"), db, work.resolve("out"), null);
        }
        HttpLoad.Result r = run(db, clients, Duration.ofSeconds(seconds));
        System.out.println(r.line());
        r.errors().forEach((what, n) -> System.out.println("  " + n + " x " + what));
        System.exit(r.failed() == 0 ? 0 : 1);
    }

    /**
     * Starts {@code serve} over a store, loads it, and stops it.
     *
     * @param db       the store (not open elsewhere)
     * @param clients  how many clients at once
     * @param duration how long
     * @return what the load met
     * @throws InterruptedException when interrupted
     */
    static HttpLoad.Result run(Path db, int clients, Duration duration) throws InterruptedException {
        List<String> paths = paths(db);
        try (ServeChild serve = ServeChild.start(db, "1g")) {
            return new HttpLoad(serve.base(), paths, Duration.ofSeconds(60)).run(clients, duration);
        }
    }

    /**
     * Every kind of page and API answer, over the store's first article, event and entity.
     *
     * @param db the store
     * @return the paths
     */
    static List<String> paths(Path db) {
        List<String> out = new ArrayList<>(List.of("/", "/articles", "/entities", "/search?q=said", "/api/articles",
                "/api/events", "/api/figures", "/api/statements", "/api/entities", "/api/search?q=said",
                "/static/app.css"));
        try (Store store = Store.open(db)) {
            StoreQueries q = store.queries();
            q.articles(null, 0, 1).items().stream().map(Article::id).findFirst()
                    .ifPresent(id -> out.addAll(List.of("/articles/" + id, "/api/articles/" + id)));
            q.events().stream().map(Event::id).findFirst()
                    .ifPresent(id -> out.addAll(List.of("/events/" + id, "/api/events/" + id)));
            q.entities(null, 0, 1).items().stream().map(Entity::id).findFirst()
                    .ifPresent(id -> out.addAll(List.of("/entities/" + id, "/api/entities/" + id)));
        }
        return out;
    }
}
