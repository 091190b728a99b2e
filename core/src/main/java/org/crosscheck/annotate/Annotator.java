package org.crosscheck.annotate;

import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;

/** Annotates article texts. Implementations load their models once and are safe to call from many threads. */
public interface Annotator {

    /**
     * Annotates one article.
     *
     * @param article the article; its text is what gets annotated
     * @return sentences and tokens with offsets into {@code article.text()}
     */
    Annotation annotate(Article article);
}
