package org.crosscheck.model;

import java.util.List;

/**
 * The linguistic annotation of one article: sentences, tokens, tags and (selectively) parses.
 *
 * @param article   the article id
 * @param sentences its sentences in order
 */
public record Annotation(String article, List<Sentence> sentences)
        implements java.io.Serializable {

    /** Makes the list immutable. */
    public Annotation {
        sentences = List.copyOf(sentences);
    }
}
