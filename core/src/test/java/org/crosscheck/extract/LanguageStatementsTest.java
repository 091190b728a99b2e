package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.annotate.AnnotateStage;
import org.crosscheck.annotate.LanguageRouter;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Statement;
import org.crosscheck.pipeline.Progress;
import org.junit.jupiter.api.Test;

/**
 * "According to" in the article's language, on articles annotated without models (ICU): the statement, its cue, its
 * source as written, and the figure inside it claimed by that source.
 */
class LanguageStatementsTest {

    private static Corpus extracted(String language, String text) {
        List<Article> articles = new ArrayList<>();
        articles.add(new Article("a1", "a1.txt", "Test Outlet", null, null, null, null, language, text, List.of(),
                List.of(), null, List.of()));
        Corpus c = Corpus.of(articles, List.of());
        c = new AnnotateStage(LanguageRouter::standard, 1).apply(c, Progress.NONE);
        c = new EntityStage().apply(c, Progress.NONE);
        c = new StatementStage().apply(c, Progress.NONE);
        return new FigureStage().apply(c, Progress.NONE);
    }

    private static void reported(String language, String text, String cue, String source, String content,
                                 String hedge) {
        Corpus c = extracted(language, text);
        assertThat(c.statements()).as(text).hasSize(1);
        Statement s = c.statements().get(0);
        assertThat(s.mode()).isEqualTo(Statement.REPORTED);
        assertThat(s.cue()).isEqualTo(cue);
        assertThat(s.speaker().text()).isEqualTo(source);
        assertThat(s.content()).isEqualTo(content);
        Figure f = c.figures().get(0);
        assertThat(f.hedge()).isEqualTo(hedge);
        assertThat(f.value()).isEqualTo(12.0);
        assertThat(f.statement()).isEqualTo(s.id());
        assertThat(f.claimant().text()).isEqualTo(source);
    }

    @Test
    void accordingToInEachLanguage() {
        reported("fr", "Selon le gouverneur de la région, au moins 12 personnes ont été tuées.", "selon",
                "le gouverneur de la région", "au moins 12 personnes ont été tuées", "au moins");
        reported("es", "Al menos 12 personas murieron el martes, según el gobernador regional.", "según",
                "el gobernador regional", "Al menos 12 personas murieron el martes,", "Al menos");
        reported("ru", "По словам губернатора области, не менее 12 человек погибли во вторник.", "по словам",
                "губернатора области", "не менее 12 человек погибли во вторник", "не менее");
        reported("uk", "За словами губернатора області, щонайменше 12 людей загинули у вівторок.", "за словами",
                "губернатора області", "щонайменше 12 людей загинули у вівторок", "щонайменше");
    }

    @Test
    void aSourceWithNoEndToTellIsNoStatement() {
        Corpus c = extracted("es", "Según la policía murieron al menos 12 personas.");
        assertThat(c.statements()).isEmpty();
        assertThat(c.figures()).extracting(Figure::hedge).containsExactly("al menos");
    }

    @Test
    void aGermanSourceEndsAtItsFirstLowerCaseWord() {
        reported("de", "Laut Polizei starben mindestens 12 Menschen.", "laut", "Polizei",
                "starben mindestens 12 Menschen", "mindestens");
        reported("de", "Nach Angaben der Bergwacht wurden mindestens 12 Menschen verletzt.", "nach angaben",
                "der Bergwacht", "wurden mindestens 12 Menschen verletzt", "mindestens");
    }

    @Test
    void anAttributionThatEndsTheSentence() {
        reported("fr", "Une digue a cédé mardi, faisant au moins 12 morts, a déclaré le préfet de la région.",
                "a déclaré", "le préfet de la région", "Une digue a cédé mardi, faisant au moins 12 morts",
                "au moins");
        reported("uk", "Повінь забрала життя щонайменше 12 людей, повідомила поліція області.", "повідомила",
                "поліція області", "Повінь забрала життя щонайменше 12 людей", "щонайменше");
    }

    @Test
    void aPronounStandsForTheSpeakerTheParagraphIsAbout() {
        Corpus fr = extracted("fr", "Le maire Paul Girard a déclaré que la digue serait réparée."
                + " « Nous reconstruirons tout le quartier », a-t-il dit.");
        assertThat(fr.statements()).extracting(s -> s.speaker().text()).containsOnly("Le maire Paul Girard");
        Corpus uk = extracted("uk", "Повінь забрала життя 12 людей, повідомила губернаторка Олена Мирна.\n\n"
                + "Мирна звинуватила в трагедії будівельників. «Дамбу не ремонтували десять років», – сказала вона.");
        assertThat(uk.statements()).extracting(s -> s.speaker().text())
                .containsExactly("губернаторка Олена Мирна", "губернаторка Олена Мирна");
    }

    private static void direct(String language, String text, String cue, String speaker, String content) {
        Corpus c = extracted(language, text);
        assertThat(c.statements()).as(text).hasSize(1);
        Statement s = c.statements().get(0);
        assertThat(s.mode()).isEqualTo(Statement.DIRECT);
        assertThat(s.cue()).isEqualTo(cue);
        assertThat(s.speaker().text()).isEqualTo(speaker);
        assertThat(s.content()).isEqualTo(content);
    }

    @Test
    void aQuotationByTheLanguagesMarksAndCues() {
        direct("fr", "« Nous cherchons encore des survivants », a déclaré M. Dupont, le maire de la commune.",
                "a déclaré", "M. Dupont", "Nous cherchons encore des survivants");
        direct("de", "„Wir suchen weiter nach Überlebenden“, sagte der Bürgermeister am Mittwoch.", "sagte",
                "der Bürgermeister am Mittwoch", "Wir suchen weiter nach Überlebenden");
        direct("es", "El alcalde dijo: «Seguimos buscando a los supervivientes».", "dijo", "El alcalde",
                "Seguimos buscando a los supervivientes");
        direct("ru", "«Мы продолжаем поиски выживших», — сказал г. Иванов, глава района.", "сказал", "г. Иванов",
                "Мы продолжаем поиски выживших");
        direct("uk", "«Ми продовжуємо пошуки тих, хто вижив», — сказав голова району.", "сказав", "голова району",
                "Ми продовжуємо пошуки тих, хто вижив");
    }

    @Test
    void aQuotationWithoutACueOfItsLanguageHasNoSpeaker() {
        Corpus c = extracted("fr", "« Nous cherchons encore des survivants », sagte der Bürgermeister.");
        assertThat(c.statements()).singleElement().satisfies(s -> assertThat(s.speaker()).isNull());
    }
}
