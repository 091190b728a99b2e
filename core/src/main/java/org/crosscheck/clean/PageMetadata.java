package org.crosscheck.clean;

import org.crosscheck.model.Metadata;

/**
 * What an HTML page says of itself, field by field: JSON-LD's article object first (its headline has no
 * site suffix, its date and author are typed), then the {@code <meta>}/OpenGraph/{@code <time>} values the
 * extractor read. The URL is the declared canonical ({@code rel=canonical}, else {@code og:url}, else
 * JSON-LD's), each only when {@link CanonicalUrl} accepts it.
 */
public final class PageMetadata {

    private PageMetadata() {
    }

    /**
     * Combines a page's JSON-LD with the metadata its extractor read.
     *
     * @param html      the page's HTML
     * @param extracted what the HTML extractor read from {@code <meta>}, OpenGraph, {@code <title>}, {@code <time>}
     * @param served    the URL the page was served from, or null for a local file
     * @return the page's own metadata; url null when it declares no usable one
     */
    public static Metadata of(String html, Metadata extracted, String served) {
        Metadata jsonLd = JsonLdMetadata.read(html);
        String url = CanonicalUrl.check(extracted.url(), served);
        if (url == null) {
            url = CanonicalUrl.check(jsonLd.url(), served);
        }
        return jsonLd.orElse(extracted).withUrl(url);
    }
}
