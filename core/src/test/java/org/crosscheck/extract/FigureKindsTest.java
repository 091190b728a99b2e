package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FigureKindsTest {

    @Test
    void theCountedPhraseDecidesAndCasualtyVerbsBeatNouns() {
        assertThat(FigureKinds.classify(false, null, "civilians killed", List.of(), List.of())).isEqualTo("killed");
        assertThat(FigureKinds.classify(false, null, "executed soldiers", List.of(), List.of())).isEqualTo("killed");
        assertThat(FigureKinds.classify(false, null, "troops", List.of(), List.of())).isEqualTo("forces");
        assertThat(FigureKinds.classify(false, null, "residents evacuated", List.of(), List.of()))
                .isEqualTo("displaced");
    }

    @Test
    void unitsAndMoneyDecideFirst() {
        assertThat(FigureKinds.classify(true, "USD", null, List.of("killed"), List.of())).isEqualTo("money");
        assertThat(FigureKinds.classify(false, "square kilometres", null, List.of(), List.of()))
                .isEqualTo("territory");
        assertThat(FigureKinds.classify(false, "cubic metres", "water held", List.of(), List.of())).isEqualTo("other");
    }

    @Test
    void otherwiseTheNearestWordThenTheSentence() {
        assertThat(FigureKinds.classify(false, null, "people", List.of("were", "detained", "killed"), List.of()))
                .isEqualTo("detained");
        assertThat(FigureKinds.classify(false, null, null, List.of("to"), List.of("toll", "of", "dead", "rose")))
                .isEqualTo("killed");
        assertThat(FigureKinds.classify(false, null, "schools", List.of("closed"), List.of("closed"))).isEqualTo("other");
    }
}
