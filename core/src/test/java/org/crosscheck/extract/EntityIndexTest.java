package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import org.junit.jupiter.api.Test;

/** Which entity a span names, and that walking an article's mentions stays one pass. */
class EntityIndexTest {

    @Test
    void aSpanNamesTheEntityItOverlapsMostAndTheFirstOnATie() {
        Mention union = new Mention("a1", 10, 39, "Dastrian Union of Journalists");
        Mention word = new Mention("a1", 19, 24, "Union");
        Mention hart = new Mention("a1", 50, 59, "Lina Hart");
        Entity organisation = new Entity("e1", "ORGANIZATION", "Dastrian Union of Journalists", List.of(),
                List.of(union));
        Entity other = new Entity("e2", "ORGANIZATION", "Union", List.of(), List.of(word));
        Entity person = new Entity("e3", "PERSON", "Lina Hart", List.of(), List.of(hart));
        EntityIndex index = new EntityIndex(List.of(person, organisation, other));
        assertThat(index.mentions("a1")).containsExactly(union, word, hart);
        assertThat(index.at("a1", 52, 70)).isEqualTo(person);
        // "Union" overlaps both by five characters: the first listed wins, asked once or again
        assertThat(index.of(word)).isEqualTo(organisation);
        assertThat(index.of(word)).isEqualTo(organisation);
        assertThat(index.of(new Mention("a1", 40, 45, "said"))).isNull();
        assertThat(index.mentions("a2")).isEmpty();
    }

    @Test
    void walkingTheMentionsOfAnArticleWithThousandsOfThemIsOnePassNotOnePerMention() {
        List<Entity> entities = new ArrayList<>();
        for (int e = 0; e < 40; e++) {
            List<Mention> mentions = new ArrayList<>();
            for (int i = e; i < 4_000; i += 40) {
                mentions.add(new Mention("a1", i * 10, i * 10 + 5, "Name" + e));
            }
            entities.add(new Entity("e" + e, "ORGANIZATION", "Name" + e, List.of(), mentions));
        }
        EntityIndex index = new EntityIndex(entities);
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        int found = 0;
        // as SpeakerFinder does for each candidate of each sentence: every mention, then its entity
        for (int walk = 0; walk < 300; walk++) {
            for (Mention m : index.mentions("a1")) {
                found += index.of(m) != null ? 1 : 0;
            }
        }
        long seconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000_000L;
        assertThat(found).isEqualTo(300 * 4_000);
        // one scan per mention per walk would be 300 × 4,000 × 4,000 steps: many seconds of CPU
        assertThat(seconds).isLessThan(2);
    }
}
