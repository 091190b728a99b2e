package org.crosscheck.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a web resource holds, told from its declared media type and, where that is vague (XML, plain text,
 * none), from its first bytes.
 */
public enum ContentKind {
    /** An HTML or XHTML page. */
    HTML,
    /** An RSS or Atom feed. */
    FEED,
    /** Anything else (images, scripts, JSON …). */
    OTHER;

    private static final int SNIFF_BYTES = 1024;
    /** How far past comments and declarations the root element of an XML file is looked for. */
    static final int PROLOG_BYTES = 64 * 1024;
    /** A document type declaration names the root element, so it tells a feed even when a long DTD follows. */
    private static final Pattern FEED_DOCTYPE =
            Pattern.compile("<!doctype\\s+(rss|rdf:rdf|feed)[\\s>\\[]");

    /**
     * Classifies a resource.
     *
     * @param mediaType the media type without parameters (e.g. {@code text/html}), or null when not declared
     * @param bytes     the first bytes of the body (may be longer; only the start is looked at)
     * @return the kind
     */
    public static ContentKind of(String mediaType, byte[] bytes) {
        String type = mediaType == null ? "" : mediaType.trim().toLowerCase(Locale.ROOT);
        if (type.equals("text/html") || type.equals("application/xhtml+xml")) {
            return HTML;
        }
        if (type.equals("application/rss+xml") || type.equals("application/atom+xml")
                || type.equals("application/rdf+xml")) {
            return FEED;
        }
        if (type.isEmpty() || type.equals("text/xml") || type.equals("application/xml") || type.equals("text/plain")
                || type.equals("application/octet-stream")) {
            return sniff(bytes);
        }
        return OTHER;
    }

    /**
     * Classifies content by its first bytes alone.
     *
     * @param bytes the content
     * @return FEED for an RSS, RDF or Atom root element (or a document type declaration naming one), HTML for an
     *         HTML document, else OTHER
     */
    public static ContentKind sniff(byte[] bytes) {
        String root = rootElement(bytes);
        if (root != null && (root.equals("rss") || root.equals("rdf:rdf") || root.equals("feed"))) {
            return FEED;
        }
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        if (head.contains("<rss") || head.contains("<rdf:rdf") || head.matches("(?s).*<feed[\\s>].*")
                || FEED_DOCTYPE.matcher(head).find()) {
            return FEED;
        }
        if (head.contains("<!doctype html") || head.contains("<html") || head.contains("<body")) {
            return HTML;
        }
        return OTHER;
    }

    /**
     * The name of the first element after the prolog (declaration, comments, processing instructions, document
     * type), so that a feed whose long comments push its root past the first kilobyte is still told; null when
     * the bytes do not start as XML or the root lies beyond {@link #PROLOG_BYTES}.
     */
    private static String rootElement(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, PROLOG_BYTES), StandardCharsets.ISO_8859_1);
        int i = text.startsWith("\u00ef\u00bb\u00bf") ? 3 : 0; // a UTF-8 byte-order mark read as Latin-1
        while (true) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            String end = text.startsWith("<?", i) ? "?>" : text.startsWith("<!--", i) ? "-->"
                    : text.startsWith("<!", i) ? ">" : null;
            if (end == null) {
                break;
            }
            int close = text.indexOf(end, i + 2);
            if (close < 0) {
                return null;
            }
            i = close + end.length();
        }
        if (i >= text.length() || text.charAt(i) != '<') {
            return null;
        }
        int j = i + 1;
        while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '>'
                && text.charAt(j) != '/') {
            j++;
        }
        return text.substring(i + 1, j).toLowerCase(Locale.ROOT);
    }
}
