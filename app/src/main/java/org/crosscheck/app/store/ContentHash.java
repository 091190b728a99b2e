package org.crosscheck.app.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The content hash that, with the source, tells whether an article was already analysed. */
public final class ContentHash {

    private ContentHash() {
    }

    /**
     * Hashes a text.
     *
     * @param text the text (an article's clean text or its raw input); null hashes as empty
     * @return the SHA-256 of its UTF-8 bytes, as 64 lower-case hex digits
     */
    public static String of(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(digest.digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
