package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.model.RawDocument;
import org.crosscheck.model.SourceError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {

    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();
    private final List<RawDocument> docs = sink.docs;
    private final List<SourceError> errors = sink.errors;

    private void readAll(Ingestor ingestor) {
        for (Path f : ingestor.expand(List.of(dir.toString()), errors)) {
            ingestor.read(f, sink);
        }
    }

    @Test
    void readsJsonLinesWithIdsAndReportsBadLines() throws IOException {
        Files.writeString(dir.resolve("feed.jsonl"), """
                {"id": "x1", "title": "One", "outlet": "Example Daily", "published": "2026-01-02", "text": "Body one."}
                {"html": "<p>Body two.</p>", "retrieved": "2026-01-03T10:15:30.5+01:00"}
                {not json
                {"id": "x4", "title": "no text"}
                """);
        readAll(Ingestor.standard(1 << 20));
        assertThat(docs).extracting(RawDocument::source)
                .containsExactly(dir.resolve("feed.jsonl") + "#x1", dir.resolve("feed.jsonl") + "#2");
        assertThat(docs.get(0).hints().outlet()).isEqualTo("Example Daily");
        assertThat(docs.get(1).format()).isEqualTo(RawDocument.Format.HTML);
        // a retrieval time is kept as an instant; one that is not a date-time is left out
        assertThat(docs.get(1).hints().retrieved()).isEqualTo("2026-01-03T09:15:30Z");
        assertThat(JsonLinesReader.instant("yesterday")).isNull();
        assertThat(JsonLinesReader.instant("2026-01-03")).isNull();
        assertThat(errors).extracting(SourceError::source)
                .containsExactly(dir.resolve("feed.jsonl") + "#3", dir.resolve("feed.jsonl") + "#x4");
        assertThat(errors.get(0).message()).contains("line 3 is not valid JSON");
    }

    @Test
    void walksFoldersInOrderSkippingHiddenAndUnknownFiles() throws IOException {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("b.txt"), "Text b.");
        Files.writeString(dir.resolve("sub/a.html"), "<p>Text a.</p>");
        Files.writeString(dir.resolve(".hidden.txt"), "hidden");
        Files.writeString(dir.resolve("notes.md"), "not an article");
        readAll(Ingestor.standard(1 << 20));
        assertThat(docs).extracting(d -> Path.of(d.source()).getFileName().toString())
                .containsExactly("b.txt", "a.html");
        assertThat(errors).isEmpty();
    }

    @Test
    void reportsEmptyBinaryAndTooLargeFilesAndGoesOn() throws IOException {
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("image.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Files.writeString(dir.resolve("huge.txt"), "x".repeat(2000));
        Files.writeString(dir.resolve("ok.txt"), "A short text.");
        readAll(Ingestor.standard(1000));
        assertThat(docs).hasSize(1);
        assertThat(errors).extracting(SourceError::message)
                .containsExactlyInAnyOrder("empty file", "binary content, not text",
                        "file too large (2,000 bytes; the limit is 1,000)");
    }

    @Test
    void reportsAMissingInput() {
        Ingestor ingestor = Ingestor.standard(1000);
        assertThat(ingestor.expand(List.of(dir.resolve("nope").toString()), errors)).isEmpty();
        assertThat(errors).singleElement().extracting(SourceError::message).isEqualTo("no such file or folder");
    }

    @Test
    void readsAPrettyPrintedJsonObjectAsOneArticle() throws IOException {
        Files.writeString(dir.resolve("one.json"), "{\n  \"id\": \"k9\",\n  \"text\": \"Body.\"\n}\n");
        readAll(Ingestor.standard(1 << 20));
        assertThat(docs).singleElement().extracting(RawDocument::source).isEqualTo(dir.resolve("one.json") + "#k9");
        assertThat(errors).isEmpty();
    }
}
