package org.crosscheck.model;

/**
 * A source sentence used in a summary, with where it came from.
 *
 * @param text    the sentence as written in the source
 * @param article the article id
 * @param start   start offset in that article's text
 * @param end     end offset, exclusive
 */
public record CitedSentence(String text, String article, int start, int end) implements java.io.Serializable {
}
