package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.crosscheck.model.Figure;
import org.junit.jupiter.api.Test;

class VerdictsTest {

    private static Figure figure(String article, Double value, String hedge) {
        return new Figure("f", article, 0, 1, "killed", value, null, null, hedge, null, "people killed", null, null,
                null, null);
    }

    private static Figure range(String article, double low, double high) {
        return new Figure("f", article, 0, 1, "displaced", null, low, high, null, null, "people", null, null, null,
                null);
    }

    @Test
    void sameValuesAgreeAndAValueInsideARangeToo() {
        assertThat(Verdicts.judge(List.of(figure("a1", 9.0, null), figure("a2", 9.0, "at least")),
                Arrays.asList("2026-01-01", "2026-01-01"), true)).isEqualTo("agree");
        assertThat(Verdicts.judge(List.of(range("a1", 11000, 12000), figure("a2", 11500.0, "about")),
                Arrays.asList(null, null), true)).isEqualTo("agree");
    }

    @Test
    void lowerBoundsAreCompatible() {
        assertThat(Verdicts.judge(List.of(figure("a1", 4.0, "at least"), figure("a2", 12.0, "at least")),
                Arrays.asList(null, null), true)).isEqualTo("compatible");
    }

    @Test
    void laterDifferentFiguresChangedAndSameDayOnesDiffer() {
        List<Figure> two = List.of(figure("a1", 9.0, null), figure("a2", 23.0, null));
        assertThat(Verdicts.judge(two, List.of("2026-11-03", "2026-11-05"), true)).isEqualTo("changed");
        assertThat(Verdicts.judge(two, List.of("2026-11-03", "2026-11-03"), true)).isEqualTo("differ");
    }

    @Test
    void oneSourceIsSingleAndDifferentMeasuresAreCompatible() {
        assertThat(Verdicts.judge(List.of(figure("a1", 9.0, null)), List.of("2026-11-03"), true)).isEqualTo("single");
        assertThat(Verdicts.judge(List.of(figure("a1", 9.0, null), figure("a2", 23.0, null)),
                Arrays.asList(null, null), false)).isEqualTo("compatible");
    }
}
