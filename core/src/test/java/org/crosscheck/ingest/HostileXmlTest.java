package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.crosscheck.model.RawDocument;
import org.crosscheck.model.SourceError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds that attack the XML parser are refused fast, through the real ingest paths, and the run goes on. */
class HostileXmlTest {

    /** The "billion laughs": ten levels of ten references, 10^9 "lol"s once expanded, in under 1 KB. */
    static final String BILLION_LAUGHS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE rss [
              <!ENTITY lol "lol">
              <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <rss version="2.0"><channel><title>Laughs</title>
              <item><title>&lol9;</title><link>https://laughs.example/1</link><description>&lol9;</description></item>
            </channel></rss>
            """;

    static final String GOOD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Good</title>
              <item><title>Fine</title><link>https://good.example/1</link><description><![CDATA[<p>%s</p>]]>\
            </description></item>
            </channel></rss>
            """.formatted("The council met on Tuesday and approved the budget. ".repeat(20));

    @TempDir
    Path dir;

    private final CollectingSink sink = new CollectingSink();

    private void readAll(Ingestor ingestor) {
        for (Path f : ingestor.expand(List.of(dir.toString()), sink.errors)) {
            ingestor.read(f, sink);
        }
    }

    @Test
    void aBillionLaughsFeedIsOneErrorNamingTheFileAndTheNextFileIsStillRead() throws IOException {
        Files.writeString(dir.resolve("a-laughs.rss"), BILLION_LAUGHS);
        Files.writeString(dir.resolve("b-good.rss"), GOOD);
        long start = System.nanoTime();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> readAll(Ingestor.standard(1 << 20)));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(sink.errors).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo(dir.resolve("a-laughs.rss").toString());
            assertThat(e.message()).isEqualTo("the feed declares XML entities, which are refused for safety");
        });
        assertThat(sink.docs).extracting(RawDocument::source)
                .containsExactly(dir.resolve("b-good.rss") + "#1");
        assertThat(millis).as("milliseconds for both feeds").isLessThan(5_000);
    }

    @Test
    void anExternalEntityIsRefusedAndTheFileItNamesIsNeverRead() throws IOException {
        // In a hidden folder, so that only the entity could bring it in.
        Path secret = Files.createDirectories(dir.resolve(".private")).resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Files.writeString(dir.resolve("xxe.xml"), """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "%s"> ]>
                <rss version="2.0"><channel><title>X</title>
                  <item><title>&xxe;</title><link>https://x.example/1</link><description>&xxe;</description></item>
                </channel></rss>
                """.formatted(secret.toUri()));
        readAll(Ingestor.standard(1 << 20));
        assertThat(sink.errors).extracting(SourceError::message)
                .containsExactly(FeedParser.ENTITIES_REFUSED);
        assertThat(sink.docs).noneMatch(d -> d.content().contains("TOP-SECRET"));
    }

    @Test
    void parameterEntitiesAndASingleHarmlessEntityAreRefusedToo() {
        String parameter = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY % p "<!ENTITY q 'x'>"> %p; ]>
                <rss version="2.0"><channel><title>P</title></channel></rss>
                """;
        String single = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY name "Example"> ]>
                <rss version="2.0"><channel><title>&name;</title></channel></rss>
                """;
        for (String xml : List.of(parameter, single)) {
            assertThatThrownBy(() -> FeedParser.parse(xml.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOf(InputException.class).hasMessage(FeedParser.ENTITIES_REFUSED);
        }
    }

    @Test
    void anExternalDtdIsNotLoadedSoAnRss091FeedWithItsDoctypeStillReads() throws IOException, InputException {
        // Were the DTD loaded, its entity declaration would be refused and the feed would fail.
        Path dtd = dir.resolve("rss-0.91.dtd");
        Files.writeString(dtd, "<!ENTITY loaded \"the DTD was read\">");
        String rss = """
                <?xml version="1.0" encoding="ISO-8859-1"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "%s">
                <rss version="0.91"><channel><title>Old &amp; good</title><link>https://old.example/</link>
                  <description>d</description><language>en-us</language>
                  <item><title>Caf&eacute;&nbsp;news %s</title><link>https://old.example/1</link>
                  <description>Body &amp; more.</description></item>
                </channel></rss>
                """.formatted(dtd.toUri(), "&amp;".repeat(500));
        Feed feed = FeedParser.parse(rss.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(feed.title()).isEqualTo("Old & good");
        // HTML entities are healed as ROME always did; hundreds of predefined ones are not "expansions"
        assertThat(feed.entries()).singleElement()
                .satisfies(e -> assertThat(e.title()).startsWith("Café\u00a0news &&&"));
    }

    @Test
    void aHostileFeedFromTheWebIsRefusedTheSameWay() {
        WebClient web = url -> new WebPage(url, 200, "application/rss+xml", "utf-8",
                BILLION_LAUGHS.getBytes(StandardCharsets.UTF_8));
        assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new UrlReader(web).read("https://laughs.example/feed", sink));
        assertThat(sink.errors).singleElement().satisfies(e -> {
            assertThat(e.source()).isEqualTo("https://laughs.example/feed");
            assertThat(e.message()).isEqualTo(FeedParser.ENTITIES_REFUSED);
        });
        assertThat(sink.docs).isEmpty();
    }
}
