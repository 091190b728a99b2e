package org.crosscheck.ingest;

import org.crosscheck.model.Metadata;
import org.crosscheck.model.RawDocument;

/** Turns fetched or archived HTML into raw documents, refusing what is not a readable page. */
public final class WebPages {

    private WebPages() {
    }

    /**
     * Makes a document of a fetched page.
     *
     * @param page   the page as served
     * @param source the source name to give it (the URL as the user gave it, or {@code feed#entry})
     * @param hints  what is already known (e.g. from a feed entry); the page's final URL fills a missing url
     * @return the HTML document
     * @throws InputException when the page is not HTML, is binary, or has no text in its body
     */
    public static RawDocument document(WebPage page, String source, Metadata hints) throws InputException {
        ContentKind kind = ContentKind.of(page.mediaType(), page.body());
        if (kind != ContentKind.HTML) {
            throw new InputException("not an HTML page (" + describe(page.mediaType()) + ")");
        }
        return html(page.body(), page.charset(), source,
                (hints == null ? Metadata.EMPTY : hints).orElse(new Metadata(null, null, page.url(), null, null,
                        null, null)));
    }

    /**
     * Makes a document of HTML bytes.
     *
     * @param body    the page's bytes
     * @param charset the declared charset, or null
     * @param source  the source name
     * @param hints   what is known of the page
     * @return the HTML document
     * @throws InputException when the bytes are empty or binary, or the page has no text in its body
     */
    public static RawDocument html(byte[] body, String charset, String source, Metadata hints)
            throws InputException {
        String content = PageDecoder.decode(body, charset);
        if (!HtmlBody.hasText(content)) {
            throw new InputException("HTML page without body text");
        }
        return new RawDocument(source, RawDocument.Format.HTML, content, hints);
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
