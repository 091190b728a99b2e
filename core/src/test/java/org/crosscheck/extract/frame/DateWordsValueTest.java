package org.crosscheck.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.crosscheck.model.Token;
import org.junit.jupiter.api.Test;

class DateWordsValueTest {

    private static List<Token> run(String... words) {
        return Arrays.stream(words).map(w -> new Token(0, w.length(), w, "NNP", w, "DATE", w)).toList();
    }

    @Test
    void readsWeekdaysMonthsDaysYearsAndRelativeDays() {
        assertThat(DateWordsValue.of(run("Sunday"))).isEqualTo("XXXX-WXX-7");
        assertThat(DateWordsValue.of(run("August", "6"))).isEqualTo("XXXX-08-06");
        assertThat(DateWordsValue.of(run("Aug.", "6", ",", "2024"))).isEqualTo("2024-08-06");
        assertThat(DateWordsValue.of(run("December", "2008"))).isEqualTo("2008-12");
        assertThat(DateWordsValue.of(run("2003"))).isEqualTo("2003");
        assertThat(DateWordsValue.of(run("yesterday"))).isEqualTo("OFFSET-1");
        assertThat(DateWordsValue.of(run("recently"))).isNull();
    }

    @Test
    void placesDatesAgainstThePublicationDate() {
        assertThat(TimeScope.normalise("XXXX-WXX-4", "2024-08-09")).isEqualTo("2024-08-08");
        assertThat(TimeScope.normalise("XXXX-WXX-5", "2024-08-09")).isEqualTo("2024-08-09");
        assertThat(TimeScope.normalise("XXXX-12-30", "2025-01-02")).isEqualTo("2024-12-30");
        assertThat(TimeScope.normalise("OFFSET-1", "2025-01-02")).isEqualTo("2025-01-01");
        assertThat(TimeScope.normalise("XXXX-WXX-4", null)).isEqualTo("XXXX-WXX-4");
    }
}
