package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final String RUSSIAN = "Правительство сообщило, что мост будет открыт в понедельник утром.";

    @Test
    void headerCharsetIsUsed() throws InputException {
        byte[] page = ("<html><body><p>" + RUSSIAN + "</p></body></html>").getBytes(CP1251);
        assertThat(PageDecoder.decode(page, "windows-1251")).contains(RUSSIAN);
    }

    @Test
    void metaCharsetIsUsedWithoutAHeader() throws InputException {
        byte[] page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                + "</head><body><p>" + RUSSIAN + "</p></body></html>").getBytes(CP1251);
        assertThat(PageDecoder.decode(page, null)).contains(RUSSIAN);
        byte[] html5 = ("<meta charset='windows-1251'><p>" + RUSSIAN).getBytes(CP1251);
        assertThat(PageDecoder.decode(html5, null)).contains(RUSSIAN);
    }

    @Test
    void detectionWhenNothingIsDeclared() throws InputException {
        byte[] page = ("<html><body><p>" + RUSSIAN.repeat(5) + "</p></body></html>").getBytes(CP1251);
        assertThat(PageDecoder.decode(page, null)).contains(RUSSIAN);
    }

    @Test
    void validUtf8WinsOverAWrongLatinDefault() throws InputException {
        byte[] page = "<p>Zürich café</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(PageDecoder.decode(page, "ISO-8859-1")).contains("Zürich café");
    }

    @Test
    void binaryIsRefusedWithItsKind() {
        assertThatThrownBy(() -> PageDecoder.decode("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), "utf-8"))
                .hasMessage("binary content (PDF), not a text page");
        assertThatThrownBy(() -> PageDecoder.decode(new byte[] {1, 2, 0, 4, 5}, null))
                .hasMessage("binary content (binary data), not a text page");
    }

    @Test
    void unknownDeclaredCharsetFallsBackToDetection() throws InputException {
        assertThat(PageDecoder.decode("<p>plain</p>".getBytes(StandardCharsets.UTF_8), "x-no-such"))
                .isEqualTo("<p>plain</p>");
    }
}
