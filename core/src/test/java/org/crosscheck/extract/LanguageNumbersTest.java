package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbers written with the separators of the article's language, in ICU-annotated text. */
class LanguageNumbersTest {

    private static List<Double> values(String language, String text) {
        return IcuFigures.of(language, text).stream().map(f -> f.value() != null ? f.value() : f.low()).toList();
    }

    @Test
    void readsTheDecimalCommaAndTheGroupingOfEachLanguage() {
        assertThat(values("de", "Die Schäden betragen 14.372,4 Euro, 3,5 Prozent mehr als 2.150 Euro."))
                .contains(14372.4, 3.5, 2150.0);
        assertThat(values("es", "Murieron 1.250 personas y el paro subió un 2,7 por ciento."))
                .contains(1250.0, 2.7);
        assertThat(values("fr", "Le bilan atteint 1\u202f250 morts, soit 3,5 % de plus."))
                .contains(1250.0, 3.5);
        assertThat(values("ru", "Погибли 1\u00a0250 человек, рост составил 2,7 процента."))
                .contains(1250.0, 2.7);
    }

    @Test
    void englishKeepsItsOwnSeparators() {
        assertThat(values("en", "Some 14,372.4 euros and 1,250 people.")).contains(14372.4, 1250.0);
    }

    @Test
    void readsNumberWordsOfTheLanguageButNotOne() {
        assertThat(values("fr", "Douze personnes ont été tuées et un homme est porté disparu.")).containsExactly(12.0);
        assertThat(values("de", "Neun Menschen starben, ein Mann wird vermisst.")).containsExactly(9.0);
        assertThat(values("es", "Murieron doce personas.")).containsExactly(12.0);
        assertThat(values("ru", "Погибли девять человек.")).containsExactly(9.0);
        assertThat(values("uk", "Загинули сім людей.")).containsExactly(7.0);
        assertThat(values("fr", "Les secours sont arrivés.")).isEmpty();
        assertThat(values("de", "Nach dem Zweiten Weltkrieg kam die dritte Welle.")).isEmpty();
        assertThat(values("ru", "Погибли две женщины.")).containsExactly(2.0);
        assertThat(values("fr", "Le chômage a augmenté de 3,5 pour cent.")).containsExactly(3.5);
        assertThat(values("es", "El paro subió un 2,7 por ciento.")).containsExactly(2.7);
    }

    @Test
    void readsTheCasesAndCollectiveNumeralsOfUkrainianAndRussian() {
        assertThat(values("uk", "Вибух забрав життя чотирьох гірників.")).containsExactly(4.0);
        assertThat(values("uk", "Рятувальники шукають п'ятьох людей.")).containsExactly(5.0);
        assertThat(values("uk", "Рятувальники шукають п’ятьох людей.")).containsExactly(5.0);
        assertThat(values("uk", "Допомогу отримали близько двадцяти родин.")).containsExactly(20.0);
        assertThat(values("uk", "Загинули четверо військових.")).containsExactly(4.0);
        assertThat(values("ru", "Погибли трое горняков.")).containsExactly(3.0);
        assertThat(values("ru", "Ранения получили пятеро человек, среди них трёх детей.")).containsExactly(5.0, 3.0);
        assertThat(values("ru", "Пострадали двадцати человек.")).containsExactly(20.0);
    }

    @Test
    void aCaseFormOfAnotherLanguageIsNoNumber() {
        assertThat(values("ru", "Вибух забрав життя чотирьох гірників.")).isEmpty();
        assertThat(values("de", "Die Gruppe heißt Троих.")).isEmpty();
    }
}
