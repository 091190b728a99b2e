package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VagueAmountsTest {

    @Test
    void aScaleWordAloneAfterAQuantifierOrOfAnotherScaleHasItsInterval() {
        assertThat(VagueAmounts.interval("dozens")).containsExactly(24, 143);
        assertThat(VagueAmounts.interval("Hundreds")).containsExactly(200, 999);
        assertThat(VagueAmounts.interval("tens of thousands")).containsExactly(20_000, 99_000);
        assertThat(VagueAmounts.interval("several hundred")).containsExactly(200, 900);
        assertThat(VagueAmounts.interval("a few thousand")).containsExactly(2_000, 5_000);
    }

    @Test
    void unknownWordsHaveNoInterval() {
        assertThat(VagueAmounts.interval("stacks")).isNull();
        assertThat(VagueAmounts.interval(null)).isNull();
    }
}
