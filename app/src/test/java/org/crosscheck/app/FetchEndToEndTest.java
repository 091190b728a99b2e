package org.crosscheck.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.crosscheck.app.fetch.LocalServer;
import org.crosscheck.model.Article;
import org.crosscheck.report.DossierJson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crosscheck fetch} from a local server, then {@code crosscheck analyze} of the archive it wrote. */
class FetchEndToEndTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final LocalServer server;

    FetchEndToEndTest() throws IOException {
        server = new LocalServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(String... args) {
        return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void fetchThenAnalyseTheArchiveOffline() throws IOException {
        server.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
                .page("/feed.xml", "application/rss+xml", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <rss version="2.0"><channel><title>Local Daily</title><link>%s</link><description>d</description>
                          <item><title>Bridge reopens</title><link>%s</link><guid>bridge-1</guid>
                            <description>Teaser.</description></item>
                        </channel></rss>
                        """.formatted(server.url("/"), server.url("/news/bridge")))
                .page("/news/bridge", "text/html; charset=utf-8", "<html><head><title>Bridge reopens</title></head>"
                        + "<body><article><h1>Bridge reopens</h1><p>The bridge over the river reopened on Monday, "
                        + "the mayor said, after repairs that cost about $2 million.</p></article></body></html>")
                .page("/news/council", "text/html; charset=utf-8", "<html><body><article><p>The council voted on "
                        + "Tuesday to raise the budget by 4 percent, officials said.</p></article></body></html>")
                .page("/private/memo", "text/html", "<html><body><p>secret</p></body></html>");
        Path list = dir.resolve("urls.txt");
        Files.writeString(list, "# pages\n" + server.url("/news/council") + "\n\n" + server.url("/private/memo") + "\n");
        Path fetched = dir.resolve("fetched");

        int code = run("fetch", server.url("/feed.xml"), "--list", list.toString(), "--out", fetched.toString(),
                "--delay", "0", "--timeout", "10", "--retries", "0");
        assertThat(code).as(err.toString()).isEqualTo(1); // the private page is refused
        assertThat(err.toString()).contains("/private/memo: robots.txt of 127.0.0.1 does not allow fetching this page");
        assertThat(out.toString()).contains("3 URLs: 2 articles, 0 not modified, 1 failed");
        List<Path> archives;
        try (Stream<Path> files = Files.list(fetched)) {
            archives = files.filter(p -> p.toString().endsWith(".warc.gz")).toList();
        }
        assertThat(archives).hasSize(1);
        assertThat(fetched.resolve(".fetch-state.json")).exists();

        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Path report = dir.resolve("report");
        assertThat(run("analyze", fetched.toString(), "--out", report.toString(), "-q", "--offline"))
                .as(err.toString()).isZero();
        String dossier = Files.readString(report.resolve("dossier.json"));
        assertThat(dossier).contains("reopened on Monday", "raise the budget", server.url("/news/bridge"))
                .doesNotContain("secret");

        // A URL given to analyze is fetched, named by the URL as given, and archived beside the dossier.
        Path direct = dir.resolve("direct");
        assertThat(run("analyze", server.url("/news/council"), "--out", direct.toString(), "-q"))
                .as(err.toString()).isZero();
        assertThat(Files.readString(direct.resolve("dossier.json")))
                .contains("\"source\" : \"" + server.url("/news/council") + "\"");
        assertThat(direct.resolve("fetched.warc.gz")).exists();
        // the page states no date: its fetch time is kept as such, never as its publication date
        Article council = DossierJson.read(direct.resolve("dossier.json")).articles().get(0);
        assertThat(council.published()).isNull();
        assertThat(council.retrieved()).isNotNull();
        assertThat(Files.readString(direct.resolve("dossier.md")))
                .contains("no publication date; retrieved " + council.retrieved());
    }
}
