package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.crosscheck.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcRevisit;
import org.netpreserve.jwarc.WarcWriter;

class WarcFileReaderTest {

    private static final String PAGE = "<html><head><title>Bridge reopens</title></head><body><p>The bridge "
            + "reopened on Monday, officials said.</p></body></html>";

    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();
    private final WarcFileReader reader = new WarcFileReader(1 << 20, new FeedDocuments(null));

    @Test
    void readsHtmlResponsesAndCountsWhatItSkips() throws IOException, InputException {
        Path warc = dir.resolve("crawl.warc.gz");
        writeArchive(warc, WarcCompression.GZIP);
        reader.read(warc, "crawl.warc.gz", sink);

        assertThat(sink.docs).hasSize(3);
        RawDocument first = sink.docs.get(0);
        assertThat(first.source()).startsWith("crawl.warc.gz#urn:uuid:");
        // where and when the page was captured: fallbacks that the page's own canonical URL and date override
        assertThat(first.fallback().url()).isEqualTo("https://news.example/bridge");
        assertThat(first.fallback().retrieved()).isEqualTo("2026-11-20T10:00:00Z");
        assertThat(first.hints().url()).isNull();
        assertThat(first.fallback().published()).isNull();
        assertThat(first.hints().id()).isEqualTo(first.source().substring("crawl.warc.gz#".length()));
        assertThat(first.format()).isEqualTo(RawDocument.Format.HTML);
        assertThat(first.content()).contains("The bridge reopened");
        assertThat(sink.docs.get(1).content()).contains("Мост открыт"); // windows-1251 from the HTTP header
        assertThat(sink.docs.get(2).fallback().url()).isEqualTo("https://news.example/resource");
        assertThat(sink.errors).isEmpty();
        assertThat(sink.notes).singleElement().asString()
                .contains("3 HTML pages read", "1 not HTML", "1 revisit records", "1 HTTP error responses",
                        "1 redirects");
    }

    @Test
    void readsUncompressedArchives() throws IOException, InputException {
        Path warc = dir.resolve("crawl.warc");
        writeArchive(warc, WarcCompression.NONE);
        reader.read(warc, "crawl.warc", sink);
        assertThat(sink.docs).hasSize(3);
    }

