package org.crosscheck.ingest;

import java.util.List;

/**
 * A parsed RSS or Atom feed.
 *
 * @param title    the feed's title, or null
 * @param language its ISO 639-1 language, or null
 * @param entries  its entries, in feed order
 */
public record Feed(String title, String language, List<FeedEntry> entries) {

    /** Copies the entry list. */
    public Feed {
        entries = List.copyOf(entries);
    }
}
