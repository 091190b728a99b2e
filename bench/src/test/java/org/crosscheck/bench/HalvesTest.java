package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class HalvesTest {

    @Test
    void splitsNamesIntoTwoFixedHalvesOfAboutEqualSize() {
        long a = IntStream.range(0, 1000).mapToObj(i -> "page" + i + ".html").filter(n -> Halves.of(n).equals("A"))
                .count();
        assertThat(a).isBetween(400L, 600L);
        assertThat(Halves.of("page1.html")).isEqualTo(Halves.of("page1.html"));
    }
}
