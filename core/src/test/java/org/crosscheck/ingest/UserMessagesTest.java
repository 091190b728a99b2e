package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.crosscheck.model.SourceError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every error a broken input gives says what is wrong in the user's terms, never a library's text. */
class UserMessagesTest {

    /** What library text looks like: exception names, parser internals, Jackson's location notes. */
    static final Pattern LIBRARY_TEXT = Pattern.compile("Exception|Source: |REDACTED|StreamRead|No value present"
            + "|<-- HERE|\\(code \\d+\\)|`|\\b(org|com|java)\\.[a-z]+\\.|Invalid document|Error on line"
            + "|end-of-input|JDOM|SAX|Jackson|ROME");

    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();

    private static final String WARC_HEAD = "WARC/1.0\r\nWARC-Type: resource\r\n"
            + "WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789012>\r\n";

    @Test
    void brokenInputsOfEveryKindGetErrorsInTheUsersTermsWithTheFileAndRecord() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("array.json", utf8("[{\"text\": \"a\"}, {\"text\": "));
        files.put("object.json", utf8("{\"text\": \"a\", "));
        files.put("deep.jsonl", utf8("{\"text\": " + "[".repeat(1500) + "\n"));
        files.put("lines.jsonl", utf8("{not json}\n{\"text\": NaN}\n{\"text\": \"a\tb\"}\n{\"text\": "
                + "1".repeat(2000) + "}\n"));
        files.put("cut.rss", utf8("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>x</title><item>"));
        files.put("page.rss", utf8("<?xml version=\"1.0\"?><html><body>x</body></html>"));
        files.put("junk.atom", utf8("hello world"));
        files.put("zeros.warc.gz", gzip(new byte[1 << 20]));
        files.put("cut.warc.gz", new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
        files.put("nodate.warc", utf8(WARC_HEAD + "Content-Type: text/html\r\nContent-Length: 12\r\n\r\n"
                + "<p>hello</p>\r\n\r\n"));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }
        Ingestor ingestor = Ingestor.standard(1 << 20);
        for (Path f : ingestor.expand(List.of(dir.toString()), sink.errors)) {
            ingestor.read(f, sink);
        }

        assertThat(sink.errors).hasSizeGreaterThanOrEqualTo(files.size()).allSatisfy(e -> {
            assertThat(e.message()).doesNotContainPattern(LIBRARY_TEXT).doesNotContain("\n");
            assertThat(e.source()).startsWith(dir.toString());
        });
        assertThat(messages()).contains(
                "array.json: not valid JSON: it breaks off before the record ends (at line 1, column 26)",
                "object.json#1: line 1 is not valid JSON: it breaks off before the record ends (at column 15)",
                "deep.jsonl#1: line 1 is not valid JSON: it is nested too deeply, or holds a number, string or name"
                        + " too long to read",
                "lines.jsonl#1: line 1 is not valid JSON: unexpected character 'n' (at column 2)",
                "lines.jsonl#2: line 2 is not valid JSON: 'NaN' is not a number JSON allows (at column 13)",
                "cut.rss: not a valid RSS or Atom feed: the XML is cut short or malformed at line 2, column 51",
                "page.rss: not an RSS or Atom feed (the XML's root element is <html>, not <rss>, <feed> or"
                        + " <rdf:RDF>)",
                "zeros.warc.gz: not a readable WARC archive: a record is malformed at byte 0",
                "nodate.warc#urn:uuid:12345678-1234-1234-1234-123456789012: record could not be read: the record"
                        + " lacks a header the format requires (such as WARC-Date or WARC-Record-ID)");
        assertThat(messages()).anySatisfy(m -> assertThat(m).startsWith("lines.jsonl#3: line 3 is not valid JSON: "
                + "a control character"));
        assertThat(messages()).anySatisfy(m -> assertThat(m).startsWith("lines.jsonl#4: line 4 is not valid JSON: "
                + "it is nested too deeply, or holds a number"));
    }

    @Test
    void aReaderThatFailsUnexpectedlyIsAFaultOfCrosscheckNamedForTheFileWithoutItsText() throws IOException {
        Path file = dir.resolve("a.txt");
        Files.writeString(file, "text");
        SourceReader broken = new SourceReader() {
            @Override
            public boolean accepts(Input f) {
                return true;
            }

            @Override
            public void read(Input f, String source, DocumentSink s) {
                throw new java.util.NoSuchElementException("No value present");
            }
        };
        new Ingestor(List.of(broken)).read(file, sink);
        assertThat(sink.errors).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(file.toString());
            assertThat(e.message()).startsWith("could not be read because of a fault in Crosscheck")
                    .contains("the rest of the run went on", SourceError.DEBUG_VARIABLE)
                    .doesNotContainPattern(LIBRARY_TEXT);
        });
    }

    private List<String> messages() {
        return sink.errors.stream().map(e -> dir.relativize(Path.of(e.source().replaceFirst("#.*", "")))
                + (e.source().contains("#") ? e.source().substring(e.source().indexOf('#')) : "") + ": "
                + e.message()).toList();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        }
        return out.toByteArray();
    }
}
