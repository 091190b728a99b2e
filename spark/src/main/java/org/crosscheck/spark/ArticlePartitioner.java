package org.crosscheck.spark;

import org.apache.spark.Partitioner;

/**
 * Places an article by its number, whether it is keyed by its id ({@code a17}) or by the number itself
 * ({@code 17L}): the articles' data keyed by id and their cards keyed by number then share partitions, so that
 * joining one to the other, or to anything small keyed either way, moves only the other side.
 */
public final class ArticlePartitioner extends Partitioner {

    private static final long serialVersionUID = 1L;
    private final int parts;

    /**
     * Makes the partitioner.
     *
     * @param parts how many partitions
     */
    public ArticlePartitioner(int parts) {
        this.parts = parts;
    }

    @Override
    public int numPartitions() {
        return parts;
    }

    /**
     * Places a key.
     *
     * @param key an article id (a string ending in its number) or an article number
     * @return the partition
     */
    @Override
    public int getPartition(Object key) {
        long n = key instanceof Long l ? l : EntityIds.number(key.toString());
        // the numbers are given in corpus order, so consecutive articles spread over every partition
        return (int) Math.floorMod(n, (long) parts);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ArticlePartitioner p && p.parts == parts;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(parts);
    }
}
