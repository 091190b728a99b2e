package org.crosscheck.app.search;

/**
 * One search hit.
 *
 * @param type    "article", "statement" or "figure"
 * @param id      the record's store id
 * @param article the article it is in
 * @param title   the article's title
 * @param outlet  the article's outlet, or null
 * @param date    the publication date (yyyy-mm-dd), or null
 * @param start   start offset of the record in the article text (0 for an article)
 * @param end     end offset (the text length for an article)
 * @param snippet the best passage, matched words between {@link SearchIndex#MARK_START} and
 *                {@link SearchIndex#MARK_END}; not escaped
 * @param score   relevance
 */
public record Hit(String type, String id, String article, String title, String outlet, String date, int start,
                  int end, String snippet, float score) {
}
