package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlBodyTest {

    @Test
    void findsTextInTheBody() {
        assertThat(HtmlBody.hasText("<html><head><title>T</title></head><body><p>Hi</p></body></html>")).isTrue();
        assertThat(HtmlBody.hasText("<p>fragment</p>")).isTrue();
    }

    @Test
    void headScriptsAndMarkupAloneAreNoText() {
        assertThat(HtmlBody.hasText("<html><head><title>Only a title</title></head></html>")).isFalse();
        assertThat(HtmlBody.hasText("<html><body><script>var a = 1;</script><!-- note --><div> </div>"
                + "<style>p{}</style></body></html>")).isFalse();
    }
}
