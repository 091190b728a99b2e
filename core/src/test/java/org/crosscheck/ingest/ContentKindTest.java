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
}
