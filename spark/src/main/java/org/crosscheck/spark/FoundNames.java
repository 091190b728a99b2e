package org.crosscheck.spark;

import java.io.Serializable;
import java.util.List;
import org.crosscheck.extract.FoundMention;

/**
 * The names found in one annotated article: all that entity resolution needs of it (no text, no annotation).
 *
 * @param ordinal where the article stands in the corpus
 * @param article the article id
 * @param found   the names in text order
 */
public record FoundNames(Ordinal ordinal, String article, List<FoundMention> found) implements Serializable {
}
