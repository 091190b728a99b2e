package org.crosscheck.spark;

import java.io.Serializable;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.Figure;
import org.crosscheck.model.SourceError;
import org.crosscheck.model.Statement;

/**
 * One article after every per-article stage: what the corpus stages need of it (no annotation).
 *
 * @param article    the article
 * @param ordinal    where it stands in the corpus
 * @param inputHash  the hash of its text as the cleaner gave it
 * @param statements its statements, numbered {@code s1, s2, …} within the article
 * @param figures    its figures, numbered {@code f1, f2, …} within the article
 * @param vectors    the vectors of the sentences grouping embeds, or null
 * @param errors     what failed on it
 */
public record Extracted(Article article, Ordinal ordinal, String inputHash, List<Statement> statements,
                        List<Figure> figures, List<float[]> vectors, List<SourceError> errors)
        implements Serializable {

    /**
     * Returns the article without its sentence vectors, for the steps after grouping, which do not read them.
     *
     * @return the same article, vectors null
     */
    public Extracted withoutVectors() {
        return new Extracted(article, ordinal, inputHash, statements, figures, null, errors);
    }
}
