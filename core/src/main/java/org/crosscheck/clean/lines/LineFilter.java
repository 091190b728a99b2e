package org.crosscheck.clean.lines;

/**
 * One link of the cleaning chain: recognises one kind of line and marks it in a {@link Draft}.
 * A filter only marks lines that no earlier filter has decided ({@link Draft#isOpen(int)}), so the
 * order of the chain sets precedence. Filters hold no state between documents.
 */
public interface LineFilter {

    /**
     * Marks the lines this filter recognises.
     *
     * @param draft the document being cleaned
     */
    void apply(Draft draft);
}
