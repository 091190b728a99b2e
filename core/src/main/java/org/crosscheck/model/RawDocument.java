package org.crosscheck.model;

import java.util.Objects;

/**
 * One document as read from a source, before cleaning: decoded content plus what the source told us.
 * The source's metadata comes in two strengths: {@code hints} win over what the page says of itself (a
 * JSON Lines record's fields, a feed entry's headline), {@code fallback} only fills what the page leaves
 * unsaid (the URL a page was fetched from, a feed entry's link and date, the capture time of an archive).
 *
 * @param source   the input's path or URL as given; {@code path#key} for a record inside a file that holds many
 * @param format   whether {@code content} is plain text or HTML
 * @param content  the decoded content, never null
 * @param hints    metadata the source supplied that wins over the page's own; fields may be null
 * @param fallback metadata the source supplied that the page's own metadata overrides; fields may be null
 */
public record RawDocument(String source, Format format, String content, Metadata hints, Metadata fallback) {

    /** The two shapes a document's content can have. */
    public enum Format { TEXT, HTML }

    /** Checks that source, format and content are present; null metadata become {@link Metadata#EMPTY}. */
    public RawDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(content, "content");
        hints = hints == null ? Metadata.EMPTY : hints;
        fallback = fallback == null ? Metadata.EMPTY : fallback;
    }

    /**
     * Creates a document whose source metadata all win over the page's own (no fallback).
     *
     * @param source  the input's path or URL as given
     * @param format  plain text or HTML
     * @param content the decoded content
     * @param hints   metadata the source supplied; may be null
     */
    public RawDocument(String source, Format format, String content, Metadata hints) {
        this(source, format, content, hints, Metadata.EMPTY);
    }
}
