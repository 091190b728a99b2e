package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalyzeCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path input() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("one.txt"), "Bridge reopens\nThe bridge over the river reopened on Monday, "
                + "officials said, after two weeks of repairs that cost the town about $2 million.");
        return in;
    }

    @Test
    void analysesAFolderAndWritesTheThreeFiles() throws IOException {
        Path in = input();
        assertThat(run("analyze", in.toString(), "--out", dir.resolve("out").toString(), "-q")).isZero();
        assertThat(dir.resolve("out/dossier.json")).exists();
        assertThat(dir.resolve("out/dossier.md")).exists();
        assertThat(dir.resolve("out/dossier.html")).exists();
        assertThat(out.toString()).contains("articles").contains("dossier.json");
    }

    @Test
    void aBrokenInputExitsOneNamesTheFileAndTheRunGoesOn() throws IOException {
        Path in = input();
        Files.write(in.resolve("broken.txt"), new byte[] {0, 1, 2, 3});
        assertThat(run("analyze", in.toString(), "--out", dir.resolve("out").toString(), "-q")).isEqualTo(1);
        assertThat(err.toString()).contains("broken.txt").contains("binary").doesNotContain("Exception");
        assertThat(Files.readString(dir.resolve("out/dossier.json"))).contains("one.txt");
    }

    @Test
    void aFileNameWithControlCharactersStillPrintsAsOneErrorLine() throws IOException {
        Path in = input();
        Files.writeString(in.resolve("bad\nname.txt"), "");
        Files.writeString(in.resolve("red\u001b[31m.txt"), "");
        assertThat(run("analyze", in.toString(), "--out", dir.resolve("out").toString(), "-q")).isEqualTo(1);
        assertThat(err.toString().lines().toList()).hasSize(2).allSatisfy(l -> assertThat(l).startsWith("error: "))
                .anySatisfy(l -> assertThat(l).endsWith("bad\\nname.txt: empty file"))
                .anySatisfy(l -> assertThat(l).endsWith("red\\u001b[31m.txt: empty file"));
        assertThat(err.toString()).doesNotContain("\u001b");
    }

    @Test
    void refusesANonEmptyOutputFolderWithoutForce() throws IOException {
        Path in = input();
        Path outDir = Files.createDirectories(dir.resolve("out"));
        Files.writeString(outDir.resolve("keep.txt"), "mine");
        assertThat(run("analyze", in.toString(), "--out", outDir.toString(), "-q")).isEqualTo(2);
        assertThat(err.toString()).contains("--force");
        assertThat(run("analyze", in.toString(), "--out", outDir.toString(), "-q", "--force")).isZero();
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("analyze")).isEqualTo(2);
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(run("analyze", "--help")).isZero();
        assertThat(out.toString()).contains("--out");
    }

    @Test
    void textOverTheArticleCapIsKeptInTheDossierButAnalysedOnlyUpToIt() throws IOException {
        Path in = Files.createDirectories(dir.resolve("long"));
        StringBuilder text = new StringBuilder("Council report\n\n");
        for (int i = 1; i <= 40; i++) {
            text.append("In paragraph ").append(i).append(" the council said the bridge would cost $").append(i)
                    .append(" million.\n\n");
        }
        Files.writeString(in.resolve("long.txt"), text);
        assertThat(run("analyze", in.toString(), "--out", dir.resolve("out").toString(), "-q",
                "--max-article-chars", "500", "--article-seconds", "30")).isZero();
        String dossier = Files.readString(dir.resolve("out/dossier.json"));
        assertThat(dossier).contains("over the 500 analysed per article").contains("In paragraph 40 the council");
        // figures are found only in the analysed part: some are, none past the cap
        com.fasterxml.jackson.databind.JsonNode figures = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(dossier).get("figures");
        assertThat(figures).isNotEmpty().allSatisfy(f -> assertThat(f.get("end").asInt()).isLessThanOrEqualTo(500));
        assertThat(run("analyze", in.toString(), "--out", dir.resolve("out2").toString(), "-q",
                "--max-article-chars", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("must be positive");
    }

    @Test
    void aBillionLaughsFeedIsOneErrorLineAndTheOtherFilesAreAnalysed() throws IOException {
        Path in = input();
        StringBuilder entities = new StringBuilder("<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"")
                    .append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        Files.writeString(in.resolve("feed.rss"), "<?xml version=\"1.0\"?><!DOCTYPE rss [" + entities + "]>"
                + "<rss version=\"2.0\"><channel><title>&lol9;</title><item><title>&lol9;</title>"
                + "<description>&lol9;</description></item></channel></rss>");
        long start = System.nanoTime();
        assertThat(run("analyze", in.toString(), "--out", dir.resolve("out").toString(), "-q")).isEqualTo(1);
        assertThat((System.nanoTime() - start) / 1_000_000_000).as("seconds").isLessThan(120);
        assertThat(err.toString().lines().filter(l -> l.contains("feed.rss")).toList()).containsExactly(
                "error: " + in.resolve("feed.rss") + ": the feed declares XML entities, which are refused for safety");
        assertThat(Files.readString(dir.resolve("out/dossier.json"))).contains("one.txt");
    }
}
