package org.crosscheck.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crosscheck.annotate.AnnotateStage;
import org.crosscheck.annotate.CoreNlpAnnotator;
import org.crosscheck.extract.EntityStage;
import org.crosscheck.extract.FigureStage;
import org.crosscheck.extract.StatementStage;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.pipeline.Progress;

/**
 * Test helper: articles from short texts, annotated by the one shared CoreNLP instance of the test JVM
 * (loading the models takes seconds, so every test class shares it), and run through the extract stages.
 */
public final class Nlp {

    private Nlp() {
    }

    /**
     * Makes an article from a text.
     *
     * @param id   the article id
     * @param text the clean text
     * @return the article
     */
    public static Article article(String id, String text) {
        return new Article(id, id + ".txt", "Test Outlet", null, null, null, null, "en", text, List.of(), List.of(),
                null, List.of());
    }

    /**
     * Annotates texts (one article each, ids a1, a2, ...).
     *
     * @param texts the article texts
     * @return a corpus with annotations
     */
    public static Corpus annotated(String... texts) {
        List<Article> articles = new ArrayList<>();
        for (String t : texts) {
            articles.add(article("a" + (articles.size() + 1), t));
        }
        Corpus corpus = new Corpus(articles, Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of());
        return new AnnotateStage(CoreNlpAnnotator::shared, 1).apply(corpus, Progress.NONE);
    }

    /**
     * Annotates texts and runs entities, statements and figures on them.
     *
     * @param texts the article texts
     * @return the extracted corpus
     */
    public static Corpus extracted(String... texts) {
        Corpus c = annotated(texts);
        c = new EntityStage().apply(c, Progress.NONE);
        c = new StatementStage().apply(c, Progress.NONE);
        return new FigureStage().apply(c, Progress.NONE);
    }
}
