package org.crosscheck.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.crosscheck.extract.EntityStage;
import org.crosscheck.extract.FoundMention;
import org.crosscheck.model.Entity;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/**
 * Entity resolution by blocks and connected components ({@link EntityStep}) gives core's single-machine
 * resolution, ids included, on made-up corpora whose names cross blocks (spelling variants, acronyms,
 * initials, short forms, contained names, places tagged as people).
 */
class DistributedEntitiesTest {

    private static final JavaSparkContext JSC = JavaSparkContext.fromSparkContext(LocalSpark.session().sparkContext());

    @Test
    void blocksAndComponentsGiveCoresEntities() {
        for (long seed = 1; seed <= 6; seed++) {
            Map<String, List<FoundMention>> corpus = SyntheticNames.corpus(seed, 30 + 10 * (int) seed);
            List<String> order = new ArrayList<>(corpus.keySet());
            List<FoundNames> names = new ArrayList<>();
            for (int i = 0; i < order.size(); i++) {
                names.add(new FoundNames(new Ordinal(i, 0), order.get(i), corpus.get(order.get(i))));
            }
            List<Entity> distributed = new ArrayList<>(new EntityStep(3).resolve(JSC.parallelize(names, 4))
                    .collect());
            distributed.sort(Comparator.comparingLong(e -> EntityIds.number(e.id())));
            List<Entity> core = EntityStage.resolve(corpus, order);
            assertThat(distributed).as("seed " + seed).isEqualTo(core);
            // the corpus does cross blocks: an acronym and its spelled-out name met in different articles
            assertThat(core).as("seed " + seed).anyMatch(e -> e.mentions().stream().map(m -> m.text()).distinct()
                    .count() > 2 && e.mentions().stream().map(m -> m.article()).distinct().count() > 1);
        }
    }

    @Test
    void aChainOfLinksIsOneComponentLabelledByItsLeastVertex() {
        // 40 → 39 → … → 1 needs many rounds of propagation; 100–101 is another component
        List<Tuple2<Long, Long>> links = new ArrayList<>();
        LongStream.range(1, 40).forEach(i -> links.add(new Tuple2<>(i + 1, i)));
        links.add(new Tuple2<>(101L, 100L));
        JavaPairRDD<Long, Long> components = Components.of(JSC.parallelizePairs(links, 3), 3);
        Map<Long, Long> labels = components.collectAsMap();
        assertThat(labels).hasSize(42);
        LongStream.rangeClosed(1, 40).forEach(i -> assertThat(labels.get(i)).isEqualTo(1L));
        assertThat(labels.get(100L)).isEqualTo(100L);
        assertThat(labels.get(101L)).isEqualTo(100L);
    }
}
