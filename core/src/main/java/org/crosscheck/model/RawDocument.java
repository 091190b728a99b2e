package org.crosscheck.model;

import java.util.Objects;

/**
 * One document as read from a source, before cleaning: decoded content plus what the source told us.
 *
 * @param source  the input's path or URL as given; {@code path#key} for a record inside a file that holds many
 * @param format  whether {@code content} is plain text or HTML
 * @param content the decoded content, never null
 * @param hints   metadata the source supplied (JSON fields, HTTP headers, WARC headers); fields may be null
 */
public record RawDocument(String source, Format format, String content, Metadata hints) {

    /** The two shapes a document's content can have. */
    public enum Format { TEXT, HTML }

    /** Checks that source, format and content are present; null hints become {@link Metadata#EMPTY}. */
    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        hints = hints == null ? Metadata.EMPTY : hints;
    }
}
