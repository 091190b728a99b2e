package org.crosscheck.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecoderTest {

    private static final String TEXT = "“Le café est fermé,” said the mayor — 12 people were évacués.";

    @Test
    void decodesUtf8() throws InputException {
        assertThat(Decoder.decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
    }

    @Test
    void decodesUtf16WithByteOrderMark() throws InputException {
        byte[] body = TEXT.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(Decoder.decode(bytes)).isEqualTo(TEXT);
    }

    @Test
    void decodesWindows1252() throws InputException {
        String longer = (TEXT + " ").repeat(5);
        assertThat(Decoder.decode(longer.getBytes(Charset.forName("windows-1252")))).isEqualTo(longer);
    }

    @Test
    void refusesEmptyAndBinary() {
        assertThatThrownBy(() -> Decoder.decode(new byte[0])).hasMessage("empty file");
        assertThatThrownBy(() -> Decoder.decode(new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 0x14, 0}))
                .hasMessageContaining("binary");
    }
}
