package org.crosscheck.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Metadata;
import org.crosscheck.model.RawDocument;
import org.crosscheck.model.SourceError;

/**
 * Turns feed entries into documents: an entry that carries the article (at least {@link #FULL_TEXT_CHARS}
 * characters of text) becomes an HTML document; one with only a teaser has its linked page fetched when a
 * {@link WebClient} is given, and is otherwise reported (or, inside an archive, counted and skipped).
 *
 * <p>Which source wins, field by field, when an entry's linked page is read: the entry's <b>title</b> and
 * <b>author</b> win (the feed names this item's headline and byline; a page's {@code <title>} carries the
 * site's name and its {@code author} meta is often the site's), and the page's own fills them when the feed
 * has none; the page's canonical <b>URL</b>, <b>publication date</b> and <b>language</b> win (a feed's link
 * is often a tracking redirect, its date is sometimes the time the feed was rebuilt, its language is the
 * channel's), and the feed's fill them when the page says nothing. An entry that carries the full text is
 * its own page, so all of its values win.
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

    private static final Pattern MAIL_WITH_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");
    private static final Pattern BARE_MAIL = Pattern.compile("\\S+@\\S+\\.\\S+");
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
            if (entry.bodyChars() >= FULL_TEXT_CHARS) {
                sink.document(new RawDocument(entrySource, RawDocument.Format.HTML, wrap(entry.body()),
                        hints(feed, entry).orElse(fallback(feed, entry))));
            } else if (teasers == Teasers.SKIP) {
                skipped++;
            } else {
                linked(entry, entrySource, hints(feed, entry), fallback(feed, entry), sink);
            }
        }
        return skipped;
    }

    /**
     * Returns what a feed says of one of its entries that wins over the linked page's own metadata.
     *
     * @param feed  the feed
     * @param entry one of its entries
     * @return id (guid), title and author
     */
    public static Metadata hints(Feed feed, FeedEntry entry) {
        return new Metadata(entry.key(), entry.title(), null, null, null, byline(entry.author()), null);
    }

    /**
     * Returns what a feed says of one of its entries that the linked page's own metadata overrides.
     *
     * @param feed  the feed
     * @param entry one of its entries
     * @return link, date and the feed's language
     */
    public static Metadata fallback(Feed feed, FeedEntry entry) {
        return new Metadata(null, null, entry.link(), null, entry.published(), null, feed.language());
    }

    /**
     * Makes a byline of a feed's author field: RSS 2.0 asks for an e-mail address, often written
     * {@code desk@example.com (Ann Writer)}; the name is the byline, a bare address is none.
     *
     * @param author the author field, or null
     * @return the name, or null when there is only an address
     */
    static String byline(String author) {
        if (author == null) {
            return null;
        }
        Matcher m = MAIL_WITH_NAME.matcher(author.strip());
        if (m.matches()) {
            return m.group(1).strip();
        }
        return BARE_MAIL.matcher(author.strip()).matches() ? null : author;
    }

    private void linked(FeedEntry entry, String source, Metadata hints, Metadata fallback, DocumentSink sink) {
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
            sink.document(WebPages.document(web.get(entry.link()), source, hints, fallback));
        } catch (InputException e) {
            sink.error(new SourceError(source, "linked page " + entry.link() + ": " + e.getMessage()));
        }
    }

    /** The entry's HTML is a fragment; wrapped as a page so the HTML extractor sees one article body. */
    private static String wrap(String fragment) {
        return "<!DOCTYPE html><html><body><article>" + fragment + "</article></body></html>";
    }
}
