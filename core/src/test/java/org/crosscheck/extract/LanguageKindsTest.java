package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Figure kinds and vague amounts in languages annotated without models, from kinds-LANG.tsv and vague-LANG.txt. */
class LanguageKindsTest {

    private static List<String> kinds(String language, String text) {
        return IcuFigures.of(language, text).stream().map(FoundFigure::kind).toList();
    }

    @Test
    void theWordsAfterTheNumberTellFirst() {
        assertThat(kinds("fr", "L'accident a fait au moins neuf morts.")).containsExactly("killed");
        assertThat(kinds("de", "Nach Angaben der Polizei wurden 15 Menschen verletzt, drei weitere werden vermisst."))
                .containsExactly("injured", "missing");
        assertThat(kinds("es", "La policía cifró en 11 el número de detenidos.")).containsExactly("detained");
        assertThat(kinds("ru", "Более 11\u00a0000 человек живут во временных убежищах.")).containsExactly("displaced");
    }

    @Test
    void elseTheWordsBeforeIt() {
        assertThat(kinds("es", "La policía detuvo el lunes a 14 periodistas.")).containsExactly("detained");
        assertThat(kinds("uk", "У вівторок загинули щонайменше сім людей.")).containsExactly("killed");
        assertThat(kinds("de", "Bei dem Unglück sind mindestens acht Menschen ums Leben gekommen."))
                .containsExactly("killed");
    }

    @Test
    void unlistedWordsAndStemsInsideOtherWordsTellNothing() {
        assertThat(kinds("fr", "Le village compte 40 mortiers anciens.")).containsExactly("other");
        assertThat(kinds("de", "Insgesamt 30 Ingenieure sind vor Ort.")).containsExactly("other");
    }

    @Test
    void vagueAmountsOfTheLanguageHaveNoValue() {
        List<FoundFigure> f = IcuFigures.of("es", "Decenas de trabajadores fueron detenidos.");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.value()).isNull();
            assertThat(x.hedge()).isEqualTo("Decenas");
            assertThat(x.kind()).isEqualTo("detained");
        });
        assertThat(IcuFigures.of("ru", "Эвакуированы 2 тысячи жителей.")).extracting(FoundFigure::hedge)
                .doesNotContain("тысячи");
    }

    @Test
    void datesAreNoFigures() {
        assertThat(IcuFigures.of("fr", "KERRIN, 3 novembre – Le barrage, construit en 1968, a cédé mardi.")).isEmpty();
        assertThat(IcuFigures.of("uk", "МАРНОВ, 20 листопада 2026 – Зсув.")).isEmpty();
        assertThat(IcuFigures.of("de", "Im Dorf leben 1500 Menschen.")).extracting(FoundFigure::value)
                .containsExactly(1500.0);
    }
}
