package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Article;
import org.crosscheck.model.Dossier;
import org.crosscheck.report.ContractCheck;
import org.crosscheck.report.DossierJson;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the command line over the bundled sample corpus plus a broken file, and checks the dossier. */
class SampleCorpusEndToEndTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    static Path dir;

    private static Dossier dossier;
    private static JsonNode expected;
    private static int exitCode;
    private static final StringWriter ERR = new StringWriter();

    @BeforeAll
    static void analyse() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        try (var files = Files.list(SAMPLES.resolve("articles"))) {
            for (Path f : files.toList()) {
                Files.copy(f, in.resolve(f.getFileName()));
            }
        }
        Files.write(in.resolve("broken.html"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 0x10, 'J', 'F', 'I', 'F'});
        exitCode = Main.run(new PrintWriter(new StringWriter(), true), new PrintWriter(ERR, true), "analyze",
                in.toString(), "--out", dir.resolve("out").toString(), "--quiet");
        dossier = DossierJson.read(dir.resolve("out/dossier.json"));
        expected = new ObjectMapper().readTree(SAMPLES.resolve("expected.json").toFile());
    }

    private static Article article(String name) {
        return dossier.articles().stream().filter(a -> a.source().endsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no article for " + name));
    }

    @Test
    void keepsTheContract() {
        assertThat(ContractCheck.problems(dossier)).isEmpty();
        assertThat(Files.exists(dir.resolve("out/dossier.md"))).isTrue();
        assertThat(Files.exists(dir.resolve("out/dossier.html"))).isTrue();
    }

    @Test
    void reportsTheBrokenFileAndAnalysesTheRest() {
        assertThat(exitCode).isEqualTo(1);
        assertThat(dossier.errors()).singleElement().satisfies(e -> {
            assertThat(e.source()).endsWith("broken.html");
            assertThat(e.message()).contains("binary");
        });
        assertThat(ERR.toString()).contains("broken.html").doesNotContain("Exception");
        assertThat(dossier.articles()).hasSize(expected.get("documents").size());
    }

    @Test
    void cleansEachArticleAsExpected() {
        for (Map.Entry<String, JsonNode> doc : expected.get("documents").properties()) {
            Article a = article(doc.getKey());
            JsonNode want = doc.getValue();
            assertThat(a.title()).as(doc.getKey()).isEqualTo(want.get("title").asText());
            if (want.has("outlet")) {
                assertThat(a.outlet()).as(doc.getKey()).isEqualTo(want.get("outlet").asText());
            }
            if (want.has("author")) {
                assertThat(a.author()).as(doc.getKey()).isEqualTo(want.get("author").asText());
            }
            if (want.has("published")) {
                assertThat(a.published()).as(doc.getKey()).startsWith(want.get("published").asText());
            }
            if (want.has("language")) {
                assertThat(a.language()).as(doc.getKey()).isEqualTo(want.get("language").asText());
            }
            if (want.has("dateline")) {
                assertThat(a.dateline()).as(doc.getKey()).isEqualTo(want.get("dateline").asText());
            }
            want.get("keep").forEach(s -> assertThat(a.text()).as(doc.getKey()).contains(s.asText()));
            want.get("drop").forEach(s -> {
                assertThat(a.text()).as(doc.getKey()).doesNotContain(s.asText());
                assertThat(a.removed()).as(doc.getKey() + ": removal of " + s.asText())
                        .anyMatch(r -> r.text().contains(s.asText()));
            });
        }
    }

    @Test
    void decodesTheWindows1252File() {
        assertThat(article("2026-11-05_brushfire_relief-groups.txt").text()).contains("“The government counts");
    }

    @Test
    void findsTheWireCopiesAndTheRewriteWithTheAgencyAsOriginal() {
        for (JsonNode expectedCopy : expected.get("copies")) {
            String copy = article(expectedCopy.get("article").asText()).id();
            String original = article(expectedCopy.get("of").asText()).id();
            String relation = expectedCopy.get("relation").asText();
            assertThat(dossier.copies()).as(expectedCopy.toString())
                    .anyMatch(c -> c.article().equals(copy) && c.of().equals(original) && c.relation().equals(relation));
        }
    }

    @Test
    void groupsTheArticlesIntoTheExpectedEvents() {
        for (JsonNode expectedEvent : expected.get("events")) {
            List<String> ids = new ArrayList<>();
            expectedEvent.forEach(doc -> ids.add(article(doc.asText()).id()));
            assertThat(dossier.events()).as(expectedEvent.toString())
                    .anyMatch(e -> e.articles().size() == ids.size() && e.articles().containsAll(ids));
        }
    }

    @Test
    void everyEventHasACitedSummaryAndComparisonsNameTheirMembers() {
        assertThat(dossier.events()).isNotEmpty().allSatisfy(e -> assertThat(e.summary()).isNotEmpty());
        assertThat(dossier.comparisons()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.figures().size() + c.statements().size()).isPositive());
        assertThat(dossier.comparisons()).anyMatch(c -> c.verdict().equals("differ") || c.verdict().equals("changed"));
    }

    @Test
    void theMarkdownCountsWireCopiesAsOneSource() throws IOException {
        String wire = article("2026-11-03_mpa_dam-breach.txt").id();
        String copy = article("2026-11-03_valley-courier_dam-breach.txt").id();
        assertThat(dossier.events()).anyMatch(e -> e.articles().contains(wire) && e.articles().contains(copy));
        // eight articles: three wire copies of one report, a rewrite and a French translation of it are one source,
        // three others
        assertThat(Files.readString(dir.resolve("out/dossier.md"))).contains("4 independent sources — 8 article(s)");
    }
}
