package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetMetricTest {

    @Test
    void countsSnippetsInWhitespaceNormalisedText() {
        SnippetMetric.Counts c = new SnippetMetric.Counts();
        c.add("The  main\u00a0text\n goes on.\nRead more", List.of("main text goes", "missing part"),
                List.of("Read  more", "Cookie banner"));
        assertThat(c.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(c.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(c.accuracy()).isCloseTo(0.5, within(1e-9));
        assertThat(c.f1()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void aPageWithoutTextMissesItsSnippetsButFindsNoBoilerplate() {
        SnippetMetric.Counts c = new SnippetMetric.Counts();
        c.add(null, List.of("a b"), List.of("c d"));
        c.add("x y", List.of("x y"), List.of());
        assertThat(c.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(c.precision()).isCloseTo(1.0, within(1e-9));
        assertThat(c.accuracy()).isCloseTo(2 / 3.0, within(1e-9));
    }
}
