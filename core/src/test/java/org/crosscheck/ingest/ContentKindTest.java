package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentKindTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void declaredTypesAndSniffing() {
        assertThat(ContentKind.of("text/html", b("{}"))).isEqualTo(ContentKind.HTML);
        assertThat(ContentKind.of("application/atom+xml", b(""))).isEqualTo(ContentKind.FEED);
        assertThat(ContentKind.of("text/xml", b("<?xml version='1.0'?><rss version='2.0'>"))).isEqualTo(
                ContentKind.FEED);
        assertThat(ContentKind.of(null, b("<feed xmlns='http://www.w3.org/2005/Atom'>"))).isEqualTo(
                ContentKind.FEED);
        assertThat(ContentKind.of(null, b("<!DOCTYPE html><html>"))).isEqualTo(ContentKind.HTML);
        assertThat(ContentKind.of("image/png", b("<html>"))).isEqualTo(ContentKind.OTHER);
        assertThat(ContentKind.of("text/plain", b("User-agent: *"))).isEqualTo(ContentKind.OTHER);
    }

    /** Found by the fuzz slice: a feed whose DTD fills the first kilobyte was no feed, so an .xml one was skipped. */
    @Test
    void aDoctypeNamingAFeedRootTellsAFeedBeforeALongDtd() {
        String dtd = "<!ENTITY big \"" + "x".repeat(5_000) + "\">";
        assertThat(ContentKind.sniff(b("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n" + dtd + "]>\n<rss>")))
                .isEqualTo(ContentKind.FEED);
        assertThat(ContentKind.sniff(b("<!DOCTYPE feed[" + dtd + "]><feed>"))).isEqualTo(ContentKind.FEED);
        assertThat(ContentKind.sniff(b("<!DOCTYPE rdf:RDF SYSTEM 'x.dtd'><rdf:RDF>"))).isEqualTo(ContentKind.FEED);
        assertThat(ContentKind.sniff(b("<!DOCTYPE rsssomething [" + dtd + "]>"))).isEqualTo(ContentKind.OTHER);
        assertThat(ContentKind.sniff(b("<!DOCTYPE html [" + dtd + "]><html>"))).isEqualTo(ContentKind.HTML);
    }
}
