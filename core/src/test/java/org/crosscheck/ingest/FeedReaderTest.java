package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.RawDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    static final String LONG = "<p>" + "The council approved the new budget after a long debate. ".repeat(12) + "</p>";

    static final String RSS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel><title>Example Daily</title><link>https://daily.example/</link><language>en-gb</language>
                <item><title>Budget passes</title><link>https://daily.example/budget</link>
                  <guid>https://daily.example/budget</guid><dc:creator>Ann Writer</dc:creator>
                  <pubDate>Tue, 24 Nov 2026 08:30:00 GMT</pubDate>
                  <description>Short teaser.</description>
                  <content:encoded><![CDATA[%s]]></content:encoded></item>
                <item><title>Teaser only</title><link>https://daily.example/teaser</link>
                  <description>Only a summary here.</description></item>
              </channel></rss>
            """.formatted(LONG);

    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();

    @Test
    void rssEntryWithContentBecomesAnHtmlDocumentAndATeaserIsReportedWhenFetchingIsOff()
            throws IOException, InputException {
        Path feed = dir.resolve("daily.rss");
        Files.writeString(feed, RSS);
        new FeedReader(new FileLoader(1 << 20), new FeedDocuments(null)).read(feed, "daily.rss", sink);

        assertThat(sink.docs).singleElement().satisfies(d -> {
            assertThat(d.source()).isEqualTo("daily.rss#https://daily.example/budget");
            assertThat(d.format()).isEqualTo(RawDocument.Format.HTML);
            assertThat(d.content()).contains("approved the new budget");
            assertThat(d.hints().title()).isEqualTo("Budget passes");
            assertThat(d.hints().author()).isEqualTo("Ann Writer");
            assertThat(d.hints().published()).isEqualTo("2026-11-24T08:30:00Z");
            assertThat(d.hints().language()).isEqualTo("en");
            assertThat(d.hints().url()).isEqualTo("https://daily.example/budget");
        });
        assertThat(sink.errors).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("daily.rss#2");
            assertThat(e.message()).contains("only a summary", "fetching is off", "https://daily.example/teaser");
        });
    }

    @Test
    void teaserEntriesHaveTheirLinkedPageFetchedWhenAClientIsGiven() throws IOException, InputException {
        Path feed = dir.resolve("daily.rss");
        Files.writeString(feed, RSS);
        List<String> fetched = new ArrayList<>();
        WebClient web = url -> {
            fetched.add(url);
            return new WebPage(url, 200, "text/html", "utf-8",
                    "<html><body><p>The full teaser story.</p></body></html>".getBytes(StandardCharsets.UTF_8));
        };
        new FeedReader(new FileLoader(1 << 20), new FeedDocuments(web)).read(feed, "daily.rss", sink);
        assertThat(fetched).containsExactly("https://daily.example/teaser");
        assertThat(sink.docs).hasSize(2);
        assertThat(sink.docs.get(1).source()).isEqualTo("daily.rss#2");
        assertThat(sink.docs.get(1).hints().title()).isEqualTo("Teaser only");
        assertThat(sink.errors).isEmpty();
    }

    @Test
    void readsAtomAndRss091() throws IOException, InputException {
        Path atom = dir.resolve("wire.xml");
        Files.writeString(atom, """
                <?xml version="1.0" encoding="utf-8"?>
                <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title><id>urn:wire</id>
                  <updated>2026-11-24T10:00:00Z</updated>
                  <entry><title>Storm hits coast</title><id>urn:wire:1</id>
                    <link href="https://wire.example/storm"/><updated>2026-11-24T09:00:00Z</updated>
                    <author><name>B. Reporter</name></author>
                    <content type="html">%s</content></entry>
                </feed>
                """.formatted(LONG.replace("<", "&lt;")));
        Path rss091 = dir.resolve("old.rss");
        Files.writeString(rss091, """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
                  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><title>Old</title><link>https://old.example/</link>
                  <description>x</description><language>fr</language>
                  <item><title>Vieux</title><link>https://old.example/1</link>
                    <description>%s</description></item></channel></rss>
                """.formatted(LONG.replace("<", "&lt;")));
        FeedReader reader = new FeedReader(new FileLoader(1 << 20), new FeedDocuments(null));
        assertThat(reader.accepts(atom)).isTrue();
        reader.read(atom, "wire.xml", sink);
        reader.read(rss091, "old.rss", sink);
        assertThat(sink.errors).isEmpty();
        assertThat(sink.docs).extracting(RawDocument::source).containsExactly("wire.xml#urn:wire:1", "old.rss#1");
        assertThat(sink.docs.get(0).hints().author()).isEqualTo("B. Reporter");
        assertThat(sink.docs.get(0).content()).contains("approved the new budget");
        assertThat(sink.docs.get(1).hints().language()).isEqualTo("fr");
    }

    @Test
    void malformedXmlIsOneErrorSayingWhere() throws IOException {
        Path feed = dir.resolve("broken.rss");
        Files.writeString(feed, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item>"
                + "<title>unclosed</item></channel></rss>");
        FeedReader reader = new FeedReader(new FileLoader(1 << 20), new FeedDocuments(null));
        assertThatThrownBy(() -> reader.read(feed, "broken.rss", sink))
                .isInstanceOf(InputException.class).hasMessageStartingWith("not a valid RSS or Atom feed:")
                .hasMessageNotContaining("\n");
    }

    @Test
    void externalEntitiesAreNotResolved() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOPSECRET");
        Path feed = dir.resolve("xxe.rss");
        Files.writeString(feed, """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY x SYSTEM "%s">]>
                <rss version="2.0"><channel><title>t</title><link>https://x.example/</link><description>d</description>
                <item><title>&x;</title><link>https://x.example/1</link><description>%s</description></item>
                </channel></rss>
                """.formatted(secret.toUri(), LONG.replace("<", "&lt;")));
        FeedReader reader = new FeedReader(new FileLoader(1 << 20), new FeedDocuments(null));
        try {
            reader.read(feed, "xxe.rss", sink);
        } catch (InputException e) {
            assertThat(e.getMessage()).doesNotContain("TOPSECRET");
        }
        assertThat(sink.docs).allSatisfy(d -> assertThat(String.valueOf(d.hints().title()) + d.content())
                .doesNotContain("TOPSECRET"));
    }

    @Test
    void xmlFilesThatAreNotFeedsAreLeftAlone() throws IOException {
        Path other = dir.resolve("sitemap.xml");
        Files.writeString(other, "<?xml version=\"1.0\"?><urlset><url><loc>x</loc></url></urlset>");
        assertThat(new FeedReader(new FileLoader(1 << 20), new FeedDocuments(null)).accepts(other)).isFalse();
    }
}
