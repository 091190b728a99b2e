package org.crosscheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Token;
import org.crosscheck.pipeline.Progress;
import org.junit.jupiter.api.Test;

/**
 * English goes to CoreNLP, every other language to ICU; the annotate stage first tells the language an input did not
 * state.
 */
class LanguageRouterTest {

    private static final LanguageRouter ROUTER = LanguageRouter.standard();

    private static Article article(String id, String language, String text) {
        return new Article(id, "t-" + id, null, null, null, null, null, language, text, List.of(), List.of(), null,
                List.of());
    }

    private static List<String> tags(Annotation a) {
        return a.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::pos).toList();
    }

    @Test
    void aFrenchArticleIsNotTaggedByEnglishModels() {
        Annotation a = ROUTER.annotate(article("a1", "fr-FR", "Le maire a parlé mardi. Douze maisons sont détruites."));
        assertThat(a.sentences()).hasSize(2);
        assertThat(tags(a)).containsOnly("FW", ".");
        assertThat(a.sentences().get(0).tokens()).allSatisfy(t -> assertThat(t.lemma()).isNull());
    }

    @Test
    void anEnglishArticleAndOneOfNoKnownLanguageGetCoreNlp() {
        Annotation en = ROUTER.annotate(article("a1", "en-GB", "The mayor spoke on Tuesday."));
        assertThat(tags(en)).contains("DT", "NN", "VBD").doesNotContain("FW");
        Annotation unknown = ROUTER.annotate(article("a2", null, "The mayor spoke on Tuesday."));
        assertThat(tags(unknown)).isEqualTo(tags(en));
    }

    @Test
    void theStageTellsAMissingLanguageAndKeepsAStatedOne() {
        Corpus c = Corpus.of(List.of(
                article("a1", null, "Au moins douze personnes ont été tuées mardi soir, selon le gouverneur de la "
                        + "région."),
                article("a2", "de", "Au moins douze personnes ont été tuées mardi soir, selon le gouverneur.")),
                List.of());
        Corpus done = new AnnotateStage(() -> ROUTER, 1).apply(c, Progress.NONE);
        assertThat(done.articles()).extracting(Article::language).containsExactly("fr", "de");
        assertThat(tags(done.annotations().get("a1"))).contains("FW").doesNotContain("NN", "NNP");
    }
}
