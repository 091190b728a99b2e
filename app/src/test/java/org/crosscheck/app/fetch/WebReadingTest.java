package org.crosscheck.app.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.ingest.DocumentSink;
import org.crosscheck.ingest.FeedDocuments;
import org.crosscheck.ingest.InputException;
import org.crosscheck.ingest.UrlReader;
import org.crosscheck.ingest.WarcFileReader;
import org.crosscheck.model.RawDocument;
import org.crosscheck.model.SourceError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** URLs read through the real fetcher from a server on 127.0.0.1: pages, feeds, bad inputs, the archive. */
class WebReadingTest {

    static final String RUSSIAN = "Правительство сообщило, что мост будет открыт в понедельник утром.";

    @TempDir
    Path dir;

    private final LocalServer server;
    private final List<RawDocument> docs = new ArrayList<>();
    private final List<SourceError> errors = new ArrayList<>();
    private final DocumentSink sink = new DocumentSink() {
        @Override
        public void document(RawDocument document) {
            docs.add(document);
        }

        @Override
        public void error(SourceError error) {
            errors.add(error);
        }
    };

    WebReadingTest() throws IOException {
        server = new LocalServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    static String feed(LocalServer s) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Local Daily</title><link>%s</link><description>d</description>
                  <item><title>Bridge reopens</title><link>%s</link><guid>bridge-1</guid>
                    <pubDate>Tue, 24 Nov 2026 08:30:00 GMT</pubDate><description>Teaser.</description></item>
                  <item><title>Council vote</title><link>%s</link><guid>council-2</guid>
                    <description>Another teaser.</description></item>
                </channel></rss>
                """.formatted(s.url("/"), s.url("/news/bridge"), s.url("/news/council"));
    }

    static LocalServer serveNews(LocalServer s) {
        return s.page("/feed.xml", "application/rss+xml", feed(s))
                .page("/news/bridge", "text/html; charset=utf-8", "<html><head><title>Bridge</title></head><body>"
                        + "<article><p>The bridge over the river reopened on Monday, officials said.</p></article>"
                        + "</body></html>")
                .page("/news/council", "text/html; charset=utf-8", "<html><body><article><p>The council voted "
                        + "to raise the budget by 4 percent, the mayor said.</p></article></body></html>");
    }

    @Test
    void aFeedServedLocallyGivesItsEntriesWithTheLinkedPagesFetched() {
        serveNews(server);
        HttpFetcher fetcher = HttpFetcher.create(HttpFetcherTest.FAST, null);
        new UrlReader(fetcher).read(server.url("/feed.xml"), sink);
        assertThat(errors).isEmpty();
        assertThat(docs).extracting(RawDocument::source)
                .containsExactly(server.url("/feed.xml") + "#bridge-1", server.url("/feed.xml") + "#council-2");
        assertThat(docs.get(0).hints().title()).isEqualTo("Bridge reopens");
        assertThat(docs.get(0).fallback().published()).isEqualTo("2026-11-24T08:30:00Z");
        assertThat(docs.get(0).content()).contains("reopened on Monday");
    }

    @Test
    void aPageInWindows1251IsDecoded() {
        Charset cp1251 = Charset.forName("windows-1251");
        server.page("/ru-header", "text/html; charset=windows-1251",
                        ("<html><body><p>" + RUSSIAN + "</p></body></html>").getBytes(cp1251))
                .page("/ru-meta", "text/html", ("<html><head><meta charset=\"windows-1251\"></head><body><p>"
                        + RUSSIAN + "</p></body></html>").getBytes(cp1251));
        UrlReader reader = new UrlReader(HttpFetcher.create(HttpFetcherTest.FAST, null));
        reader.read(server.url("/ru-header"), sink);
        reader.read(server.url("/ru-meta"), sink);
        assertThat(errors).isEmpty();
        assertThat(docs).allSatisfy(d -> assertThat(d.content()).contains(RUSSIAN));
    }

    @Test
    void badInputsAreOneLineErrorsAndTheRunGoesOn() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        server.page("/image-as-html", "text/html", png)
                .page("/no-body", "text/html", "<html><head><title>Only a head</title></head></html>")
                .page("/broken-feed", "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>x</channel>")
                .page("/json", "application/json", "{\"a\": 1}")
                .page("/ok", "text/html", HttpFetcherTest.PAGE);
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        UrlReader reader = new UrlReader(HttpFetcher.create(HttpFetcherTest.FAST, null));
        for (String url : List.of(server.url("/image-as-html"), server.url("/no-body"), server.url("/broken-feed"),
                server.url("/json"), server.url("/missing"), "http://127.0.0.1:" + closedPort + "/", server.url("/ok"))) {
            reader.read(url, sink);
        }
        assertThat(docs).extracting(RawDocument::source).containsExactly(server.url("/ok"));
        assertThat(errors).extracting(SourceError::message).containsExactly(
                "binary content (PNG image), not a text page",
                "HTML page without body text",
                errors.get(2).message(),
                "not an HTML page or a feed (content type application/json)",
                "HTTP status 404 from " + server.url("/missing"),
                "cannot connect to the host (connection refused or unreachable)");
        assertThat(errors.get(2).message()).startsWith("not a valid RSS or Atom feed:");
        assertThat(errors).allSatisfy(e -> assertThat(e.message()).doesNotContain("\n").doesNotContain("Exception"));
    }

    @Test
    void whatWasFetchedIsArchivedAndReadsBackOffline() throws IOException, InputException {
        serveNews(server);
        Path warc = dir.resolve("fetch.warc.gz");
        FetchArchive archive = new FetchArchive(warc, "Crosscheck test");
        try (HttpFetcher fetcher = HttpFetcher.create(HttpFetcherTest.FAST, archive)) {
            new UrlReader(fetcher).read(server.url("/feed.xml"), sink);
        }
        assertThat(archive.responses()).isEqualTo(4); // robots.txt, the feed and two pages
        List<RawDocument> offline = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        new WarcFileReader(1 << 20, new FeedDocuments(null)).read(warc, "fetch.warc.gz", new DocumentSink() {
            @Override
            public void document(RawDocument document) {
                offline.add(document);
            }

            @Override
            public void error(SourceError error) {
                throw new AssertionError(error);
            }

            @Override
            public void note(String source, String message) {
                notes.add(message);
            }
        });
        assertThat(offline).extracting(d -> d.fallback().url())
                .containsExactly(server.url("/news/bridge"), server.url("/news/council"));
        assertThat(offline.get(0).content()).isEqualTo(docs.get(0).content());
        // the feed archived before the page still supplies its entry's title and date, as online
        assertThat(offline.get(0).hints().title()).isEqualTo("Bridge reopens");
        assertThat(offline.get(0).fallback().published()).isEqualTo("2026-11-24T08:30:00Z");
        // the fetch time is the WARC-Date it was archived under, so reading the archive later gives the same
        assertThat(offline).extracting(d -> d.fallback().retrieved())
                .containsExactly(docs.get(0).fallback().retrieved(), docs.get(1).fallback().retrieved())
                .doesNotContainNull();
        assertThat(notes).singleElement().asString().contains("2 HTML pages read", "1 HTTP error responses",
                "2 feed entries with only a summary");
    }
}
