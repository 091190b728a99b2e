package org.crosscheck.spark;

import java.io.Serializable;

/**
 * Where a document stands in the corpus: its file's place in the listing, then its place in the file. Sorting
 * by it gives core's reading order, so articles are numbered {@code a1, a2, …} as {@code crosscheck analyze}
 * numbers them, whatever the partitioning: a rerun over the same inputs gives the same ids.
 *
 * @param file   the file's ordinal in the listing
 * @param record the document's ordinal in its file (0 for a file of one document)
 */
public record Ordinal(long file, long record) implements Comparable<Ordinal>, Serializable {

    @Override
    public int compareTo(Ordinal o) {
        int c = Long.compare(file, o.file);
        return c != 0 ? c : Long.compare(record, o.record);
    }
}
