package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class VectorFileTest {

    private static List<float[]> vectors(Random random, int n) {
        List<float[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float[] v = new float[384];
            for (int d = 0; d < v.length; d++) {
                v[d] = (float) random.nextGaussian();
            }
            out.add(v);
        }
        return out;
    }

    @Test
    void keptVectorsReadBackExactlyWithTheLeadOnTheHeap() {
        Random random = new Random(5);
        List<List<float[]>> given = List.of(vectors(random, 20), vectors(random, 2), vectors(random, 7));
        try (VectorFile file = VectorFile.temporary()) {
            List<List<float[]>> kept = given.stream().map(v -> file.keep(v, 3)).toList();
            for (int a = 0; a < given.size(); a++) {
                assertThat(kept.get(a)).hasSameSizeAs(given.get(a));
                for (int i = 0; i < given.get(a).size(); i++) {
                    assertThat(kept.get(a).get(i)).isEqualTo(given.get(a).get(i));
                }
                for (int i = 0; i < Math.min(3, given.get(a).size()); i++) {
                    assertThat(kept.get(a).get(i)).isSameAs(given.get(a).get(i));
                }
            }
            assertThat(kept.get(1)).isSameAs(given.get(1));
            assertThat(kept.get(0).get(19)).isNotSameAs(given.get(0).get(19));
            assertThatThrownBy(() -> kept.get(2).get(7)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }
}
