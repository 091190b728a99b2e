package org.crosscheck.clean.html;

import java.util.List;
import org.crosscheck.model.Metadata;
import org.crosscheck.model.Removal;

/**
 * The main text of an HTML page as blocks, before line cleaning.
 *
 * @param blocks   the article's text blocks (paragraphs, headings, quotes) in order
 * @param metadata what the page's own metadata says (title, site name, date, author, URL, language)
 * @param removed  blocks of the page left out, with reasons
 */
public record ExtractedPage(List<String> blocks, Metadata metadata, List<Removal> removed) {

    /** Makes the lists immutable. */
    public ExtractedPage {
        blocks = List.copyOf(blocks);
        removed = List.copyOf(removed);
    }
}
