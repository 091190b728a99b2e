package org.crosscheck.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.crosscheck.app.search.SearchIndex;
import org.crosscheck.app.search.SearchQuery;
import org.crosscheck.model.Article;
import org.crosscheck.model.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real child JVM while it writes and checks that every stored article is whole. */
class StoreCrashTest {

    static final int STATEMENTS = 400;

    @TempDir
    Path dir;

    @Test
    void aKilledWriterLeavesOnlyWholeArticles() throws Exception {
        Path db = dir.resolve("crash.duckdb");
        // once it said so, the child is inside the transaction of a later article: kill it without warning
        killAfter("added 3", db, "1000");
        try (Store store = Store.open(db); SearchIndex index = SearchIndex.open(store)) {
            StoreQueries q = store.queries();
            List<Article> articles = q.articles(null, 0, 1000).items();
            assertThat(articles.size()).isBetween(3, 999);
            for (Article a : articles) {
                assertThat(q.statementsIn(a.id())).as(a.id()).hasSize(STATEMENTS);
            }
            long indexed = index.search(new SearchQuery("", "article", null, null, null, null, null, null, null, 0, 1))
                    .total();
            assertThat(indexed).isEqualTo(articles.size());
            // the store still takes writes and the crashed run can go on where it stopped
            int next = articles.size() + 1;
            store.add(TestDossiers.bulk(next, 1, 2));
            assertThat(q.articleCount()).isEqualTo(articles.size() + 1L);
        }
    }

    @Test
    void aWriterKilledWhileReplacingGroupsLeavesOneWholeRound() throws Exception {
        Path db = dir.resolve("regroup.duckdb");
        // once it said so, the child is inside the transaction of round 3
        killAfter("replaced 2", db, "50", "regroup");
        try (Store store = Store.open(db)) {
            List<Event> events = store.dossier(TestDossiers.TOOL).events();
            assertThat(events).hasSize(CrashChild.EVENTS);
            assertThat(events.stream().map(Event::title).distinct()).hasSize(1);
            assertThat(events).allSatisfy(e -> assertThat(e.articles()).hasSize(2));
            assertThat(store.groupsStale()).isFalse();
            assertThat(store.queries().articleCount()).isEqualTo(50);
        }
    }

    @Test
    void aWriterKilledBeforeRegroupingLeavesTheGroupsStale() throws Exception {
        Path db = dir.resolve("stale.duckdb");
        killAfter("articles stored", db, "50", "regroup");
        try (Store store = Store.open(db)) {
            // either no round was committed (stale: the next analyze regroups) or a whole one was
            List<Event> events = store.dossier(TestDossiers.TOOL).events();
            assertThat(store.groupsStale()).isEqualTo(events.isEmpty());
            assertThat(events.size()).isIn(0, CrashChild.EVENTS);
        }
    }

    /** Starts a {@link CrashChild}, waits until it prints a line, and kills it without warning (SIGKILL). */
    private static void killAfter(String line, Path db, String... args) throws Exception {
        Process child = child(db, args);
        waitFor(child, line);
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private static Process child(Path db, String... args) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the child is killed, so it cannot delete the copy of DuckDB's native library it unpacks: it unpacks it
        // into the test's temporary folder, which JUnit deletes
        List<String> command = new java.util.ArrayList<>(List.of(java,
                "-Djava.io.tmpdir=" + db.toAbsolutePath().getParent(), "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), db.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static void waitFor(Process child, String wanted) throws java.io.IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.equals(wanted)) {
            assertThat(line).doesNotContain("Exception");
        }
        assertThat(line).as("child ended before " + wanted).isEqualTo(wanted);
    }
}
