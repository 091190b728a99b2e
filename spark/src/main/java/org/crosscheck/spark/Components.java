package org.crosscheck.spark;

import java.util.List;
import org.apache.spark.HashPartitioner;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * Connected components of a graph given by its links, distributed: every vertex takes the least label among
 * its own and its neighbours' until no label changes (min-label propagation, one shuffle a round; the rounds
 * are as many as the longest shortest path in a component, a few for the name graphs of entity resolution).
 * A component's label is its least vertex, which is what the callers number components by.
 */
final class Components {

    private Components() {
    }

    /**
     * Finds the components.
     *
     * @param links the graph's links (either direction, repeats allowed)
     * @param parts how many partitions the rounds use
     * @return (vertex, the least vertex of its component) for every vertex on a link
     */
    static JavaPairRDD<Long, Long> of(JavaPairRDD<Long, Long> links, int parts) {
        // one partitioner for the links and the labels, so that their join in each round moves no data
        HashPartitioner byVertex = new HashPartitioner(parts);
        JavaPairRDD<Long, Long> edges = links.flatMapToPair(l -> List.of(l, l.swap()).iterator())
                .distinct(parts).partitionBy(byVertex).persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, Long> labels = edges.mapToPair(t -> new Tuple2<>(t._1(), Math.min(t._1(), t._2())))
                .reduceByKey(byVertex, Math::min).persist(StorageLevel.MEMORY_AND_DISK());
        while (true) {
            JavaPairRDD<Long, Long> next = edges.join(labels)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
                    .union(labels).reduceByKey(byVertex, Math::min).persist(StorageLevel.MEMORY_AND_DISK());
            long changed = next.join(labels).filter(t -> !t._2()._1().equals(t._2()._2())).count();
            labels.unpersist(false);
            labels = next;
            if (changed == 0) {
                break;
            }
        }
        edges.unpersist(false);
        return labels;
    }
}
