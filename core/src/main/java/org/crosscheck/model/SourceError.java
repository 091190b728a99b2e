package org.crosscheck.model;

/**
 * An input that could not be read, with a one-line reason.
 *
 * @param source  the input's path or URL (with {@code #key} for one record of many)
 * @param message what is wrong, in words a user understands
 */
public record SourceError(String source, String message) {
}
