package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void areasLengthsAndSpeedsConvertToOneBase() {
        assertThat(Units.base("square miles")).isEqualTo("km²");
        assertThat(Units.base("hectares")).isEqualTo("km²");
        assertThat(Units.toBase(444.0, "square miles")).isCloseTo(1150.0, within(1.0));
        assertThat(Units.toBase(1150.0, "square kilometres")).isEqualTo(1150.0);
        assertThat(Units.toBase(200.0, "hectares")).isCloseTo(2.0, within(1e-9));
        assertThat(Units.toBase(10.0, "miles")).isCloseTo(16.09344, within(1e-9));
        assertThat(Units.toBase(60.0, "mph")).isCloseTo(96.56, within(0.01));
        assertThat(Units.comparable("square kilometres", "square miles")).isTrue();
        assertThat(Units.comparable("kilometres", "square miles")).isFalse();
        assertThat(Units.comparable(null, null)).isTrue();
    }

    @Test
    void currenciesAreTheirOwnBaseAndRatesConvertPartByPart() {
        assertThat(Units.base("USD")).isEqualTo("USD");
        assertThat(Units.toBase(5.0, "USD")).isEqualTo(5.0);
        assertThat(Units.base("EUR per tonne")).isEqualTo("EUR per kg");
        assertThat(Units.toBase(12.5, "EUR per tonne")).isCloseTo(0.0125, within(1e-12));
        assertThat(Units.of("CAD")).hasValueSatisfying(u -> assertThat(u.dimension()).isEqualTo("currency"));
    }

    @Test
    void percentAndFractionShareARatioAndUnknownUnitsStayAsTheyAre() {
        assertThat(Units.toBase(25.0, "percent")).isCloseTo(0.25, within(1e-12));
        assertThat(Units.toBase(0.25, "fraction")).isEqualTo(0.25);
        assertThat(Units.base("furlongs")).isEqualTo("furlongs");
        assertThat(Units.toBase(3.0, "furlongs")).isEqualTo(3.0);
        assertThat(Units.toBase(3.0, null)).isEqualTo(3.0);
    }
}
