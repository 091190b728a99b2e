package org.crosscheck.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns bytes into text without assuming an encoding: a byte-order mark wins, then strict UTF-8,
 * then juniversalchardet's guess, then windows-1252 (which decodes any byte).
 */
public final class Decoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private Decoder() {
    }

    /**
     * Decodes bytes.
     *
     * @param bytes the file's content
     * @return the text, without a byte-order mark
     * @throws InputException when the bytes are empty or look binary
     */
    public static String decode(byte[] bytes) throws InputException {
        if (bytes.length == 0) {
            throw new InputException("empty file");
        }
        Charset bom = byteOrderMark(bytes);
        if (bom != null) {
            int skip = bom == StandardCharsets.UTF_8 ? 3 : 2;
            return new String(bytes, skip, bytes.length - skip, bom);
        }
        if (looksBinary(bytes)) {
            throw new InputException("binary content, not text");
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null) {
            return utf8;
        }
        return new String(bytes, guess(bytes));
    }

    /**
     * Finds the encoding a byte-order mark announces.
     *
     * @param b the bytes
     * @return UTF-8, UTF-16BE or UTF-16LE, or null without a byte-order mark
     */
    static Charset byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        return null;
    }

    /**
     * Tells whether bytes look binary: text has no NUL bytes and few control characters; binary formats have many.
     *
     * @param b the bytes (only the first 8 KiB are looked at)
     * @return true when they look binary
     */
    static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                control++;
            }
        }
        return control > n / 50;
    }

    /**
     * Decodes bytes as UTF-8 only if they are valid UTF-8.
     *
     * @param bytes the bytes
     * @return the text, or null when the bytes are not valid UTF-8
     */
    static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset guess(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        try {
            // Latin-1 guesses are decoded as windows-1252, its superset that browsers use for it.
            if (name == null || name.equalsIgnoreCase("ISO-8859-1") || name.equalsIgnoreCase("US-ASCII")) {
                return WINDOWS_1252;
            }
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return WINDOWS_1252;
        }
    }
}
