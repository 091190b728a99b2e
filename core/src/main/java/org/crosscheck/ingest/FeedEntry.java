package org.crosscheck.ingest;

/**
 * One entry of an RSS or Atom feed, as the feed gives it.
 *
 * @param key       the entry's own id (RSS {@code guid}, Atom {@code id}), or null
 * @param number    its 1-based position in the feed
 * @param title     headline, or null
 * @param link      the article's URL, or null
 * @param published publication (else update) time, ISO-8601, or null
 * @param author    author name(s), or null
 * @param body      the longest HTML the entry carries (full content or summary), or null
 * @param bodyChars how many characters of text that HTML holds
 */
public record FeedEntry(String key, int number, String title, String link, String published, String author,
                        String body, int bodyChars) {
}
