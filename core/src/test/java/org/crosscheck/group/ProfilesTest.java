package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfilesTest {

    @Test
    void sentenceSpansResolveToTheirText() {
        String text = "The dam burst on Tuesday. “We are searching,” he said.\n\nA second paragraph starts here. Short.";
        List<int[]> spans = Profiles.spans(text);
        assertThat(spans).extracting(s -> text.substring(s[0], s[1])).containsExactly("The dam burst on Tuesday.",
                "“We are searching,” he said.", "A second paragraph starts here.");
    }

    @Test
    void minHashBandsMakeNearCopiesCollide() {
        java.util.Set<Long> a = new java.util.HashSet<>();
        for (long i = 0; i < 200; i++) {
            a.add(i * 7919);
        }
        java.util.Set<Long> b = new java.util.HashSet<>(a);
        b.remove(0L);
        b.add(-1L);
        long[] ka = MinHash.bandKeys(MinHash.signature(a));
        long[] kb = MinHash.bandKeys(MinHash.signature(b));
        int shared = 0;
        for (int i = 0; i < ka.length; i++) {
            shared += ka[i] == kb[i] ? 1 : 0;
        }
        assertThat(shared).isGreaterThan(0);
    }
}
