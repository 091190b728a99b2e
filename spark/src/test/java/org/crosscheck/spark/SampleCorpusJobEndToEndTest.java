package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.crosscheck.Crosscheck;
import org.crosscheck.app.store.Exporter;
import org.crosscheck.app.store.Importer;
import org.crosscheck.app.store.Store;
import org.crosscheck.compare.CompareStage;
import org.crosscheck.compare.StoryParts;
import org.crosscheck.group.CopyCandidates;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.model.Article;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Dossier;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Scope;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.Statement;
import org.crosscheck.pipeline.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on {@code local[2]} over the sample corpus against core's single-machine analysis of the same folder:
 * both go into a store (the job's output through {@code crosscheck import}'s {@link Importer}, core's dossier
 * through {@link Store#add}) and come out with the same articles, entities, statements, figures (with their
 * frames: measure, scope, the figure they restate), copies, events, stories and comparisons (with their
 * quantities), ids aside. Every table has the columns and types of
 * {@code crosscheck export --format parquet}'s file. A second run into the same output writes the same rows.
 */
class SampleCorpusJobEndToEndTest {

    private static final String SAMPLES = Path.of("..", "samples", "articles").toString();
    private static final Dossier.Tool TOOL = new Dossier.Tool("crosscheck", "test");

    @TempDir
    static Path dir;

    private static Corpus coreCorpus;
    private static Dossier core;
    private static Dossier spark;
    private static Map<String, Long> firstCounts;
    private static Map<String, Long> secondCounts;
    private static Dossier again;
    private static Map<String, Long> partCounts;
    private static Dossier parted;
    private static Path exported;

    @BeforeAll
    static void analyse() throws IOException {
        coreCorpus = Crosscheck.pipeline(Ingestor.DEFAULT_MAX_BYTES).run(List.of(SAMPLES), Progress.NONE);
        Dossier analysed = Crosscheck.dossier(coreCorpus);
        try (Store store = Store.open(dir.resolve("core.duckdb"))) {
            store.add(analysed);
            core = store.dossier(TOOL);
        }
        Path out = dir.resolve("out");
        SparkAnalysis job = new SparkAnalysis(LocalSpark.session());
        firstCounts = job.run(JobArgs.parse("--input", SAMPLES, "--output", out.toString()));
        spark = imported(out, "spark.duckdb");
        secondCounts = job.run(JobArgs.parse("--input", SAMPLES, "--output", out.toString()));
        again = imported(out, "again.duckdb");
        Path parts = dir.resolve("parts");
        partCounts = job.run(JobArgs.parse("--input", SAMPLES, "--output", parts.toString(), "--table-parts"));
        parted = imported(parts, "parts.duckdb");
    }

    private static Dossier imported(Path out, String db) throws IOException {
        try (Store store = Store.open(dir.resolve(db))) {
            new Importer(store).importFrom(out, TOOL);
            if (exported == null) {
                exported = dir.resolve("exported");
                new Exporter(store).export(Exporter.Format.PARQUET, exported, TOOL);
            }
            return store.dossier(TOOL);
        }
    }

    /** The columns of a Parquet file as DuckDB reads them: name and type. */
    private static List<String> columns(Path file) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); java.sql.Statement s = c.createStatement();
             ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM read_parquet('" + file.toAbsolutePath() + "')")) {
            while (r.next()) {
                out.add(r.getString("column_name") + " " + r.getString("column_type"));
            }
        }
        return out;
    }

    @Test
    void comparisonsMadeStoryByStoryOnTheExecutorsAreCoresComparisons() {
        List<StoryParts> stories = new ArrayList<>(CompareStage.stories(coreCorpus));
        assertThat(stories).hasSizeGreaterThan(1);
        // handed out in the reverse order: the numbering must come from the ranks, not from the input order
        java.util.Collections.reverse(stories);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());
        List<Comparison> distributed = new ArrayList<>(new CompareStep(3).compare(jsc.parallelize(stories, 2))
                .collect());
        distributed.sort(java.util.Comparator.comparingLong(c -> EntityIds.number(c.id())));
        assertThat(distributed).isNotEmpty().isEqualTo(coreCorpus.comparisons());
    }

    @Test
    void copiesFoundByBandOnTheExecutorsAreCoresWireCopiesAndDuplicates() {
        List<Copy> single = CopyCandidates.find(coreCorpus.articles().stream().map(CopyCandidates::card).toList());
        assertThat(single).isNotEmpty();
        List<Article> reversed = new ArrayList<>(coreCorpus.articles());
        java.util.Collections.reverse(reversed);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());
        List<Copy> distributed = new CopyStep(3).copies(jsc.parallelize(reversed, 2)).collect();
        assertThat(distributed).hasSameSizeAs(single).containsExactlyInAnyOrderElementsOf(single);
    }

    @Test
    void articlesAreThoseOfASingleMachineRun() {
        assertThat(spark.articles()).isNotEmpty().hasSameSizeAs(core.articles());
        assertThat(articles(spark)).isEqualTo(articles(core));
    }

    @Test
    void entitiesAreResolvedAsInASingleMachineRun() {
        assertThat(entities(spark)).isNotEmpty().isEqualTo(entities(core));
    }

    @Test
    void statementsAndFiguresAreThoseOfASingleMachineRun() {
        assertThat(statements(spark)).isNotEmpty().isEqualTo(statements(core));
        assertThat(figures(spark)).isNotEmpty().isEqualTo(figures(core));
    }

    @Test
    void figuresHaveTheirFramesAsInASingleMachineRun() {
        assertThat(spark.figures()).anySatisfy(f -> assertThat(f.measure()).isNotNull());
        assertThat(spark.figures()).anySatisfy(f -> assertThat(f.scope()).isNotNull());
        assertThat(spark.figures().stream().filter(f -> f.aliasOf() != null).count())
                .isEqualTo(core.figures().stream().filter(f -> f.aliasOf() != null).count());
    }

    @Test
    void copiesEventsAndStoriesAreThoseOfASingleMachineRun() {
        assertThat(copies(spark)).isNotEmpty().isEqualTo(copies(core));
        assertThat(events(spark)).isNotEmpty().isEqualTo(events(core));
        assertThat(stories(spark)).isNotEmpty().isEqualTo(stories(core));
    }

    @Test
    void comparisonsAreThoseOfASingleMachineRun() {
        assertThat(comparisons(spark)).isNotEmpty().isEqualTo(comparisons(core));
        assertThat(spark.comparisons()).anySatisfy(c -> assertThat(c.quantity()).isNotNull());
    }

    @Test
    void theOutputIsOneParquetFilePerTable() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted().toList())
                    .isEqualTo(Tables.NAMES.stream().map(t -> t + ".parquet").sorted().toList());
        }
    }

    @Test
    void everyTableHasTheColumnsAndTypesOfAnExport() throws SQLException {
        for (String table : Tables.NAMES) {
            String file = table + ".parquet";
            assertThat(columns(dir.resolve("out").resolve(file))).as(table).isNotEmpty()
                    .isEqualTo(columns(exported.resolve(file)));
        }
    }

    @Test
    void aRerunIntoTheSameOutputWritesTheSameRows() {
        assertThat(secondCounts).isEqualTo(firstCounts);
        assertThat(firstCounts.get("articles")).isEqualTo((long) core.articles().size());
        assertThat(articles(again)).isEqualTo(articles(spark));
        assertThat(entities(again)).isEqualTo(entities(spark));
        assertThat(events(again)).isEqualTo(events(spark));
    }

    @Test
    void tablesWrittenAsFoldersOfPartFilesImportAsTheOneFileTables() {
        assertThat(dir.resolve("parts").resolve("articles.parquet")).isDirectory();
        assertThat(partCounts).isEqualTo(firstCounts);
        assertThat(articles(parted)).isEqualTo(articles(spark));
        assertThat(entities(parted)).isEqualTo(entities(spark));
        assertThat(statements(parted)).isEqualTo(statements(spark));
        assertThat(figures(parted)).isEqualTo(figures(spark));
        assertThat(copies(parted)).isEqualTo(copies(spark));
        assertThat(events(parted)).isEqualTo(events(spark));
        assertThat(stories(parted)).isEqualTo(stories(spark));
        assertThat(comparisons(parted)).isEqualTo(comparisons(spark));
    }

    @Test
    void theModelsLoadOncePerJvm() {
        assertThat(Models.annotatorLoads()).isEqualTo(1);
    }

    // what a record is without its ids: articles by source, entities by name and mentions

    private static Map<String, String> sources(Dossier d) {
        return d.articles().stream().collect(Collectors.toMap(Article::id, Article::source));
    }

    private static Set<String> articles(Dossier d) {
        return d.articles().stream().map(a -> String.join("|", a.source(), a.outlet(), a.url(), a.title(),
                a.published(), a.author(), a.language(), a.text(), a.dateline(), a.retrieved(),
                a.removed().toString(), a.warnings().toString(), a.credits().toString()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, String> entityNames(Dossier d) {
        Map<String, String> out = new HashMap<>();
        d.entities().forEach(e -> out.put(e.id(), e.type() + " " + e.name()));
        return out;
    }

    private static Set<String> entities(Dossier d) {
        Map<String, String> src = sources(d);
        Set<String> out = new TreeSet<>();
        for (Entity e : d.entities()) {
            Set<String> where = new TreeSet<>();
            e.mentions().forEach(m -> where.add(src.get(m.article()) + "@" + m.start() + "-" + m.end()));
            out.add(e.type() + " " + e.name() + " " + new TreeSet<>(e.aliases()) + " " + where);
        }
        return out;
    }

    private static String speaker(Speaker s, Map<String, String> names) {
        return s == null ? "-" : s.text() + "/" + names.get(s.entity());
    }

    private static Map<String, String> statementKeys(Dossier d) {
        Map<String, String> src = sources(d);
        return d.statements().stream().collect(Collectors.toMap(Statement::id,
                s -> src.get(s.article()) + "@" + s.start() + "-" + s.end()));
    }

    private static Set<String> statements(Dossier d) {
        Map<String, String> names = entityNames(d);
        Map<String, String> keys = statementKeys(d);
        return d.statements().stream().map(s -> keys.get(s.id()) + " " + s.mode() + " "
                + speaker(s.speaker(), names) + " " + s.cue() + " " + s.content())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, String> figureKeys(Dossier d) {
        Map<String, String> src = sources(d);
        return d.figures().stream().collect(Collectors.toMap(Figure::id,
                f -> src.get(f.article()) + "@" + f.start() + "-" + f.end()));
    }

    /** A scope with its entity by name, not id. */
    private static String scope(Scope s, Map<String, String> names) {
        return s == null ? "-" : String.join("/", s.place(), names.get(s.entity()), s.time(), s.date(),
                String.valueOf(s.cumulative()));
    }

    private static Set<String> figures(Dossier d) {
        Map<String, String> names = entityNames(d);
        Map<String, String> keys = figureKeys(d);
        Map<String, String> statements = statementKeys(d);
        return d.figures().stream().map(f -> String.join(" ", keys.get(f.id()), f.kind(), String.valueOf(f.value()),
                String.valueOf(f.low()), String.valueOf(f.high()), f.hedge(), f.unit(), f.counted(), f.place(),
                f.time(), speaker(f.claimant(), names), String.valueOf(statements.get(f.statement())),
                String.valueOf(f.measure()), scope(f.scope(), names), String.valueOf(keys.get(f.aliasOf()))))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> copies(Dossier d) {
        Map<String, String> src = sources(d);
        return d.copies().stream().map(c -> src.get(c.article()) + " " + c.relation() + " " + src.get(c.of()) + " "
                + c.score()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String event(Event e, Map<String, String> src) {
        List<String> summary = new ArrayList<>();
        e.summary().forEach(s -> summary.add(src.get(s.article()) + "@" + s.start() + "-" + s.end() + " " + s.text()));
        return e.title() + " " + new TreeSet<>(e.articles().stream().map(src::get).toList()) + " " + summary;
    }

    private static Set<String> events(Dossier d) {
        Map<String, String> src = sources(d);
        return d.events().stream().map(e -> event(e, src)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> stories(Dossier d) {
        Map<String, String> src = sources(d);
        Map<String, Event> byId = d.events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
        return d.stories().stream().map(s -> s.title() + " " + new TreeSet<>(s.events().stream()
                .map(e -> event(byId.get(e), src)).toList())).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> comparisons(Dossier d) {
        Map<String, String> names = entityNames(d);
        Map<String, String> figures = figureKeys(d);
        Map<String, String> statements = statementKeys(d);
        Set<String> out = new TreeSet<>();
        for (Comparison c : d.comparisons()) {
            Quantity q = c.quantity();
            out.add(String.join(" ", c.topic(), c.kind(), c.verdict(), String.valueOf(c.note()),
                    new TreeSet<>(c.figures().stream().map(figures::get).toList()).toString(),
                    new TreeSet<>(c.statements().stream().map(statements::get).toList()).toString(),
                    q == null ? "-" : q.measure() + " " + scope(q.scope(), names)));
        }
        return out;
    }
}
