package org.crosscheck.bench;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Splits an evaluation set into two fixed halves by a checksum of each page's file name, so the split
 * never depends on the order pages are read in: tune on half A, check on half B.
 */
final class Halves {

    private Halves() {
    }

    /**
     * The half a page belongs to.
     *
     * @param name the page's file name (or id)
     * @return "A" or "B"
     */
    static String of(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0 ? "A" : "B";
    }
}
