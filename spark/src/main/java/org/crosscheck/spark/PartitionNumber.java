package org.crosscheck.spark;

import org.apache.spark.Partitioner;

/**
 * Places a record keyed by a partition's number in that partition: what one task sends to the task of another
 * partition of the same number of partitions (as {@link ArticlePartitioner} numbers them).
 */
final class PartitionNumber extends Partitioner {

    private static final long serialVersionUID = 1L;
    private final int parts;

    /**
     * Makes the partitioner.
     *
     * @param parts how many partitions
     */
    PartitionNumber(int parts) {
        this.parts = parts;
    }

    @Override
    public int numPartitions() {
        return parts;
    }

    @Override
    public int getPartition(Object key) {
        return (Integer) key;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PartitionNumber p && p.parts == parts;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(parts) * 31;
    }
}
