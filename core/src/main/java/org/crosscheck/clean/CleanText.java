package org.crosscheck.clean;

import java.util.List;
import org.crosscheck.model.Metadata;
import org.crosscheck.model.Removal;

/**
 * What {@link TextCleaner} makes of a text.
 *
 * @param text     the article text: kept paragraphs joined by blank lines
 * @param removed  every removed line, in document order, with its reason
 * @param found    metadata found in the text (title, author, published)
 * @param dateline the dateline place, or null
 * @param credits  credit lines
 */
public record CleanText(String text, List<Removal> removed, Metadata found, String dateline, List<String> credits) {

    /** Makes the lists immutable. */
    public CleanText {
        removed = List.copyOf(removed);
        credits = List.copyOf(credits);
    }
}
