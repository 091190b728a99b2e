package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hedges by the article's language: figures of ICU-annotated French, German, Spanish, Russian and Ukrainian. */
class LanguageHedgesTest {

    /** Each figure of the text as "hedge value". */
    private static List<String> figures(String language, String text) {
        return IcuFigures.of(language, text).stream().map(f -> f.hedge() + " " + f.value()).toList();
    }

    @Test
    void findsTheHedgesOfEachLanguage() {
        assertThat(figures("fr", "Au moins 12 personnes ont été tuées et environ 300 habitants ont été évacués."))
                .containsExactly("Au moins 12.0", "environ 300.0");
        assertThat(figures("de", "Mindestens 12 Menschen starben, rund 300 Einwohner wurden in Sicherheit gebracht."))
                .containsExactly("Mindestens 12.0", "rund 300.0");
        assertThat(figures("es", "Al menos 12 personas murieron y cerca de 300 vecinos fueron evacuados."))
                .containsExactly("Al menos 12.0", "cerca de 300.0");
        assertThat(figures("ru", "Не менее 12 человек погибли, около 300 жителей были эвакуированы."))
                .containsExactly("Не менее 12.0", "около 300.0");
        assertThat(figures("uk", "Щонайменше 12 людей загинули, близько 300 мешканців евакуювали."))
                .containsExactly("Щонайменше 12.0", "близько 300.0");
    }

    @Test
    void anotherLanguagesHedgeIsNoHedge() {
        assertThat(figures("en", "Au moins 12 personnes ont été tuées.")).containsExactly("null 12.0");
        assertThat(figures("fr", "Не менее 12 человек погибли.")).containsExactly("null 12.0");
    }

    @Test
    void comparisonReadsTheBoundOfAHedgeInAnyLanguage() {
        assertThat(Hedges.isLowerBound("au moins")).isTrue();
        assertThat(Hedges.isLowerBound("Не менее")).isTrue();
        assertThat(Hedges.isLowerBound("щонайменше")).isTrue();
        assertThat(Hedges.isUpperBound("bis zu")).isTrue();
        assertThat(Hedges.isUpperBound("environ")).isFalse();
        assertThat(Hedges.isLowerBound("at least")).isTrue();
    }
}
