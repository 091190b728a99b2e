package org.crosscheck.app.search;

import java.time.LocalDate;

/**
 * A search: words plus optional filters and the page wanted.
 *
 * @param text    the query in Lucene syntax (plain words work); blank matches everything
 * @param type    "article", "statement" or "figure", or null for all
 * @param outlet  outlet name, or null
 * @param language the articles' language (ISO 639-1), or null
 * @param speaker speaker or claimant as written, or null
 * @param kind    figure kind, or null
 * @param event   event id, or null
 * @param from    earliest publication date, or null
 * @param to      latest publication date, or null
 * @param offset  index of the first hit wanted
 * @param limit   page size
 */
public record SearchQuery(String text, String type, String outlet, String language, String speaker, String kind,
                          String event, LocalDate from, LocalDate to, int offset, int limit) {

    /** Largest page size. */
    public static final int MAX_LIMIT = 100;

    /** Keeps paging in bounds. */
    public SearchQuery {
        offset = Math.max(0, Math.min(offset, 10_000));
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    /**
     * Makes a plain query over everything.
     *
     * @param text  the words
     * @param limit page size
     * @return the query
     */
    public static SearchQuery of(String text, int limit) {
        return new SearchQuery(text, null, null, null, null, null, null, null, null, 0, limit);
    }
}
