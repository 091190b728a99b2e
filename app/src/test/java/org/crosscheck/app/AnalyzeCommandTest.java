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
}
