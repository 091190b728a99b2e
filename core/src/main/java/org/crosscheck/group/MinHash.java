package org.crosscheck.group;

import java.util.Arrays;
import java.util.Set;

/**
 * MinHash signatures of shingle sets, and the LSH band keys that make near-duplicates collide without
 * comparing every pair. A few dozen lines, so written here rather than taken from a library.
 */
final class MinHash {

    static final int HASHES = 64;
    static final int BANDS = 16;
    private static final int ROWS = HASHES / BANDS;
    private static final long PRIME = 2_305_843_009_213_693_951L;
    private static final long[] A = new long[HASHES];
    private static final long[] B = new long[HASHES];

    static {
        java.util.Random random = new java.util.Random(20261125L);
        for (int i = 0; i < HASHES; i++) {
            A[i] = 1 + Math.floorMod(random.nextLong(), PRIME - 1);
            B[i] = Math.floorMod(random.nextLong(), PRIME);
        }
    }

    private MinHash() {
    }

    static long[] signature(Set<Long> shingles) {
        long[] sig = new long[HASHES];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < HASHES; i++) {
                long h = Math.floorMod(A[i] * s + B[i], PRIME);
                if (h < sig[i]) {
                    sig[i] = h;
                }
            }
        }
        return sig;
    }

    /** One key per band; two signatures sharing any band key are candidates. */
    static long[] bandKeys(long[] sig) {
        long[] keys = new long[BANDS];
        for (int b = 0; b < BANDS; b++) {
            long h = b;
            for (int r = 0; r < ROWS; r++) {
                h = h * 31 + sig[b * ROWS + r];
            }
            keys[b] = h;
        }
        return keys;
    }
}
