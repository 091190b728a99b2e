package org.crosscheck.app.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.clean.ArticleCleaner;
import org.crosscheck.ingest.DocumentSink;
import org.crosscheck.ingest.FeedDocuments;
import org.crosscheck.ingest.InputException;
import org.crosscheck.ingest.UrlReader;
import org.crosscheck.ingest.WarcFileReader;
import org.crosscheck.model.Article;
import org.crosscheck.model.RawDocument;
import org.crosscheck.model.SourceError;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A feed served from 127.0.0.1 whose teasers link to one page with its own metadata and one without: the
 * feed's headline and byline win, the page's canonical URL and date win, each fills in for the other, and
 * the fetch time is kept apart from the publication date, online and when the archive is read back.
 */
class FeedOrPageTest {

    private static final String TEXT = "<p>The northern flood gates reopened on Tuesday after a week of repairs, "
            + "the river authority said.</p><p>About 300 residents returned to their homes in the lower valley, "
            + "according to the town council.</p>";

    @TempDir
    Path dir;

    private final LocalServer server = new LocalServer();

    FeedOrPageTest() throws IOException {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private void serve() {
        server.page("/feed.xml", "application/rss+xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <rss version="2.0"><channel><title>Valley Post</title><link>%s</link><description>d</description>
                          <item><title>Gates reopen after a week</title><link>%s</link><guid>rich</guid>
                            <author>desk@valley.example (Ann Writer)</author>
                            <pubDate>Tue, 24 Nov 2026 08:30:00 GMT</pubDate><description>Teaser.</description></item>
                          <item><title>Council backs the repairs</title><link>%s</link><guid>bare</guid>
                            <pubDate>Mon, 23 Nov 2026 07:00:00 GMT</pubDate><description>Teaser.</description></item>
                        </channel></rss>
                        """.formatted(server.url("/"), server.url("/news/rich?utm_source=rss"),
                        server.url("/news/bare")))
                .page("/news/rich", "text/html; charset=utf-8", """
                        <html><head><title>Gates reopen | Valley Post</title>
                        <meta property="og:title" content="Gates reopen | Valley Post">
                        <meta name="author" content="Valley Post">
                        <link rel="canonical" href="%s">
                        <script type="application/ld+json">{"@type": "NewsArticle",
                          "datePublished": "2026-11-23T18:00:00Z"}</script>
                        </head><body><article>%s</article></body></html>""".formatted(server.url("/news/rich"), TEXT))
                .page("/news/bare", "text/html; charset=utf-8", "<html><head><title>Council | Valley Post</title>"
                        + "<meta name=\"author\" content=\"Cara Page\"></head><body><article>" + TEXT
                        + "</article></body></html>");
    }

    @Test
    void theFeedGivesHeadlineAndBylineThePageGivesUrlAndDateEachFillsTheOther() throws IOException {
        serve();
        Path warc = dir.resolve("fetch.warc.gz");
        List<Article> online;
        try (HttpFetcher fetcher = HttpFetcher.create(HttpFetcherTest.FAST, new FetchArchive(warc, "test"))) {
            online = clean(sink -> new UrlReader(fetcher).read(server.url("/feed.xml"), sink));
        }
        Article rich = online.get(0);
        assertThat(rich.title()).isEqualTo("Gates reopen after a week");
        assertThat(rich.author()).isEqualTo("Ann Writer");
        assertThat(rich.url()).isEqualTo(server.url("/news/rich"));
        assertThat(rich.published()).isEqualTo("2026-11-23T18:00:00Z");
        assertThat(rich.retrieved()).isNotNull().isNotEqualTo(rich.published());

        Article bare = online.get(1);
        assertThat(bare.title()).isEqualTo("Council backs the repairs");
        assertThat(bare.author()).isEqualTo("Cara Page");
        assertThat(bare.url()).isEqualTo(server.url("/news/bare"));
        assertThat(bare.published()).isEqualTo("2026-11-23T07:00:00Z");

        List<Article> offline = clean(sink -> new WarcFileReader(1 << 20, new FeedDocuments(null))
                .read(warc, "fetch.warc.gz", sink));
        assertThat(offline).extracting(Article::url, Article::published, Article::title, Article::author,
                Article::retrieved).containsExactlyElementsOf(online.stream().map(a -> org.assertj.core.groups.Tuple
                .tuple(a.url(), a.published(), a.title(), a.author(), a.retrieved())).toList());
    }

    @Test
    void aPageGivenAsAUrlWithoutADateHasNoneButItsFetchTime() {
        serve();
        List<Article> read = clean(sink -> new UrlReader(HttpFetcher.create(HttpFetcherTest.FAST, null))
                .read(server.url("/news/bare"), sink));
        assertThat(read).singleElement().satisfies(a -> {
            assertThat(a.published()).isNull();
            assertThat(a.retrieved()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            assertThat(a.url()).isEqualTo(server.url("/news/bare"));
        });
    }

    /** Reads with a source and cleans what it gives; any error fails the test. */
    private static List<Article> clean(ThrowingRead read) {
        List<RawDocument> docs = new ArrayList<>();
        try {
            read.into(new DocumentSink() {
                @Override
                public void document(RawDocument document) {
                    docs.add(document);
                }

                @Override
                public void error(SourceError error) {
                    throw new AssertionError(error);
                }
            });
        } catch (IOException | InputException e) {
            throw new AssertionError(e);
        }
        ArticleCleaner cleaner = ArticleCleaner.standard();
        List<Article> out = new ArrayList<>();
        for (RawDocument d : docs) {
            out.add(cleaner.clean(d, "a" + (out.size() + 1)));
        }
        return out;
    }

    /** A read that may fail. */
    private interface ThrowingRead {
        void into(DocumentSink sink) throws IOException, InputException;
    }
}