    @Test
    void truncatedGzipKeepsTheRecordsBeforeAndSaysWhere() throws IOException, InputException {
        Path whole = dir.resolve("whole.warc.gz");
        writeArchive(whole, WarcCompression.GZIP);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.warc.gz");
        Files.write(cut, Arrays.copyOf(bytes, bytes.length * 2 / 3));
        reader.read(cut, "cut.warc.gz", sink);
        assertThat(sink.docs).isNotEmpty();
        assertThat(sink.errors).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("cut.warc.gz");
            assertThat(e.message()).startsWith("archive is cut short or corrupt after");
        });
    }

    @Test
    void anArchiveOfNotModifiedAnswersIsNoError() throws IOException, InputException {
        Path warc = dir.resolve("again.warc.gz");
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(Files.newOutputStream(warc)),
                WarcCompression.GZIP)) {
            writer.write(response("https://news.example/bridge", 304, "text/html", new byte[0]));
            writer.write(response("https://news.example/robots.txt", 200, "text/plain",
                    "User-agent: *".getBytes(StandardCharsets.UTF_8)));
        }
        reader.read(warc, "again.warc.gz", sink);
        assertThat(sink.docs).isEmpty();
        assertThat(sink.errors).isEmpty();
        assertThat(sink.notes).singleElement().asString().contains("1 not-modified responses", "1 not HTML");
    }

    @Test
    void anArchiveWithoutPagesIsOneError() throws IOException {
        Path warc = dir.resolve("images.warc.gz");
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(Files.newOutputStream(warc)),
                WarcCompression.GZIP)) {
            writer.write(response("https://news.example/logo.png", 200, "image/png", new byte[] {1, 2, 3}));
        }
        assertThatThrownBy(() -> reader.read(warc, "images.warc.gz", sink))
                .hasMessage("no HTML pages in the archive (0 HTML pages read; skipped: 1 not HTML)");
    }

    /** Found by the fuzz soak: an empty archive had no record, no exception and so no error: it vanished. */
    @Test
    void anEmptyArchiveIsOneError() throws IOException {
        for (String name : new String[] {"empty.warc", "empty.warc.gz"}) {
            Path empty = dir.resolve(name);
            Files.write(empty, new byte[0]);
            assertThatThrownBy(() -> reader.read(empty, name, sink))
                    .isInstanceOf(InputException.class).hasMessage("the archive holds no records");
        }
    }

    @Test
    void notAnArchiveIsOneError() throws IOException {
        Path bogus = dir.resolve("bogus.warc.gz");
        Files.writeString(bogus, "this is not a web archive");
        assertThatThrownBy(() -> reader.read(bogus, "bogus.warc.gz", sink))
                .isInstanceOf(InputException.class).hasMessageStartingWith("not a readable WARC archive");
    }

    @Test
    void binaryServedAsHtmlIsAnErrorOfItsRecord() throws IOException, InputException {
        Path warc = dir.resolve("bin.warc");
        try (WarcWriter writer = new WarcWriter(Files.newOutputStream(warc))) {
            writer.write(response("https://news.example/ok", 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
            byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
            writer.write(response("https://news.example/img", 200, "text/html", png));
            writer.write(new WarcResponse.Builder(URI.create("https://news.example/cut"))
                    .truncated(org.netpreserve.jwarc.WarcTruncationReason.LENGTH)
                    .body(new HttpResponse.Builder(200, "OK").body(MediaType.HTML, PAGE.getBytes(StandardCharsets.UTF_8))
                            .build()).build());
            writer.write(response("https://news.example/empty", 200, "text/html",
                    "<html><head><title>x</title></head><body> </body></html>".getBytes(StandardCharsets.UTF_8)));
        }
        reader.read(warc, "bin.warc", sink);
        assertThat(sink.docs).hasSize(1);
        assertThat(sink.errors).extracting(e -> e.message())
                .containsExactly("binary content (PNG image), not a text page",
                        "page was cut short when archived (WARC-Truncated: length)", "HTML page without body text");
    }

    @Test
    void readsStreamingWithoutHoldingTheArchive() throws IOException, InputException {
        Path warc = dir.resolve("many.warc.gz");
        try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(Files.newOutputStream(warc)), WarcCompression.GZIP)) {
            for (int i = 0; i < 300; i++) {
                writer.write(response("https://news.example/p" + i, 200, "text/html",
                        PAGE.getBytes(StandardCharsets.UTF_8)));
            }
        }
        int[] count = {0};
        reader.read(warc, "many.warc.gz", new DocumentSink() {
            @Override
            public void document(RawDocument document) {
                count[0]++;
            }

            @Override
            public void error(org.crosscheck.model.SourceError error) {
                throw new AssertionError(error);
            }
        });
        assertThat(count[0]).isEqualTo(300);
    }

    @Test
    void aTeaserEntrysHintsFollowItsLinksRedirectToThePage() throws IOException, InputException {
        Path warc = dir.resolve("fed.warc");
        String feed = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Valley Post</title><link>https://valley.example/</link>
                  <description>d</description>
                  <item><title>Gates reopen</title><link>https://valley.example/go/1</link><guid>g1</guid>
                    <pubDate>Tue, 24 Nov 2026 08:30:00 GMT</pubDate><description>Teaser.</description></item>
                </channel></rss>""";
        try (WarcWriter writer = new WarcWriter(java.nio.channels.FileChannel.open(warc,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.NONE)) {
            writer.write(response("https://valley.example/feed.xml", 200, "application/rss+xml",
                    feed.getBytes(StandardCharsets.UTF_8)));
            HttpResponse moved = new HttpResponse.Builder(301, "Moved").setHeader("Location", "/news/gates")
                    .body(MediaType.HTML, new byte[0]).build();
            writer.write(new WarcResponse.Builder(URI.create("https://valley.example/go/1"))
                    .date(Instant.parse("2026-11-20T10:00:00Z")).body(moved).build());
            writer.write(response("https://valley.example/news/gates", 200, "text/html",
                    PAGE.getBytes(StandardCharsets.UTF_8)));
        }
        reader.read(warc, "fed.warc", sink);
        assertThat(sink.errors).isEmpty();
        assertThat(sink.docs).singleElement().satisfies(d -> {
            assertThat(d.hints().title()).isEqualTo("Gates reopen");
            assertThat(d.fallback().published()).isEqualTo("2026-11-24T08:30:00Z");
            assertThat(d.fallback().url()).isEqualTo("https://valley.example/news/gates");
        });
    }

    @Test
    void aHostileFeedRecordIsAnErrorOfThatRecordAndThePagesAfterItAreRead() throws IOException, InputException {
        Path warc = dir.resolve("laughs.warc");
        try (WarcWriter writer = new WarcWriter(Files.newOutputStream(warc))) {
            writer.write(response("https://laughs.example/feed.xml", 200, "application/rss+xml",
                    HostileXmlTest.BILLION_LAUGHS.getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://news.example/ok", 200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8)));
        }
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                () -> reader.read(warc, "laughs.warc", sink));
        assertThat(sink.docs).singleElement().satisfies(d -> assertThat(d.content()).contains("bridge reopened"));
        assertThat(sink.errors).singleElement().satisfies(e -> {
            assertThat(e.source()).startsWith("laughs.warc#");
            assertThat(e.message()).isEqualTo(FeedParser.ENTITIES_REFUSED);
        });
    }

    private static void writeArchive(Path file, WarcCompression compression) throws IOException {
        Charset cp1251 = Charset.forName("windows-1251");
        try (WarcWriter writer = new WarcWriter(
                java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.WRITE), compression)) {
            writer.write(new WarcRequest.Builder(URI.create("https://news.example/bridge"))
                    .body(MediaType.HTTP_REQUEST, "GET /bridge HTTP/1.1\r\nHost: news.example\r\n\r\n"
                            .getBytes(StandardCharsets.US_ASCII)).build());
            writer.write(response("https://news.example/bridge", 200, "text/html; charset=utf-8",
                    PAGE.getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://news.example/ru", 200, "text/html; charset=windows-1251",
                    "<html><body><p>Мост открыт в понедельник.</p></body></html>".getBytes(cp1251)));
            writer.write(response("https://news.example/logo.png", 200, "image/png", new byte[] {1, 2, 3}));
            writer.write(response("https://news.example/gone", 404, "text/html",
                    "<html><body>Not found</body></html>".getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://news.example/moved", 301, "text/html", new byte[0]));
            writer.write(new WarcRevisit.Builder(URI.create("https://news.example/bridge"),
                    WarcRevisit.IDENTICAL_PAYLOAD_DIGEST_1_1).date(Instant.now()).build());
            writer.write(new WarcResource.Builder(URI.create("https://news.example/resource"))
                    .body(MediaType.HTML_UTF8, PAGE.getBytes(StandardCharsets.UTF_8)).build());
        }
    }

    private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse("2026-11-20T10:00:00Z")).body(http)
                .build();
    }
}
