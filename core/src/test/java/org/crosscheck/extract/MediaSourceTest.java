package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import org.junit.jupiter.api.Test;

/** What "the site" stands for, and that asking it often in a long article stays cheap. */
class MediaSourceTest {

    @Test
    void theSiteIsTheSourceLastIntroducedWithAMediaNoun() {
        String text = "Lina Hart spoke first. The news site Nordlys Today reported it. The site said more.";
        Entity hart = entity("e1", "PERSON", text, "Lina Hart");
        Entity site = entity("e2", "ORGANIZATION", text, "Nordlys Today");
        MediaSource media = new MediaSource("a1", text, new EntityIndex(List.of(hart, site)));
        int at = text.indexOf("The site");
        SpeakerPhrase found = media.before(at, at + 8, List.of());
        assertThat(found.text()).isEqualTo("Nordlys Today");
        assertThat(found.entity()).isEqualTo("e2");
        assertThat(media.before(0, 4, List.of())).isNull();
    }

    @Test
    void aNameRepeatedThousandsOfTimesIsLookedUpOnceNotOncePerMentionPerQuestion() {
        String text = "Lina Hart spoke. ".repeat(2_000) + "The site said more.";
        Entity hart = entity("e1", "PERSON", text, "Lina Hart");
        MediaSource media = new MediaSource("a1", text, new EntityIndex(List.of(hart)));
        int at = text.indexOf("The site");
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (int i = 0; i < 50; i++) {
            // as for each media noun of each sentence: no medium was introduced, so every mention is asked about
            assertThat(media.before(at, at + 8, List.of())).isNull();
        }
        long seconds = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000_000L;
        // asking each of the 2,000 mentions whether any of the 2,000 places it is named follows a media noun would be
        // 50 × 2,000 × 2,000 looks at the text
        assertThat(seconds).isLessThan(2);
    }

    /** An entity with a mention at every place its name is written. */
    private static Entity entity(String id, String type, String text, String name) {
        List<Mention> mentions = new ArrayList<>();
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
            mentions.add(new Mention("a1", at, at + name.length(), name));
        }
        return new Entity(id, type, name, List.of(), mentions);
    }
}
