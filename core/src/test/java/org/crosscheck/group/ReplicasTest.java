package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReplicasTest {

    private static float[] unit(Random random, int d) {
        float[] v = new float[d];
        double norm = 0;
        for (int i = 0; i < d; i++) {
            v[i] = (float) (random.nextGaussian() + 0.5);
            norm += v[i] * v[i];
        }
        for (int i = 0; i < d; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }

    @Test
    void aReplicasVectorsKeepTheirCosinesExactlyAndLeaveTheBasesMeaning() {
        Random random = new Random(3);
        List<float[]> base = List.of(unit(random, 384), unit(random, 384), unit(random, 384));
        assertThat(Replicas.vectors(base, 0)).isSameAs(base);
        List<float[]> one = Replicas.vectors(base, 1);
        List<float[]> two = Replicas.vectors(base, 2);
        for (int x = 0; x < base.size(); x++) {
            for (int y = 0; y < base.size(); y++) {
                assertThat(MiniLmEmbedder.cosine(one.get(x), one.get(y)))
                        .isEqualTo(MiniLmEmbedder.cosine(base.get(x), base.get(y)));
            }
            // a sentence and its own replica are about as close as unrelated sentences, whatever the base's mean
            assertThat(Math.abs(MiniLmEmbedder.cosine(base.get(x), one.get(x)))).isLessThan(0.3);
            assertThat(Math.abs(MiniLmEmbedder.cosine(one.get(x), two.get(x)))).isLessThan(0.3);
        }
        assertThat(Replicas.vectors(base, 1).get(0)).isEqualTo(one.get(0));
    }
}
