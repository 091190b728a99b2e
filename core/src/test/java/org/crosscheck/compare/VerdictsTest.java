package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Measure;
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

    private static Figure area(String article, double value, String unit, double toBase) {
        return new Figure("f", article, 0, 1, "territory", value, null, null, null, unit, null, null, null, null, null,
                new Measure("area held", null, null, List.of(), "held", "km2", toBase), null, null);
    }

    @Test
    void sameValuesAgreeAndAValueInsideARangeIsCompatible() {
        assertThat(Verdicts.judge(List.of(figure("a1", 9.0, null), figure("a2", 9.0, null)),
                Arrays.asList("2026-01-01", "2026-01-01"), 2)).isEqualTo("agree");
        assertThat(Verdicts.judge(List.of(range("a1", 11000, 12000), figure("a2", 11500.0, "about")),
                Arrays.asList(null, null), 2)).isEqualTo("compatible");
    }

    @Test
    void aBoundAndAValueThatFitAreCompatibleButTwoBoundsOnDifferentValuesDiffer() {
        assertThat(Verdicts.judge(List.of(figure("a1", 4.0, "at least"), figure("a2", 12.0, null)),
                Arrays.asList(null, null), 2)).isEqualTo("compatible");
        assertThat(Verdicts.judge(List.of(figure("a1", 120000.0, "over"), figure("a2", 150000.0, "more than")),
                Arrays.asList(null, null), 2)).isEqualTo("differ");
        assertThat(Verdicts.judge(List.of(figure("a1", 100.0, "about"), figure("a2", 100.0, "some")),
                Arrays.asList(null, null), 2)).isEqualTo("compatible");
    }

    private static Figure scaled(String article, double value) {
        return new Figure("f", article, 0, 1, "money", value, null, null, null, "EUR", null, null, null, null, null,
                new Measure("EUR", null, null, List.of(Measure.ROUNDED), null, "EUR", 1.0), null, null);
    }

    @Test
    void aVagueAmountIsTheIntervalItsWordsAllow() {
        assertThat(Verdicts.judge(List.of(figure("a1", 612.0, null), figure("a2", 600.0, null), figure("a3", null, "hundreds")),
                Arrays.asList(null, null, null), 3)).as("hundreds reconciles neither 612 nor 600").isEqualTo("differ");
        assertThat(Verdicts.judge(List.of(figure("a1", 50.0, "about"), figure("a2", null, "dozens")),
                Arrays.asList(null, null), 2)).isEqualTo("compatible");
        assertThat(Verdicts.judge(List.of(figure("a1", 12.0, null), figure("a2", null, "dozens")),
                Arrays.asList(null, null), 2)).isEqualTo("differ");
        assertThat(Verdicts.judge(List.of(figure("a1", null, "stacks"), figure("a2", 12.0, null)),
                Arrays.asList(null, null), 2)).as("an unknown word allows anything").isEqualTo("compatible");
    }

    @Test
    void roundingIsCompatibleAndOneDecimalMoreIsNot() {
        assertThat(Verdicts.judge(List.of(scaled("a1", 22e9), scaled("a2", 22.4e9)),
                Arrays.asList(null, null), 2)).as("22 billion and 22.4 billion").isEqualTo("compatible");
        assertThat(Verdicts.judge(List.of(figure("a1", 600.0, null), figure("a2", 612.0, null)),
                Arrays.asList(null, null), 2)).as("every digit of 600 is stated").isEqualTo("differ");
        assertThat(Verdicts.judge(List.of(figure("a1", 22e9, null), figure("a2", 22.4e9, null)),
                Arrays.asList(null, null), 2)).as("written out in digits").isEqualTo("differ");
        assertThat(Verdicts.judge(List.of(figure("a1", 5.9, null), figure("a2", 6.1, null)),
                Arrays.asList(null, null), 2)).isEqualTo("differ");
    }

    @Test
    void valuesInTwoUnitsCompareInTheBaseUnit() {
        assertThat(Verdicts.judge(List.of(area("a1", 1150, "square kilometres", 1), area("a2", 444, "square miles",
                2.589988)), Arrays.asList(null, null), 2)).isEqualTo("agree");
    }

    @Test
    void laterDifferentFiguresChangedAndSameDayOnesDiffer() {
        List<Figure> two = List.of(figure("a1", 9.0, null), figure("a2", 23.0, null));
        assertThat(Verdicts.judge(two, List.of("2026-11-03", "2026-11-05"), 2)).isEqualTo("changed");
        assertThat(Verdicts.judge(two, List.of("2026-11-03", "2026-11-03"), 2)).isEqualTo("differ");
        List<Figure> dispute = List.of(figure("a1", 12000.0, null), figure("a2", 15000.0, null),
                figure("a2", 12000.0, null));
        assertThat(Verdicts.judge(dispute, List.of("2026-11-03", "2026-11-05", "2026-11-05"), 2))
                .as("two values against each other on one day are a dispute, not an update").isEqualTo("differ");
        List<Figure> bound = List.of(figure("a1", 7.0, null), figure("a2", 9.0, null), figure("a3", 8.0, "mindestens"));
        assertThat(Verdicts.judge(bound, List.of("2026-11-20", "2026-11-21", "2026-11-21"), 3))
                .as("a bound and a value it keeps on one day are no dispute").isEqualTo("changed");
    }

    @Test
    void aStateThatTwoDaysReportDifferentlyIsADisagreement() {
        Measure inhabited = new Measure("people inhabited", "people", "people", List.of(), "inhabited", null, null);
        List<Figure> population = List.of(
                new Figure("f", "a1", 0, 1, "other", 120000.0, null, null, null, null, null, null, null, null, null,
                        inhabited, null, null),
                new Figure("f", "a2", 0, 1, "other", 200000.0, null, null, null, null, null, null, null, null, null,
                        inhabited, null, null));
        assertThat(Verdicts.judge(population, List.of("2026-11-03", "2026-11-05"), 2)).isEqualTo("differ");
        Measure distance = new Measure("distance from Detroit", "distance from detroit", Measure.DISTANCE, List.of(),
                null, "km", 1.0);
        List<Figure> distances = List.of(
                new Figure("f", "a1", 0, 1, "other", 24.0, null, null, null, "kilometres", null, null, null, null, null,
                        distance, null, null),
                new Figure("f", "a2", 0, 1, "other", 50.0, null, null, null, "kilometres", null, null, null, null, null,
                        distance, null, null));
        assertThat(Verdicts.judge(distances, List.of("2026-11-03", "2026-11-05"), 2)).isEqualTo("differ");
    }

    @Test
    void valuesThatGoUpAndDownAgainAreNoUpdate() {
        List<Figure> three = List.of(figure("a1", 120000.0, null), figure("a2", 200000.0, null),
                figure("a3", 120000.0, null));
        assertThat(Verdicts.judge(three, List.of("2026-11-03", "2026-11-04", "2026-11-05"), 3)).isEqualTo("differ");
        List<Figure> rising = List.of(figure("a1", 9.0, null), figure("a2", 23.0, null), figure("a3", 23.0, null));
        assertThat(Verdicts.judge(rising, List.of("2026-11-03", "2026-11-04", "2026-11-05"), 3)).isEqualTo("changed");
    }

    @Test
    void oneSourceWithOneValueIsSingle() {
        assertThat(Verdicts.judge(List.of(figure("a1", 9.0, null)), List.of("2026-11-03"), 1)).isEqualTo("single");
        assertThat(Verdicts.judge(List.of(figure("a1", 9.0, null), figure("a1", 9.0, null)),
                Arrays.asList(null, null), 1)).isEqualTo("single");
    }

    @Test
    void articlesRepeatingOneSourcesValueAgree() {
        assertThat(Verdicts.judge(List.of(figure("a1", 9.0, null)), List.of("2026-11-03"), 1, 3)).isEqualTo("agree");
        assertThat(Verdicts.judge(List.of(figure("a1", 9.0, null)), List.of("2026-11-03"), 1, 1)).isEqualTo("single");
    }
}
