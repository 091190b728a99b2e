package org.crosscheck.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.annotate.AnnotateStage;
import org.crosscheck.annotate.LanguageRouter;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Statement;
import org.crosscheck.pipeline.Progress;
import org.junit.jupiter.api.Test;

/** Reported speech by a verb and a complementizer in languages annotated without models (reported-LANG.tsv). */
class LanguageReportedSpeechTest {

    private static List<Statement> statements(String language, String text) {
        Article a = new Article("a1", "a1.txt", "Test Outlet", null, null, null, null, language, text, List.of(),
                List.of(), null, List.of());
        Corpus c = new AnnotateStage(LanguageRouter::standard, 1).apply(Corpus.of(List.of(a), List.of()), Progress.NONE);
        c = new EntityStage().apply(c, Progress.NONE);
        return new StatementStage().apply(c, Progress.NONE).statements();
    }

    private static void reported(String language, String text, String speaker, String cue, String cueClass,
                                 String content) {
        assertThat(statements(language, text)).as(text).singleElement().satisfies(s -> {
            assertThat(s.mode()).isEqualTo(Statement.REPORTED);
            assertThat(s.speaker().text()).isEqualTo(speaker);
            assertThat(s.cue()).isEqualTo(cue);
            assertThat(s.cueClass()).isEqualTo(cueClass);
            assertThat(s.content()).isEqualTo(content);
        });
    }

    @Test
    void aVerbAndItsComplementizerInEachLanguage() {
        reported("fr", "Le maire Jean Dupont a déclaré aux journalistes que la digue tiendrait.", "Le maire Jean Dupont",
                "a déclaré", "say", "la digue tiendrait");
        reported("de", "Die Polizei sagte, dass niemand verletzt worden sei.", "Die Polizei", "sagte", "say",
                "niemand verletzt worden sei");
        reported("ru", "Министр Катя Линд заявила, что страна готова к проверке.", "Министр Катя Линд", "заявила",
                "say", "страна готова к проверке");
        reported("uk", "Губернаторка Ільзе Варга повідомила, що рятувальники працюють.", "Губернаторка Ільзе Варга",
                "повідомила", "say", "рятувальники працюють");
    }

    @Test
    void aNameSetOffByCommasOrBeforeARelativeClauseSpeaks() {
        reported("es", "El portavoz del ministerio, Viktor Hale, negó que los periodistas fueran el objetivo.",
                "Viktor Hale", "negó", "deny", "los periodistas fueran el objetivo");
        reported("fr", "Le Bureau de coordination (RCO), qui coordonne l'aide, a indiqué qu'il envoyait une équipe.",
                "Le Bureau de coordination", "a indiqué", "say", "il envoyait une équipe");
    }

    @Test
    void soDassIsNoReport() {
        assertThat(statements("de", "Es regnete stark, so dass der Fluss über die Ufer trat.")).isEmpty();
    }
}
