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
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), db.toString(), "1000").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("added 3")) {
                assertThat(line).doesNotContain("Exception");
            }
            // the child is now inside the transaction of a later article: kill it without warning
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Store store = Store.open(db); SearchIndex index = SearchIndex.open(store)) {
            StoreQueries q = store.queries();
            List<Article> articles = q.articles(null, 0, 1000).items();
            assertThat(articles.size()).isBetween(3, 999);
            for (Article a : articles) {
                assertThat(q.statementsIn(a.id())).as(a.id()).hasSize(STATEMENTS);
            }
            long indexed = index.search(new SearchQuery("", "article", null, null, null, null, null, null, 0, 1))
                    .total();
            assertThat(indexed).isEqualTo(articles.size());
            // the store still takes writes and the crashed run can go on where it stopped
            int next = articles.size() + 1;
            store.add(TestDossiers.bulk(next, 1, 2));
            assertThat(q.articleCount()).isEqualTo(articles.size() + 1L);
        }
    }
}
