package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosscheck.app.search.SearchIndex;
import org.crosscheck.app.store.Store;
import org.crosscheck.app.web.Browsers;
import org.crosscheck.app.web.WebServer;
import org.crosscheck.model.Article;
import org.crosscheck.model.Dossier;
import org.crosscheck.model.Event;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Analyses the sample corpus into one store in two halves and into another in one run: the second
 * half regroups the stored articles with the new ones, so events, stories, copies and entities equal
 * those of the single run; analysing a folder again analyses nothing.
 */
class IncrementalAnalyzeEndToEndTest {

    private static final Path SAMPLES = Path.of("..", "samples", "articles");
    private static final Dossier.Tool TOOL = new Dossier.Tool("crosscheck", "test");

    @TempDir
    static Path dir;

    private static Dossier whole;
    private static Dossier firstHalf;
    private static Dossier halves;
    private static String again;

    @BeforeAll
    static void analyse() throws IOException {
        List<Path> files;
        try (var list = Files.list(SAMPLES)) {
            files = list.sorted().toList();
        }
        Path all = copy(files, "all");
        Path first = copy(files.subList(0, 6), "first");
        Path second = copy(files.subList(6, files.size()), "second");
        whole = analyse(all, "whole.duckdb", "o1");
        firstHalf = analyse(first, "halves.duckdb", "o2");
        halves = analyse(second, "halves.duckdb", "o3");
        StringWriter out = new StringWriter();
        Main.run(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "analyze", second.toString(),
                "--out", dir.resolve("o4").toString(), "-q", "--db", dir.resolve("halves.duckdb").toString());
        again = out.toString();
    }

    private static Path copy(List<Path> files, String name) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        for (Path f : files) {
            Files.copy(f, folder.resolve(f.getFileName()));
        }
        return folder;
    }

    private static Dossier analyse(Path in, String db, String out) {
        int code = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true),
                "analyze", in.toString(), "--out", dir.resolve(out).toString(), "-q", "--db",
                dir.resolve(db).toString());
        assertThat(code).isZero();
        try (Store store = Store.open(dir.resolve(db))) {
            assertThat(store.groupsStale()).isFalse();
            return store.dossier(TOOL);
        }
    }

    /** An article's file name (and record key): the folders differ between the runs. */
    private static Map<String, String> names(Dossier d) {
        return d.articles().stream().collect(Collectors.toMap(Article::id,
                a -> Path.of(a.source()).getFileName().toString()));
    }

    private static Set<String> events(Dossier d) {
        Map<String, String> names = names(d);
        return d.events().stream().map(e -> new TreeSet<>(e.articles().stream().map(names::get).toList()).toString())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> stories(Dossier d) {
        Map<String, String> names = names(d);
        Map<String, Event> byId = d.events().stream().collect(Collectors.toMap(Event::id, Function.identity()));
        Set<String> out = new TreeSet<>();
        d.stories().forEach(s -> out.add(new TreeSet<>(s.events().stream().flatMap(e -> byId.get(e).articles()
                .stream()).map(names::get).toList()).toString()));
        return out;
    }

    private static Set<String> copies(Dossier d) {
        Map<String, String> names = names(d);
        return d.copies().stream().map(c -> names.get(c.article()) + " " + c.relation() + " " + names.get(c.of()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> entities(Dossier d) {
        Map<String, String> names = names(d);
        Set<String> out = new TreeSet<>();
        d.entities().forEach(e -> {
            List<String> where = new ArrayList<>();
            e.mentions().forEach(m -> where.add(names.get(m.article()) + "@" + m.start()));
            out.add(e.type() + " " + e.name() + " " + new TreeSet<>(where));
        });
        return out;
    }

    @Test
    void twoHalvesGroupLikeOneRun() {
        assertThat(halves.articles()).hasSameSizeAs(whole.articles());
        assertThat(events(halves)).isEqualTo(events(whole)).isNotEmpty();
        assertThat(stories(halves)).isEqualTo(stories(whole));
        assertThat(copies(halves)).isEqualTo(copies(whole));
    }

    @Test
    void entitiesAreResolvedAcrossRuns() {
        assertThat(entities(halves)).isEqualTo(entities(whole));
    }

    @Test
    void comparisonsCoverBothHalves() {
        assertThat(halves.comparisons()).hasSameSizeAs(whole.comparisons());
    }

    @Test
    void anEventKeepsItsIdWhenTheSecondHalfJoinsIt() {
        // the wire story's event after the first half continues, under its id, after the second half
        String before = eventIdOf(firstHalf, "mpa_dam-breach");
        String after = eventIdOf(halves, "mpa_dam-breach");
        assertThat(after).isEqualTo(before);
        assertThat(halves.events().stream().filter(e -> e.id().equals(after)).findFirst().orElseThrow().articles())
                .hasSizeGreaterThan(firstHalf.events().stream().filter(e -> e.id().equals(before)).findFirst()
                        .orElseThrow().articles().size());
    }

    private static String eventIdOf(Dossier d, String sourcePart) {
        Map<String, String> names = names(d);
        return d.events().stream().filter(e -> e.articles().stream().anyMatch(a -> names.get(a).contains(sourcePart)))
                .map(Event::id).findFirst().orElseThrow();
    }

    @Test
    void theWebUiShowsAnEventWhoseArticlesCameInTwoRuns() throws Exception {
        assumeTrue(Browsers.available(), "Chromium is not installed");
        Event joined = halves.events().stream().filter(e -> runsOf(e).size() == 2).findFirst().orElseThrow();
        WebDriver browser = Browsers.start(dir.resolve("profile"));
        try (Store store = Store.open(dir.resolve("halves.duckdb")); SearchIndex index = SearchIndex.open(store);
             WebServer server = WebServer.start(store, index, "127.0.0.1", 0)) {
            browser.get("http://127.0.0.1:" + server.port() + "/");
            browser.findElement(By.cssSelector("a[href='/events/" + joined.id() + "']")).click();
            String sources = browser.findElement(By.cssSelector("ul.sources")).getText();
            for (String run : List.of("first", "second")) {
                Article one = halves.articles().stream().filter(a -> joined.articles().contains(a.id())
                        && a.source().startsWith(dir.resolve(run).toString())).findFirst().orElseThrow();
                assertThat(sources).contains(one.title());
            }
        } finally {
            browser.quit();
        }
    }

    /** The input folders (one per run) of an event's articles. */
    private static Set<String> runsOf(Event e) {
        Map<String, String> sources = halves.articles().stream().collect(Collectors.toMap(Article::id,
                Article::source));
        return e.articles().stream().map(a -> Path.of(sources.get(a).replaceAll("#.*", "")).getParent().toString())
                .collect(Collectors.toSet());
    }

    @Test
    void analysingAgainAnalysesNothing() {
        long secondRun = halves.articles().stream()
                .filter(a -> a.source().startsWith(dir.resolve("second").toString())).count();
        assertThat(secondRun).isPositive();
        assertThat(again).contains("0 article(s) analysed, " + secondRun + " already stored")
                .contains("nothing new to group");
    }
}
