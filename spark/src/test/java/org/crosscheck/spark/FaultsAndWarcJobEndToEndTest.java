package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.crosscheck.Crosscheck;
import org.crosscheck.app.store.Importer;
import org.crosscheck.app.store.Store;
import org.crosscheck.ingest.Ingestor;
import org.crosscheck.model.Article;
import org.crosscheck.model.Dossier;
import org.crosscheck.model.SourceError;
import org.crosscheck.pipeline.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Broken inputs and a WARC archive: a bad JSON Lines record, a file that is no archive, an empty file, an
 * unsupported file named on the command line and a missing input each become an error row, the job still
 * writes every table, and the good documents (a text file, the good record, the archive's page) are articles;
 * articles and errors are those of core's single-machine analysis of the same inputs.
 */
class FaultsAndWarcJobEndToEndTest {

    private static final Dossier.Tool TOOL = new Dossier.Tool("crosscheck", "test");

    @TempDir
    static Path dir;

    private static Dossier spark;
    private static Dossier core;
    private static Map<String, Long> counts;

    @BeforeAll
    static void analyse() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("..", "samples", "articles", "2026-11-03_mpa_dam-breach.txt"), in.resolve("good.txt"));
        Files.writeString(in.resolve("records.jsonl"), "{\"id\": \"r1\", \"outlet\": \"Lakeside Daily\", \"text\": "
                + "\"The ferry resumed service on Tuesday after the storm, the port authority said.\"}\n"
                + "{not json\n");
        Files.writeString(in.resolve("broken.warc.gz"), "this is not an archive");
        Files.writeString(in.resolve("empty.txt"), "");
        writeArchive(in.resolve("crawl.warc.gz"));
        Path pdf = Files.writeString(dir.resolve("notes.pdf"), "%PDF-1.4");
        List<String> inputs = List.of(in.toString(), pdf.toString(), dir.resolve("missing").toString());

        Dossier analysed = Crosscheck.dossier(Crosscheck.pipeline(Ingestor.DEFAULT_MAX_BYTES)
                .run(inputs, Progress.NONE));
        try (Store store = Store.open(dir.resolve("core.duckdb"))) {
            store.add(analysed);
            core = store.dossier(TOOL);
        }
        Path out = dir.resolve("out");
        String[] args = new String[inputs.size() + 3];
        args[0] = "--input";
        for (int i = 0; i < inputs.size(); i++) {
            args[i + 1] = inputs.get(i);
        }
        args[inputs.size() + 1] = "--output";
        args[inputs.size() + 2] = out.toString();
        counts = new SparkAnalysis(LocalSpark.session()).run(JobArgs.parse(args));
        try (Store store = Store.open(dir.resolve("spark.duckdb"))) {
            new Importer(store).importFrom(out, TOOL);
            spark = store.dossier(TOOL);
        }
    }

    private static void writeArchive(Path file) throws IOException {
        String page = "<html><head><title>Bridge reopens</title></head><body><p>The bridge over the Velm river "
                + "reopened on Monday after repairs that took three months, officials said.</p><p>Traffic was "
                + "light in the morning.</p></body></html>";
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE,
                StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"),
                    page.getBytes(StandardCharsets.UTF_8)).build();
            writer.write(new WarcResponse.Builder(URI.create("https://news.example/bridge"))
                    .date(Instant.parse("2026-11-20T10:00:00Z")).body(http).build());
        }
    }

    private static Set<String> errors(Dossier d) {
        return d.errors().stream().map(e -> e.source() + ": " + e.message())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> sources(Dossier d) {
        return d.articles().stream().map(Article::source).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyBrokenInputIsAnErrorRow() {
        assertThat(spark.errors()).extracting(SourceError::source).anySatisfy(s -> assertThat(s).endsWith(
                "records.jsonl#2")).anySatisfy(s -> assertThat(s).endsWith("broken.warc.gz"))
                .anySatisfy(s -> assertThat(s).endsWith("empty.txt")).anySatisfy(s -> assertThat(s).endsWith(
                        "notes.pdf")).anySatisfy(s -> assertThat(s).endsWith("missing"));
        assertThat(counts.get("errors")).isEqualTo(spark.errors().size());
    }

    @Test
    void errorsAreThoseOfASingleMachineRun() {
        assertThat(errors(spark)).isEqualTo(errors(core));
    }

    @Test
    void theGoodDocumentsAreArticlesIncludingTheArchivedPage() {
        assertThat(sources(spark)).hasSize(3).isEqualTo(sources(core))
                .anySatisfy(s -> assertThat(s).contains("crawl.warc.gz#urn:uuid:"));
        Article page = spark.articles().stream().filter(a -> a.source().contains("crawl.warc.gz")).findFirst()
                .orElseThrow();
        assertThat(page.url()).isEqualTo("https://news.example/bridge");
        assertThat(page.text()).contains("The bridge over the Velm river reopened");
        assertThat(page.retrieved()).isEqualTo("2026-11-20T10:00:00Z");
    }

    @Test
    void everyTableIsWrittenEvenWhenInputsFail() {
        assertThat(counts.keySet()).containsExactlyElementsOf(Tables.NAMES);
        assertThat(Files.isRegularFile(dir.resolve("out").resolve("errors.parquet"))).isTrue();
    }
}
