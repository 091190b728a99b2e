package org.crosscheck.spark;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The store's content hash (SHA-256 of the UTF-8 text, lower-case hex), as {@code crosscheck} computes it. */
final class Hashes {

    private Hashes() {
    }

    /**
     * Hashes a text.
     *
     * @param text the text; null hashes as empty
     * @return 64 lower-case hex digits
     */
    static String sha256(String text) {
        try {
            byte[] bytes = (text == null ? "" : text).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
