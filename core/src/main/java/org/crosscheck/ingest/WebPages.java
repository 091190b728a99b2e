package org.crosscheck.ingest;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.crosscheck.model.Metadata;
import org.crosscheck.model.RawDocument;

/** Turns fetched or archived HTML into raw documents, refusing what is not a readable page. */
public final class WebPages {

    private WebPages() {
    }

    /**
     * Makes a document of a fetched page. The URL it was served from and the time it arrived are fallbacks:
     * the page's own canonical URL and date win over them.
     *
     * @param page     the page as served
     * @param source   the source name to give it (the URL as the user gave it, or {@code feed#entry})
     * @param hints    what is known that wins over the page's own metadata (e.g. a feed entry's headline)
     * @param fallback what is known that the page's own metadata overrides (e.g. a feed entry's link and date);
     *                 the page's final URL and retrieval time come first in it
     * @return the HTML document
     * @throws InputException when the page is not HTML, is binary, or has no text in its body
     */
    public static RawDocument document(WebPage page, String source, Metadata hints, Metadata fallback)
            throws InputException {
        ContentKind kind = ContentKind.of(page.mediaType(), page.body());
        if (kind != ContentKind.HTML) {
            throw new InputException("not an HTML page (" + describe(page.mediaType()) + ")");
        }
        return html(page.body(), page.charset(), source, hints,
                served(page.url(), page.retrieved()).orElse(fallback));
    }

    /**
     * Says where and when a page was served, as fallback metadata.
     *
     * @param url       the URL it was served from, or null
     * @param retrieved when it arrived or was archived, or null
     * @return metadata with only url and retrieved set (retrieved to the second, as a WARC-Date)
     */
    public static Metadata served(String url, Instant retrieved) {
        return new Metadata(null, null, url, null, null, null, null,
                retrieved == null ? null : retrieved.truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /**
     * Makes a document of HTML bytes.
     *
     * @param body    the page's bytes
     * @param charset the declared charset, or null
     * @param source   the source name
     * @param hints    what is known of the page that wins over its own metadata
     * @param fallback what is known of the page that its own metadata overrides
     * @return the HTML document
     * @throws InputException when the bytes are empty or binary, or the page has no text in its body
     */
    public static RawDocument html(byte[] body, String charset, String source, Metadata hints, Metadata fallback)
            throws InputException {
        String content = PageDecoder.decode(body, charset);
        if (!HtmlBody.hasText(content)) {
            throw new InputException("HTML page without body text");
        }
        return new RawDocument(source, RawDocument.Format.HTML, content, hints, fallback);
    }

    /**
     * Describes a media type for a message.
     *
     * @param mediaType the media type, or null
     * @return e.g. "content type image/png" or "no content type"
     */
    static String describe(String mediaType) {
        return mediaType == null || mediaType.isBlank() ? "no content type" : "content type " + mediaType;
    }
}
