package org.crosscheck.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Measure;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {

    private static Figure money(String id, String article, double value, String currency, String aliasOf) {
        return new Figure(id, article, 0, 1, "money", value, null, null, null, currency, null, null, null, null, null,
                new Measure("bailout", "bailout", null, List.of(), null, currency, 1.0), null, aliasOf);
    }

    @Test
    void anAmountInASecondCurrencyIsPricedAtTheStorysOwnRestatementRate() {
        List<Figure> story = List.of(money("f1", "a1", 110e9, "EUR", null), money("f2", "a1", 141e9, "USD", "f1"),
                money("f3", "a2", 30e9, "EUR", null), money("f4", "a2", 40e9, "USD", "f3"),
                money("f5", "a3", 144e9, "USD", null), money("f6", "a4", 5e6, "GBP", null));
        List<Figure> priced = ExchangeRates.of(story).priced(story);
        Figure dollars = priced.get(4);
        assertThat(dollars.measure().baseUnit()).isEqualTo("EUR");
        assertThat(dollars.measure().isConverted()).isTrue();
        // the median of 141/110 and 40/30 prices $144bn at about €110bn: one quantity, compatible, not agreeing
        assertThat(Verdicts.point(dollars)).isBetween(105e9, 115e9);
        assertThat(Verdicts.sameValue(dollars, priced.get(0))).isTrue();
        assertThat(Verdicts.judge(List.of(priced.get(0), dollars), java.util.Arrays.asList(null, null), 2))
                .isEqualTo("compatible");
        assertThat(priced.get(5)).as("no rate for pounds").isSameAs(story.get(5));
        assertThat(priced.get(0)).isSameAs(story.get(0));
    }

    @Test
    void withoutARestatementNothingIsPriced() {
        List<Figure> story = List.of(money("f1", "a1", 110e9, "EUR", null), money("f2", "a2", 144e9, "USD", null));
        assertThat(ExchangeRates.of(story).priced(story)).isEqualTo(story);
    }
}
