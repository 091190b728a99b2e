package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An article's id and its number are placed alike, so data keyed either way shares partitions. */
class ArticlePartitionerTest {

    @Test
    void anIdAndItsNumberGoToOnePartitionAndConsecutiveArticlesSpread() {
        ArticlePartitioner p = new ArticlePartitioner(4);
        for (long n = 1; n <= 40; n++) {
            assertThat(p.getPartition("a" + n)).isEqualTo(p.getPartition(n)).isBetween(0, 3);
        }
        assertThat(p.getPartition(5L)).isNotEqualTo(p.getPartition(6L));
        assertThat(p).isEqualTo(new ArticlePartitioner(4)).isNotEqualTo(new ArticlePartitioner(3));
    }
}
