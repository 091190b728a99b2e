package org.crosscheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;
import org.junit.jupiter.api.Test;

/** Sentences and tokens of French and Russian paragraphs from ICU4J, with offsets into the text. */
class IcuAnnotatorTest {

    private static final IcuAnnotator ICU = new IcuAnnotator();

    private static Annotation annotate(String language, String text) {
        return ICU.annotate(new Article("a1", "t", null, null, null, null, null, language, text, List.of(), List.of(),
                null, List.of()));
    }

    private static List<String> sentences(String text, Annotation a) {
        return a.sentences().stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    private static void assertOffsetsPointAtTheirWords(String text, Annotation a) {
        for (Sentence s : a.sentences()) {
            for (Token t : s.tokens()) {
                assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
                assertThat(t.start()).isGreaterThanOrEqualTo(s.start());
                assertThat(t.end()).isLessThanOrEqualTo(s.end());
            }
        }
    }

    @Test
    void splitsAFrenchParagraphIntoSentencesAndKeepsTitlesAndInitialsInside() {
        String text = "Au moins douze personnes ont été tuées mardi soir à Saint-Martin. « Nous cherchons encore », "
                + "a déclaré M. Dupont, le maire. Les secours sont arrivés vers 21 h 30 !\n\n"
                + "Le bilan pourrait s'alourdir.";
        Annotation a = annotate("fr", text);
        assertThat(sentences(text, a)).containsExactly(
                "Au moins douze personnes ont été tuées mardi soir à Saint-Martin.",
                "« Nous cherchons encore », a déclaré M. Dupont, le maire.",
                "Les secours sont arrivés vers 21 h 30 !",
                "Le bilan pourrait s'alourdir.");
        assertThat(a.sentences().get(1).tokens()).extracting(Token::word).containsExactly("«", "Nous", "cherchons",
                "encore", "»", ",", "a", "déclaré", "M", ".", "Dupont", ",", "le", "maire", ".");
        assertThat(a.sentences()).extracting(Sentence::index).containsExactly(0, 1, 2, 3);
        assertOffsetsPointAtTheirWords(text, a);
    }

    @Test
    void splitsARussianParagraphAndTagsNumbersAndWords() {
        String text = "По словам губернатора, не менее 12 человек погибли во вторник. «Мы продолжаем поиски», — "
                + "сказал г. Иванов, т. е. глава района. Спасатели работают на месте!\n\nЧто будет дальше?";
        Annotation a = annotate("ru", text);
        assertThat(sentences(text, a)).containsExactly(
                "По словам губернатора, не менее 12 человек погибли во вторник.",
                "«Мы продолжаем поиски», — сказал г. Иванов, т. е. глава района.",
                "Спасатели работают на месте!",
                "Что будет дальше?");
        Token twelve = a.sentences().get(0).tokens().get(6);
        assertThat(twelve.word()).isEqualTo("12");
        assertThat(twelve.start()).isEqualTo(text.indexOf("12"));
        assertThat(twelve.pos()).isEqualTo("CD");
        assertThat(a.sentences().get(0).tokens().get(0).pos()).isEqualTo("FW");
        assertThat(a.sentences().get(0).tokens().get(3).word()).isEqualTo(",");
        assertThat(a.sentences().get(0).tokens().get(3).pos()).isEqualTo(",");
        Token last = a.sentences().get(3).tokens().get(2);
        assertThat(last.word()).isEqualTo("дальше");
        assertThat(last.start()).isEqualTo(text.indexOf("дальше"));
        assertOffsetsPointAtTheirWords(text, a);
    }

    @Test
    void aTextOfOnlySpaceHasNoSentence() {
        assertThat(annotate("fr", " \n\n  \n").sentences()).isEmpty();
        assertThat(annotate(null, "").sentences()).isEmpty();
    }

    @Test
    void aDayWrittenAsAnOrdinalBeforeAMonthEndsNoSentence() {
        String text = "Das sagte Dr. Müller am 3. März in Köln. Gezählt wurden 12. Danach kamen u. a. Helfer.";
        Annotation a = annotate("de", text);
        assertThat(sentences(text, a)).containsExactly("Das sagte Dr. Müller am 3. März in Köln.",
                "Gezählt wurden 12.", "Danach kamen u. a. Helfer.");
        assertOffsetsPointAtTheirWords(text, a);
    }

    private static List<String> dates(String language, String text) {
        return annotate(language, text).sentences().stream().flatMap(s -> s.tokens().stream())
                .filter(t -> "DATE".equals(t.ner())).map(Token::word).toList();
    }

    @Test
    void aYearNextToAYearWordOfTheLanguageIsADateBeforeAWordToo() {
        assertThat(dates("de", "Seit 2021 hat das Unternehmen 1500 Menschen eingestellt.")).containsExactly("2021");
        assertThat(dates("es", "Desde 2007 existe un decreto que protege 2000 hectáreas.")).containsExactly("2007");
        assertThat(dates("ru", "В 2019 году погибли 1900 человек.")).containsExactly("2019");
        assertThat(dates("uk", "У 2020 році загинули 1900 людей.")).containsExactly("2020");
        assertThat(dates("de", "Bis 2000 Menschen werden erwartet.")).isEmpty();
    }
}
