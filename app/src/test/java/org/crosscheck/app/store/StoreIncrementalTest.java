package org.crosscheck.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Dossier;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Event;
import org.crosscheck.model.Mention;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store's side of incremental analysis: the input filter, stale groups, and replacing groups. */
class StoreIncrementalTest {

    @TempDir
    Path dir;

    private static Dossier articlesOnly() {
        Dossier d = TestDossiers.small();
        return new Dossier(d.format(), d.created(), d.tool(), d.articles(), d.entities(), d.statements(), d.figures(),
                List.of(), List.of(), List.of(), List.of(), d.errors());
    }

    @Test
    void storedInputsAreFilteredAndNewOnesRenumbered() {
        Dossier d = articlesOnly();
        try (Store store = Store.open(dir.resolve("s.duckdb"))) {
            store.addArticles(d, Map.of("a1", ContentHash.of("text as cleaned")));
            StoredFilter.Split split = new StoredFilter(store).split(List.of(
                    d.articles().get(0).withId("a1").withOutlet("x"), d.articles().get(1).withId("a1")));
            assertThat(split.stored()).containsExactly("in/one.txt", "in/two.html");
            assertThat(store.findInput("in/one.txt", ContentHash.of("text as cleaned"))).contains("a1");
            assertThat(store.findInput("in/other.txt", ContentHash.of("text as cleaned"))).isEmpty();
            Dossier other = TestDossiers.bulk(1, 2, 1);
            StoredFilter.Split fresh = new StoredFilter(store).split(other.articles());
            assertThat(fresh.fresh()).extracting(a -> a.id()).containsExactly("a4", "a5");
            assertThat(fresh.inputHashes()).containsKeys("a4", "a5");
        }
    }

    @Test
    void articlesWithoutGroupsLeaveTheGroupsStaleUntilReplaced() {
        try (Store store = Store.open(dir.resolve("s.duckdb"))) {
            assertThat(store.groupsStale()).isFalse();
            store.addArticles(articlesOnly(), Map.of());
            assertThat(store.groupsStale()).isTrue();
            assertThat(store.dossier(TestDossiers.TOOL).events()).isEmpty();
            Corpus corpus = store.corpus();
            assertThat(corpus.articles()).extracting(a -> a.id()).containsExactly("a1", "a2", "a3");
            Entity hart = new Entity("e9", "PERSON", "Lina Hart", List.of(), corpus.entities().get(0).mentions());
            Corpus grouped = corpus.withEntities(List.of(hart))
                    .withEvents(List.of(new Event("ev1", "Floods", List.of("a1", "a2"), List.of())));
            store.replaceGroups(grouped);
            assertThat(store.groupsStale()).isFalse();
            Dossier back = store.dossier(TestDossiers.TOOL);
            assertThat(back.events()).extracting(Event::articles).containsExactly(List.of("a1", "a2"));
            assertThat(back.entities()).extracting(Entity::id).containsExactly("e9");
            assertThat(back.entities().get(0).mentions()).extracting(Mention::article).contains("a1", "a2");
            // speakers point at the new entity ids the corpus gave (here the statements still name e1)
            assertThat(back.statements()).allSatisfy(s -> assertThat(s.speaker().entity()).isEqualTo("e1"));
        }
    }

    @Test
    void replacingGroupsTwiceKeepsOnlyTheLast() {
        try (Store store = Store.open(dir.resolve("s.duckdb"))) {
            store.addArticles(articlesOnly(), Map.of());
            Corpus corpus = store.corpus();
            store.replaceGroups(corpus.withEvents(List.of(new Event("ev1", "A", List.of("a1"), List.of()),
                    new Event("ev2", "B", List.of("a2", "a3"), List.of()))));
            store.replaceGroups(corpus.withEvents(List.of(new Event("ev1", "All", List.of("a1", "a2", "a3"),
                    List.of()))));
            assertThat(store.dossier(TestDossiers.TOOL).events()).extracting(Event::title).containsExactly("All");
            // the new event continues ev2 (two articles shared), so it keeps that id
            assertThat(store.dossier(TestDossiers.TOOL).events()).extracting(Event::id).containsExactly("ev2");
        }
    }

    @Test
    void onlyArticlesWhoseEventsChangedAreIndexedAgain() {
        try (Store store = Store.open(dir.resolve("s.duckdb"))) {
            store.addArticles(articlesOnly(), Map.of());
            Corpus corpus = store.corpus();
            store.replaceGroups(corpus.withEvents(List.of(new Event("ev1", "A", List.of("a1", "a2"), List.of()))));
            List<java.util.Set<String>> told = new java.util.ArrayList<>();
            store.listen(told::add);
            store.replaceGroups(corpus.withEvents(List.of(new Event("ev9", "A", List.of("a1", "a2"), List.of()))));
            assertThat(told).isEmpty();
            store.replaceGroups(corpus.withEvents(List.of(new Event("ev1", "A", List.of("a1", "a2", "a3"),
                    List.of()))));
            assertThat(told).containsExactly(java.util.Set.of("a3"));
        }
    }
    @Test
    void storingShowsTheArticlesAndThenTheErrorsAndIndexAsTwoTasks() {
        try (Store store = Store.open(dir.resolve("s.duckdb"))) {
            List<String> heard = new java.util.ArrayList<>();
            store.listen(changed -> heard.add("index told " + changed.size()));
            store.addArticles(articlesOnly(), Map.of(), new org.crosscheck.pipeline.Progress() {
                @Override
                public void begin(String task, long total) {
                    // what a kill at this line would leave: the second task starts with every article stored
                    // and the error line not yet
                    heard.add(task + " " + total + " (" + store.corpus().articles().size() + " stored, "
                            + store.dossier(TestDossiers.TOOL).errors().size() + " error)");
                }

                @Override
                public void advance(long steps) {
                    heard.add("+" + steps);
                }

                @Override
                public void end() {
                    heard.add("end");
                }
            });
            assertThat(heard).containsExactly(
                    Store.STORING_ARTICLES + " 3 (0 stored, 0 error)", "+1", "+1", "+1", "end",
                    Store.STORING_REST + " 2 (3 stored, 0 error)", "+1", "index told 3", "+1", "end");
            assertThat(store.dossier(TestDossiers.TOOL).errors()).hasSize(1);
        }
    }
}
