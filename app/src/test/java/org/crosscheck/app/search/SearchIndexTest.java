package org.crosscheck.app.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.crosscheck.app.store.Store;
import org.crosscheck.app.store.TestDossiers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchIndexTest {

    @TempDir
    Path dir;

    @Test
    void findsHighlightsFiltersAndCounts() {
        try (Store store = Store.open(dir.resolve("s.duckdb")); SearchIndex index = SearchIndex.open(store)) {
            store.add(TestDossiers.small());
            SearchResult r = index.search(SearchQuery.of("boats", 10));
            assertThat(r.hits()).extracting(Hit::type).contains("article", "statement");
            assertThat(r.hits().get(0).snippet()).contains(SearchIndex.MARK_START + "boats" + SearchIndex.MARK_END);
            assertThat(r.facets().get("outlet")).containsEntry("The River Post", 2);

            SearchResult figures = index.search(new SearchQuery("killed", "figure", null, null, null, "killed", null,
                    null, null, 0, 10));
            assertThat(figures.hits()).extracting(Hit::id).containsExactlyInAnyOrder("f1", "f2", "f4");

            SearchResult dated = index.search(new SearchQuery("floods", null, null, null, null, null, "ev1",
                    LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 3), 0, 10));
            assertThat(dated.hits()).allSatisfy(h -> assertThat(h.article()).isEqualTo("a2"));

            assertThat(r.facets().get("language")).containsKey("en");
            assertThat(index.search(new SearchQuery("boats", null, null, "en", null, null, null, null, null, 0, 10))
                    .total()).isEqualTo(r.total());
            assertThat(index.search(new SearchQuery("boats", null, null, "fr", null, null, null, null, null, 0, 10))
                    .total()).isZero();

            assertThat(index.search(SearchQuery.of("\"unclosed AND (", 10)).total()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void rebuildsWhenBehindTheStore() {
        Path db = dir.resolve("s.duckdb");
        try (Store store = Store.open(db)) {
            store.add(TestDossiers.small());
        }
        try (Store store = Store.open(db); SearchIndex index = SearchIndex.open(store)) {
            assertThat(index.search(SearchQuery.of("Ostrava", 10)).total()).isPositive();
        }
    }
}
