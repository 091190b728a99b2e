package org.crosscheck.extract;

/**
 * A quotation in an article's text.
 *
 * @param start        offset of the opening quotation mark
 * @param end          offset after the closing mark (or the paragraph end if it never closes)
 * @param contentStart offset of the first quoted character
 * @param contentEnd   offset after the last quoted character
 */
record Quote(int start, int end, int contentStart, int contentEnd) {

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
