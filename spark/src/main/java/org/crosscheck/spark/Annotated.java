package org.crosscheck.spark;

import java.io.Serializable;
import java.util.List;
import org.crosscheck.extract.FoundMention;
import org.crosscheck.model.Annotation;
import org.crosscheck.model.Article;
import org.crosscheck.model.SourceError;

/**
 * One article after the per-article work that needs no other article: its annotation, the names found in it,
 * and the vectors of the sentences grouping embeds.
 *
 * @param article    the article, with its final id
 * @param ordinal    where it stands in the corpus
 * @param inputHash  the hash of its text as the cleaner gave it
 * @param annotation its annotation, or null when annotating failed
 * @param found      the names found in it, not yet resolved
 * @param vectors    the vectors of {@link org.crosscheck.group.GroupStage#embeddedSentences}, or null
 * @param errors     what failed on it
 */
public record Annotated(Article article, Ordinal ordinal, String inputHash, Annotation annotation,
                        List<FoundMention> found, List<float[]> vectors, List<SourceError> errors)
        implements Serializable {
}
