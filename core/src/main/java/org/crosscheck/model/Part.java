package org.crosscheck.model;

/**
 * One quoted or reported piece of a statement's content, as offsets into the article's clean text.
 *
 * @param start start offset, inclusive
 * @param end   end offset, exclusive
 */
public record Part(int start, int end) implements java.io.Serializable {
}
