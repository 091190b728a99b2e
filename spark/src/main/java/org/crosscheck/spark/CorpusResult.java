package org.crosscheck.spark;

import java.io.Serializable;
import org.crosscheck.compare.StoryParts;

/**
 * What the corpus step gives: a table row, or one story to compare (comparisons are made per story on the
 * executors, {@link CompareStep}).
 *
 * @param row   a row of a table other than the comparisons, or null
 * @param story a story's parts, or null
 */
record CorpusResult(TableRow row, StoryParts story) implements Serializable {
}
