package org.crosscheck.ingest;

import java.nio.charset.StandardCharsets;

/**
 * Names a binary format from its first bytes (its "magic number"), so that an image or PDF served as
 * {@code text/html} is reported as what it is instead of being decoded into garbage.
 */
public final class BinarySniffer {

    private static final Object[][] SIGNATURES = {
        {"PDF", "%PDF-".getBytes(StandardCharsets.US_ASCII)},
        {"PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'}},
        {"JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}},
        {"GIF image", "GIF8".getBytes(StandardCharsets.US_ASCII)},
        {"gzip data", new byte[] {(byte) 0x1F, (byte) 0x8B}},
        {"ZIP archive (or Office document)", new byte[] {'P', 'K', 3, 4}},
        {"WebAssembly", new byte[] {0, 'a', 's', 'm'}},
        {"Ogg media", "OggS".getBytes(StandardCharsets.US_ASCII)},
        {"MP3 audio", "ID3".getBytes(StandardCharsets.US_ASCII)},
        {"RIFF media (WebP, WAV, AVI)", "RIFF".getBytes(StandardCharsets.US_ASCII)},
    };

    private BinarySniffer() {
    }

    /**
     * Names the binary format the bytes start with.
     *
     * @param bytes the content
     * @return a name such as "PDF" or "PNG image", "binary data" for other binary content, or null for text
     */
    public static String binaryKind(byte[] bytes) {
        for (Object[] signature : SIGNATURES) {
            if (startsWith(bytes, (byte[]) signature[1])) {
                return (String) signature[0];
            }
        }
        if (Decoder.byteOrderMark(bytes) == null && Decoder.looksBinary(bytes)) {
            return "binary data";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
