package org.crosscheck.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.stream.Stream;
import org.crosscheck.model.Article;
import org.crosscheck.model.Dossier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {

    @TempDir
    Path dir;

    @Test
    void dossierRoundTripsThroughTheStore() {
        Dossier d = TestDossiers.small();
        try (Store store = Store.open(dir.resolve("s.duckdb"))) {
            AddReport r = store.add(d);
            assertThat(r.added()).containsExactly("a1", "a2", "a3");
            Dossier back = store.dossier(TestDossiers.TOOL);
            assertThat(back.articles()).isEqualTo(d.articles());
            assertThat(back.statements()).containsExactlyInAnyOrderElementsOf(d.statements());
            assertThat(back.figures()).containsExactlyInAnyOrderElementsOf(d.figures());
            assertThat(back.entities()).hasSize(2);
            assertThat(back.entities().get(0).mentions()).hasSize(3);
            assertThat(back.events()).isEqualTo(d.events());
            assertThat(back.stories()).isEqualTo(d.stories());
            assertThat(back.comparisons()).isEqualTo(d.comparisons());
            assertThat(back.copies()).isEqualTo(d.copies());
            assertThat(back.errors()).isEqualTo(d.errors());
        }
    }

    @Test
    void addingTheSameDossierTwiceAddsNothing() {
        try (Store store = Store.open(dir.resolve("s.duckdb"))) {
            store.add(TestDossiers.small());
            AddReport again = store.add(TestDossiers.small());
            assertThat(again.added()).isEmpty();
            assertThat(again.skipped()).hasSize(3);
            Dossier back = store.dossier(TestDossiers.TOOL);
            assertThat(back.articles()).hasSize(3);
            assertThat(back.events()).hasSize(1);
            assertThat(back.comparisons()).hasSize(1);
            assertThat(back.copies()).hasSize(1);
            assertThat(store.find("in/one.txt", TestDossiers.small().articles().get(0).text())).contains("a1");
        }
    }

    @Test
    void aSecondDossierGetsFreeIdsAndKeepsItsReferences() {
        try (Store store = Store.open(dir.resolve("s.duckdb"))) {
            store.add(TestDossiers.bulk(1, 2, 2));
            AddReport r = store.add(renamed());
            assertThat(r.added()).containsExactly("a1.2");
            assertThat(store.queries().statementsIn("a1.2")).hasSize(2)
                    .allSatisfy(s -> assertThat(s.id()).endsWith(".2"));
        }
    }

    @Test
    void aContinuedStatementKeepsTheIdOfTheOneItGoesOnFromUnderNewIds() {
        try (Store store = Store.open(dir.resolve("s.duckdb"))) {
            store.add(TestDossiers.bulk(1, 2, 2));
            store.add(renamed());
            var stored = store.queries().statementsIn("a1.2");
            assertThat(stored.get(0).continues()).isNull();
            assertThat(stored.get(1).continues()).isEqualTo(stored.get(0).id());
            assertThat(store.dossier(TestDossiers.TOOL).statements()).filteredOn(x -> x.continues() != null)
                    .singleElement().satisfies(x -> assertThat(x.id()).isEqualTo(stored.get(1).id()));
        }
    }

    /** The bulk dossier's article 5 as a second "a1", its second statement going on from its first. */
    private static Dossier renamed() {
        Dossier d = TestDossiers.bulk(5, 1, 2);
        var a = d.articles().get(0).withId("a1");
        String first = d.statements().get(0).id().replace("s5", "s1");
        var ss = d.statements().stream().map(s -> new org.crosscheck.model.Statement(s.id().replace("s5", "s1"),
                "a1", s.start(), s.end(), s.mode(), s.speaker(), s.cue(), s.content(), s.parts(), s.cueClass(),
                s == d.statements().get(0) ? null : first)).toList();
        return new Dossier(d.format(), d.created(), d.tool(), java.util.List.of(a), d.entities(), ss, d.figures(),
                d.copies(), d.events(), d.stories(), d.comparisons(), d.errors());
    }

    @Test
    void aNewEventOverAStoredArticleReportsItAsRegrouped() {
        try (Store store = Store.open(dir.resolve("s.duckdb"))) {
            Dossier small = TestDossiers.small();
            store.add(new Dossier(small.format(), small.created(), small.tool(), small.articles().subList(0, 1),
                    java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of(),
                    java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of()));
            AddReport r = store.add(small);
            assertThat(r.added()).containsExactly("a2", "a3");
            assertThat(r.regrouped()).containsExactly("a1");
        }
    }

    @Test
    void exportsAndImportsParquetAndDossier() throws Exception {
        Path parquet = dir.resolve("pq");
        Path json = dir.resolve("js");
        try (Store store = Store.open(dir.resolve("s.duckdb"))) {
            store.add(TestDossiers.small());
            new Exporter(store).export(Exporter.Format.PARQUET, parquet, TestDossiers.TOOL);
            new Exporter(store).export(Exporter.Format.JSONL, dir.resolve("jl"), TestDossiers.TOOL);
            new Exporter(store).export(Exporter.Format.DOSSIER, json, TestDossiers.TOOL);
        }
        assertThat(dir.resolve("jl/articles.jsonl")).exists();
        try (Store copy = Store.open(dir.resolve("c.duckdb"))) {
            assertThat(new Importer(copy).importFrom(parquet, TestDossiers.TOOL).added()).hasSize(3);
            assertThat(copy.dossier(TestDossiers.TOOL).figures()).hasSize(4);
            assertThat(copy.dossier(TestDossiers.TOOL).articles()).extracting(Article::retrieved)
                    .containsOnly("2026-11-05T06:00:00Z");
        }
        try (Store copy = Store.open(dir.resolve("d.duckdb"))) {
            new Importer(copy).importFrom(json.resolve("dossier.json"), TestDossiers.TOOL);
            assertThat(copy.dossier(TestDossiers.TOOL).events()).isEqualTo(TestDossiers.small().events());
        }
    }

    @Test
    void importsAParquetExportWhoseTablesAreFoldersOfPartFiles() throws Exception {
        Path parquet = dir.resolve("parts");
        Dossier stored;
        try (Store store = Store.open(dir.resolve("p.duckdb"))) {
            store.add(TestDossiers.small());
            new Exporter(store).export(Exporter.Format.PARQUET, parquet, TestDossiers.TOOL);
            stored = store.dossier(TestDossiers.TOOL);
        }
        // each table split into two part files in a folder of its name, beside a marker file, as Spark writes
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement sql = c.createStatement();
             Stream<Path> files = Files.list(parquet)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".parquet")).toList()) {
                Path parts = parquet.resolve(file.getFileName() + ".parts");
                Files.createDirectories(parts);
                for (int part = 0; part < 2; part++) {
                    sql.execute("COPY (SELECT * EXCLUDE (file_row_number) FROM read_parquet('" + file
                            + "', file_row_number = true) WHERE file_row_number % 2 = " + part + ") TO '"
                            + parts.resolve("part-0000" + part + ".parquet") + "' (FORMAT PARQUET)");
                }
                Files.writeString(parts.resolve("_SUCCESS"), "");
                Files.delete(file);
                Files.move(parts, file);
            }
        }
        assertThat(parquet.resolve("articles.parquet")).isDirectory();
        try (Store copy = Store.open(dir.resolve("q.duckdb"))) {
            assertThat(new Importer(copy).importFrom(parquet, TestDossiers.TOOL).added()).hasSize(3);
            Dossier read = copy.dossier(TestDossiers.TOOL);
            assertThat(read.articles()).isEqualTo(stored.articles());
            assertThat(read.entities()).isEqualTo(stored.entities());
            assertThat(read.figures()).isEqualTo(stored.figures());
            assertThat(read.events()).isEqualTo(stored.events());
            assertThat(read.comparisons()).isEqualTo(stored.comparisons());
        }
    }
}
