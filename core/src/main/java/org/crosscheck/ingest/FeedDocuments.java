package org.crosscheck.ingest;

import org.crosscheck.model.Metadata;
import org.crosscheck.model.RawDocument;
import org.crosscheck.model.SourceError;

/**
 * Turns feed entries into documents: an entry that carries the article (at least {@link #FULL_TEXT_CHARS}
 * characters of text) becomes an HTML document; one with only a teaser has its linked page fetched when a
 * {@link WebClient} is given, and is otherwise reported (or, inside an archive, counted and skipped).
 */
public final class FeedDocuments {

    /** Text length from which an entry's content is taken as the article rather than a teaser. */
    public static final int FULL_TEXT_CHARS = 500;

    /** What to do with an entry that carries only a teaser. */
    public enum Teasers {
        /** Fetch the linked page if fetching is on, else report the entry as an error. */
        FETCH_OR_REPORT,
        /** Count and skip it: the linked page is expected elsewhere (e.g. in the same archive). */
        SKIP
    }

    private final WebClient web;

    /**
     * Creates the converter.
     *
     * @param web fetches linked pages; null when fetching is off
     */
    public FeedDocuments(WebClient web) {
        this.web = web;
    }

    /**
     * Gives each entry of a feed to the sink as a document or an error.
     *
     * @param feed    the feed
     * @param source  the feed's source name; entries are named {@code source#guid} or {@code source#number}
     * @param sink    receives documents and errors
     * @param teasers what to do with entries that carry only a teaser
     * @return how many teaser-only entries were skipped
     */
    public int emit(Feed feed, String source, DocumentSink sink, Teasers teasers) {
        int skipped = 0;
        for (FeedEntry entry : feed.entries()) {
            String entrySource = source + "#" + (entry.key() != null ? entry.key() : entry.number());
            Metadata hints = hints(feed, entry);
            if (entry.bodyChars() >= FULL_TEXT_CHARS) {
                sink.document(new RawDocument(entrySource, RawDocument.Format.HTML, wrap(entry.body()), hints));
            } else if (teasers == Teasers.SKIP) {
                skipped++;
            } else {
                linked(entry, entrySource, hints, sink);
            }
        }
        return skipped;
    }

    /**
     * Returns what a feed says of one of its entries.
     *
     * @param feed  the feed
     * @param entry one of its entries
     * @return id (guid), title, link, date, author and the feed's language
     */
    public static Metadata hints(Feed feed, FeedEntry entry) {
        return new Metadata(entry.key(), entry.title(), entry.link(), null, entry.published(), entry.author(),
                feed.language());
    }

    private void linked(FeedEntry entry, String source, Metadata hints, DocumentSink sink) {
        if (entry.link() == null) {
            sink.error(new SourceError(source, "feed entry has no article text (" + entry.bodyChars()
                    + " characters) and no link"));
            return;
        }
        if (web == null) {
            sink.error(new SourceError(source, "feed entry carries only a summary (" + entry.bodyChars()
                    + " characters) and fetching is off, so its page " + entry.link() + " was not read"));
            return;
        }
        try {
            sink.document(WebPages.document(web.get(entry.link()), source, hints));
        } catch (InputException e) {
            sink.error(new SourceError(source, "linked page " + entry.link() + ": " + e.getMessage()));
        }
    }

    /** The entry's HTML is a fragment; wrapped as a page so the HTML extractor sees one article body. */
    private static String wrap(String fragment) {
        return "<!DOCTYPE html><html><body><article>" + fragment + "</article></body></html>";
    }
}
