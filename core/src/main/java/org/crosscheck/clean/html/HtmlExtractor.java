package org.crosscheck.clean.html;

/** Finds the main text and the metadata of an HTML page. */
public interface HtmlExtractor {

    /**
     * Extracts a page.
     *
     * @param html    the page's HTML
     * @param baseUrl the page's URL for resolving relative links, or null
     * @return the page's blocks, metadata and removed parts
     */
    ExtractedPage extract(String html, String baseUrl);
}
