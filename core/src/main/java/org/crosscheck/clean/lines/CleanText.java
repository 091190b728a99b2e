package org.crosscheck.clean.lines;

import java.util.List;
import org.crosscheck.model.Removal;

/**
 * What {@link TextCleaner} makes of a text.
 *
 * @param text    the article text: kept paragraphs joined by blank lines
 * @param removed every removed line, in document order (cut prefixes first), with its reason
 * @param found   metadata found in the removed lines (title, author, published, outlet, dateline …)
 * @param credits credit lines
 */
public record CleanText(String text, List<Removal> removed, LineFacts found, List<String> credits) {

    /** Makes the lists immutable. */
    public CleanText {
        removed = List.copyOf(removed);
        credits = List.copyOf(credits);
    }

    /** Returns the dateline place, or null. */
    public String dateline() {
        return found.dateline();
    }
}
