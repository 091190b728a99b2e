package org.crosscheck.spark;

import java.io.Serializable;
import org.crosscheck.model.Article;
import org.crosscheck.model.SourceError;

/**
 * What reading one document gave: a cleaned article, or an error.
 *
 * @param ordinal   where it stands in the corpus
 * @param article   the cleaned article (with a provisional id), or null
 * @param inputHash SHA-256 of the text as the cleaner gave it (the store's {@code input_hash}), or null
 * @param error     the error, or null
 */
public record ReadResult(Ordinal ordinal, Article article, String inputHash, SourceError error) implements Serializable {

    /**
     * Makes a result holding an article.
     *
     * @param ordinal where it stands
     * @param article the article
     * @return the result
     */
    static ReadResult of(Ordinal ordinal, Article article) {
        return new ReadResult(ordinal, article, Hashes.sha256(article.text()), null);
    }

    /**
     * Makes a result holding an error.
     *
     * @param ordinal where it stands
     * @param error   the error
     * @return the result
     */
    static ReadResult of(Ordinal ordinal, SourceError error) {
        return new ReadResult(ordinal, null, null, error);
    }
}
