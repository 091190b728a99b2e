package org.crosscheck.ingest;

import org.crosscheck.model.Metadata;
import org.crosscheck.model.SourceError;

/**
 * Reads a URL given as input: an HTML page becomes one document named by the URL as given; a feed gives
 * its entries (teaser-only entries have their linked pages fetched). Failures become one error line.
 */
public final class UrlReader {

    private final WebClient web;
    private final FeedDocuments feeds;

    /**
     * Creates the reader.
     *
     * @param web fetches pages
     */
    public UrlReader(WebClient web) {
        this.web = web;
        this.feeds = new FeedDocuments(web);
    }

    /**
     * Tells whether an input names a web resource rather than a file.
     *
     * @param input a path or URL as the user gave it
     * @return true for http and https URLs
     */
    public static boolean isUrl(String input) {
        String s = input.trim().toLowerCase(java.util.Locale.ROOT);
        return s.startsWith("http://") || s.startsWith("https://");
    }

    /**
     * Fetches and reads one URL.
     *
     * @param url  the URL as the user gave it
     * @param sink receives documents, errors and notes
     */
    public void read(String url, DocumentSink sink) {
        try {
            WebPage page = web.get(url.trim());
            if (page.notModified()) {
                sink.note(url, "not modified since the last fetch");
                return;
            }
            switch (ContentKind.of(page.mediaType(), page.body())) {
                case FEED -> feed(page, url, sink);
                case HTML -> sink.document(WebPages.document(page, url, Metadata.EMPTY, Metadata.EMPTY));
                default -> throw new InputException("not an HTML page or a feed ("
                        + WebPages.describe(page.mediaType()) + ")");
            }
        } catch (InputException e) {
            sink.error(new SourceError(url, e.getMessage()));
        }
    }

    private void feed(WebPage page, String url, DocumentSink sink) throws InputException {
        Feed feed = FeedParser.parse(page.body());
        if (feed.entries().isEmpty()) {
            throw new InputException("feed has no entries");
        }
        feeds.emit(feed, url, sink, FeedDocuments.Teasers.FETCH_OR_REPORT);
    }
}
