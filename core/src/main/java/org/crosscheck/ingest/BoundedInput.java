package org.crosscheck.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream into memory up to a size cap, stopping as soon as the cap is passed. */
public final class BoundedInput {

    private BoundedInput() {
    }

    /**
     * Reads a stream to its end, or until more than {@code maxBytes} have been read.
     *
     * @param in       the stream (not closed here)
     * @param maxBytes the most bytes accepted
     * @return the bytes read; longer than {@code maxBytes} (by one read's worth at most) when the cap was passed
     * @throws IOException when reading fails
     */
    public static byte[] read(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        byte[] buffer = new byte[16384];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            out.write(buffer, 0, n);
            total += n;
            if (total > maxBytes) {
                break;
            }
        }
        return out.toByteArray();
    }
}
