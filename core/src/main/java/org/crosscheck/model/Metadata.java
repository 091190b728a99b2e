package org.crosscheck.model;

/**
 * What is known about a document besides its text; every field may be null when unknown.
 *
 * @param id        the record's own id in its container (JSON {@code id}, WARC record id, feed guid)
 * @param title     headline
 * @param url       canonical or fetched URL
 * @param outlet    publisher's name
 * @param published publication date or date-time, ISO-8601 where it could be parsed; never a crawl date
 * @param author    byline name(s)
 * @param language  ISO 639-1 code
 * @param retrieved when the page was fetched or archived (ISO-8601 instant, e.g. a WARC-Date): when the
 *                  document was seen, not when it was published
 */
public record Metadata(String id, String title, String url, String outlet, String published, String author,
                       String language, String retrieved) {

    /** Metadata with every field unknown. */
    public static final Metadata EMPTY = new Metadata(null, null, null, null, null, null, null, null);

    /**
     * Creates metadata without a retrieval time (the form used before {@code retrieved} existed).
     *
     * @param id        the record's own id
     * @param title     headline
     * @param url       canonical or fetched URL
     * @param outlet    publisher's name
     * @param published publication date
     * @param author    byline name(s)
     * @param language  ISO 639-1 code
     */
    public Metadata(String id, String title, String url, String outlet, String published, String author,
                    String language) {
        this(id, title, url, outlet, published, author, language, null);
    }

    /**
     * Fills this record's unknown fields from another.
     *
     * @param fallback values to use where this record has none; may be null
     * @return a record with this record's values, or the fallback's where this one has null
     */
    public Metadata orElse(Metadata fallback) {
        if (fallback == null) {
            return this;
        }
        return new Metadata(first(id, fallback.id), first(title, fallback.title), first(url, fallback.url),
                first(outlet, fallback.outlet), first(published, fallback.published),
                first(author, fallback.author), first(language, fallback.language),
                first(retrieved, fallback.retrieved));
    }

    /**
     * Returns a copy with another URL.
     *
     * @param newUrl the URL, may be null
     * @return the same metadata with that URL
     */
    public Metadata withUrl(String newUrl) {
        return new Metadata(id, title, newUrl, outlet, published, author, language, retrieved);
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }
}
