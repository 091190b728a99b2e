package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Figure;
import org.crosscheck.testing.Nlp;
import org.junit.jupiter.api.Test;

class FigureStageTest {

    private static List<Figure> figures(String text) {
        Corpus c = Nlp.extracted(text);
        for (Figure f : c.figures()) {
            // every figure's offsets resolve into the text, hedge and number included
            String span = text.substring(f.start(), f.end());
            assertThat(span).isNotBlank();
            if (f.hedge() != null) {
                assertThat(span).containsIgnoringCase(f.hedge());
            }
        }
        return c.figures();
    }

    private static Figure only(String text) {
        List<Figure> f = figures(text);
        assertThat(f).as(text).hasSize(1);
        return f.get(0);
    }

    @Test
    void aHedgedCountWithItsKindAndTheClaimantWhoSaidIt() {
        List<Figure> f = figures("At least 12 people were killed and 40 were injured in Kerrin on Monday, police said.");
        assertThat(f).hasSize(2);
        assertThat(f.get(0).value()).isEqualTo(12.0);
        assertThat(f.get(0).hedge()).isEqualTo("At least");
        assertThat(f.get(0).kind()).isEqualTo("killed");
        assertThat(f.get(0).claimant()).isNotNull();
        assertThat(f.get(0).claimant().text()).containsIgnoringCase("police");
        assertThat(f.get(0).statement()).isNotNull();
        assertThat(f.get(1).value()).isEqualTo(40.0);
        assertThat(f.get(1).kind()).isEqualTo("injured");
        assertThat(f.get(1).hedge()).isNull();
    }

    @Test
    void theOutletsOwnNarrationHasNoClaimant() {
        Figure f = only("Floodwater destroyed 35 homes in the valley.");
        assertThat(f.value()).isEqualTo(35.0);
        assertThat(f.claimant()).isNull();
        assertThat(f.statement()).isNull();
    }

    @Test
    void aVagueAmountHasNoValue() {
        Figure f = only("Dozens of families were evacuated from the valley.");
        assertThat(f.value()).isNull();
        assertThat(f.hedge()).isEqualTo("Dozens");
        assertThat(f.kind()).isEqualTo("displaced");
    }

    @Test
    void aRangeHasLowAndHigh() {
        Figure f = only("The army sent between 11,000 and 12,000 troops to the border.");
        assertThat(f.value()).isNull();
        assertThat(f.low()).isEqualTo(11000.0);
        assertThat(f.high()).isEqualTo(12000.0);
        assertThat(f.kind()).isEqualTo("forces");
    }

    @Test
    void anAreaHasItsUnit() {
        Figure f = only("The water covered more than 1,150 square kilometres of farmland.");
        assertThat(f.value()).isEqualTo(1150.0);
        assertThat(f.hedge()).isEqualTo("more than");
        assertThat(f.unit()).isEqualTo("square kilometres");
        assertThat(f.kind()).isEqualTo("territory");
    }

    @Test
    void moneyIsMoney() {
        Figure f = only("The government pledged $2.5 million for repairs.");
        assertThat(f.value()).isEqualTo(2_500_000.0);
        assertThat(f.unit()).isEqualTo("USD");
        assertThat(f.kind()).isEqualTo("money");
    }

    @Test
    void writtenNumbersCount() {
        Figure f = only("Rescuers pulled nine bodies from the river.");
        assertThat(f.value()).isEqualTo(9.0);
        assertThat(f.kind()).isEqualTo("killed");
    }

    @Test
    void theSourceAfterAccordingToClaimsTheFigure() {
        Figure f = only("Some 300 families were evacuated, according to the Kerrin Red Crescent.");
        assertThat(f.value()).isEqualTo(300.0);
        assertThat(f.hedge()).isEqualTo("Some");
        assertThat(f.claimant()).isNotNull();
        assertThat(f.claimant().text()).contains("Red Crescent");
    }

    @Test
    void datesAgesTimesOrdinalsAndPhoneNumbersAreNotFigures() {
        assertThat(figures("On 3 November 2026 at 10:30, Irina Holt, 54, said it was the second flood since"
                + " 1998. Call 0412 555 019 for help.")).isEmpty();
    }

    @Test
    void dozensMultiplyAndYearsAreNotCounts() {
        Figure f = only("In 2024 the army recaptured nearly one dozen towns.");
        assertThat(f.value()).isEqualTo(12.0);
        assertThat(f.hedge()).isEqualTo("nearly");
        assertThat(f.kind()).isEqualTo("territory");
        assertThat(only("About 2000 people fled the 1998 flood on Monday.").value()).isEqualTo(2000.0);
    }
}
