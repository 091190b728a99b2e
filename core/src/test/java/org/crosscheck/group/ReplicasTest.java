package org.crosscheck.group;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
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

    private static final String TEXT = "Cities' mayors met in Vienna on the 7th of May 2008; the UN's envoy said "
            + "12,000 people and 07 buses were moved since the 1990s. Officials’ offices in the city don't "
            + "count 12 or 120 again: Ms Obama's aides, the mayors and 3 AI firms said so in 2008, and Obamas say so.";

    @Test
    void replicasShareNoTermButTheYearsAndKeepWhichTermsAreEqual() {
        List<String> base = Words.content(TEXT);
        Set<String> seen = new java.util.HashSet<>(base);
        for (int r : new int[] {1, 2, 19, 25, 26, 700}) {
            List<String> replica = Words.content(Replicas.tag(TEXT, r));
            assertThat(replica).hasSameSizeAs(base);
            for (int x = 0; x < base.size(); x++) {
                for (int y = 0; y < base.size(); y++) {
                    assertThat(replica.get(x).equals(replica.get(y))).as(r + ": " + base.get(x) + " / " + base.get(y))
                            .isEqualTo(base.get(x).equals(base.get(y)));
                }
            }
            Set<String> shared = new java.util.HashSet<>(replica);
            shared.retainAll(seen);
            assertThat(shared).as("replica " + r).containsExactlyInAnyOrder("2008", "1990");
            seen.addAll(replica);
        }
    }

    @Test
    void aReplicaKeepsItsYearsSentencesAndFunctionWords() {
        String one = Replicas.tag(TEXT, 1);
        assertThat(years(one)).isEqualTo(years(TEXT)).containsExactly("2008", "2008");
        assertThat(Profiles.spans(one)).hasSameSizeAs(Profiles.spans(TEXT));
        assertThat(one).startsWith("Cityaas' mayoraas metaa in Viennaaa on the 7thaa of May 2008; the UNaa's")
                .contains(" 91012,910000 ").contains(" 91007 ").contains(" the 1990s.")
                .contains("Obamaaa's").contains(" 3 ");
        assertThat(Replicas.tag(TEXT, 0)).isSameAs(TEXT);
    }

    private static List<String> years(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Profiles.YEAR.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
