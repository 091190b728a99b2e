package org.crosscheck.model;

/**
 * One place in an article's text where an entity is named.
 *
 * @param article the article id
 * @param start   start offset in the article text, inclusive
 * @param end     end offset, exclusive
 * @param text    the text between the offsets, as written
 */
public record Mention(String article, int start, int end, String text) implements java.io.Serializable {
}
