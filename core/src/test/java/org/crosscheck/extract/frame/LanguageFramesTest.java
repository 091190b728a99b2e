package org.crosscheck.extract.frame;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.annotate.AnnotateStage;
import org.crosscheck.annotate.IcuAnnotator;
import org.crosscheck.extract.FigureStage;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Figure;
import org.crosscheck.pipeline.Progress;
import org.junit.jupiter.api.Test;

/**
 * Frames of figures in languages annotated without models (ICU4J), from the frame words per language: the counted
 * thing and the action named as English names them, the day against the article's date, running totals, and money
 * and units written in the language.
 */
class LanguageFramesTest {

    private static final IcuAnnotator ICU = new IcuAnnotator();

    /** Annotates, finds figures and frames one article of a language, published 2026-11-04 (a Wednesday). */
    private static List<Figure> framed(String language, String text) {
        Article a = new Article("a1", "a1.txt", "Outlet", null, null, "2026-11-04T10:00:00+01:00", null, language,
                text, List.of(), List.of(), null, List.of());
        Corpus c = Corpus.of(List.of(a), List.of());
        c = new AnnotateStage(() -> ICU, 1).apply(c, Progress.NONE);
        c = new FigureStage().apply(c, Progress.NONE);
        return new FrameStage().apply(c, Progress.NONE).figures();
    }

    private static Figure only(String language, String text) {
        List<Figure> figures = framed(language, text);
        assertThat(figures).as(text).hasSize(1);
        return figures.get(0);
    }

    @Test
    void theCountedThingAndTheActionAreNamedAsInEnglish() {
        Figure f = only("fr", "Au moins neuf personnes ont été tuées mardi dans la province.");
        assertThat(f.measure().thing()).isEqualTo("people");
        assertThat(f.measure().action()).isEqualTo("killed");
        assertThat(f.scope().date()).as("mardi before a Wednesday").isEqualTo("2026-11-03");
        Figure g = only("de", "Nach Angaben der Polizei wurden gestern 15 Bergleute verletzt.");
        assertThat(g.measure().thing()).isEqualTo("miner");
        assertThat(g.measure().action()).isEqualTo("injured");
        assertThat(g.scope().date()).isEqualTo("2026-11-03");
    }

    @Test
    void theActionOfAnotherFigureIsNotThisOnes() {
        List<Figure> f = framed("es", "Unos 40 buzos buscan a dos pasajeros desaparecidos.");
        assertThat(f).extracting(x -> x.measure().thing()).containsExactly("diver", "passenger");
        assertThat(f).extracting(x -> x.measure().action()).containsExactly(null, "missing");
    }

    @Test
    void aDateWithItsMonthAndARunningTotalAreRead() {
        Figure f = only("uk", "Від початку року зсуви забрали життя 31 людини в провінції.");
        assertThat(f.scope().cumulative()).isTrue();
        assertThat(f.measure().action()).isEqualTo("killed");
        assertThat(f.measure().thing()).isEqualTo("people");
        Figure g = only("ru", "Число погибших 2 ноября выросло до 23 человек.");
        assertThat(g.scope().date()).isEqualTo("2026-11-02");
        assertThat(g.scope().cumulative()).isFalse();
        assertThat(g.kind()).isEqualTo("killed");
    }

    @Test
    void moneyHasItsCurrencyAndScaleAndNoCasualtyAction() {
        Figure de = only("de", "Die Provinz stellt 1,5 Millionen Euro für den Wiederaufbau bereit.");
        assertThat(de.value()).isEqualTo(1_500_000.0);
        assertThat(de.unit()).isEqualTo("EUR");
        assertThat(de.kind()).isEqualTo("money");
        Figure fr = only("fr", "Le gouvernement a débloqué 1,5 millions d'euros.");
        assertThat(fr.value()).isEqualTo(1_500_000.0);
        assertThat(fr.unit()).isEqualTo("EUR");
        Figure es = only("es", "La empresa pagará 2 millones de dólares.");
        assertThat(es.value()).isEqualTo(2_000_000.0);
        assertThat(es.unit()).isEqualTo("USD");
        assertThat(es.measure().action()).isEqualTo("paid");
        Figure uk = only("uk", "Уряд виділив 1,5 млн гривень.");
        assertThat(uk.value()).isEqualTo(1_500_000.0);
        assertThat(uk.unit()).isEqualTo("UAH");
        Figure ru = only("ru", "Губернатор пообещал выделить 2 млн евро семьям погибших.");
        assertThat(ru.unit()).isEqualTo("EUR");
        assertThat(ru.measure().action()).as("the dead are whom it is for").isNull();
        assertThat(ru.measure().baseUnit()).isEqualTo("EUR");
    }

    @Test
    void unitsOfTheLanguageConvertToTheEnglishBase() {
        Figure f = only("uk", "Зсув накрив близько 40 гектарів угідь.");
        assertThat(f.unit()).isEqualTo("hectares");
        assertThat(f.measure().baseUnit()).isEqualTo("km²");
        assertThat(f.measure().toBase()).isEqualTo(0.01);
    }

    @Test
    void aLanguageIsFramedWhenItsFrameWordsExist() {
        assertThat(WordFrames.isFramed("en")).isTrue();
        assertThat(WordFrames.isFramed(null)).isTrue();
        assertThat(WordFrames.isFramed("fr-CH")).isTrue();
        assertThat(WordFrames.isFramed("uk")).isTrue();
        assertThat(WordFrames.isFramed("it")).isFalse();
        assertThat(WordFrames.of("en")).isEmpty();
    }
}
