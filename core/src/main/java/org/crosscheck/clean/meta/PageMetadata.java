package org.crosscheck.clean.meta;

import java.util.regex.Pattern;
import org.crosscheck.model.Metadata;

/**
 * What an HTML page says of itself, field by field: JSON-LD's object for the page's article first (its date
 * and author are typed), then the {@code <meta>}/OpenGraph/{@code <title>}/{@code <time>} values the extractor
 * read. The URL is the declared canonical ({@code rel=canonical}, else {@code og:url}, else JSON-LD's), each
 * only when {@link CanonicalUrl} accepts it. Of two titles where one is the other plus the site's name
 * ("Gates reopen | Valley Post"), the shorter is the headline. An author that is a URL or a CMS account name
 * ("admin") is no byline; a leading "By" is dropped.
 */
public final class PageMetadata {

    /** A site name after a headline: a separator, then a few words. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s*[|–—:·•-]\\s*\\S.{0,60}");
    private static final Pattern NOT_A_BYLINE = Pattern.compile("(?i)https?://.*|admin|administrator|webmaster");
    private static final Pattern BY = Pattern.compile("(?i)^by\\s+");

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
        String declared = CanonicalUrl.check(extracted.url(), served);
        Metadata jsonLd = JsonLdMetadata.read(html, declared != null ? declared : served);
        String url = declared != null ? declared : CanonicalUrl.check(jsonLd.url(), served);
        Metadata merged = jsonLd.orElse(extracted);
        return new Metadata(merged.id(), headline(jsonLd.title(), extracted.title()), url, merged.outlet(),
                merged.published(), byline(jsonLd.author(), extracted.author()), merged.language(),
                merged.retrieved());
    }

    /** JSON-LD's headline, unless the page's other title is the same without a site suffix. */
    static String headline(String jsonLd, String other) {
        if (jsonLd == null || other == null) {
            return jsonLd != null ? jsonLd : other;
        }
        if (other.length() < jsonLd.length() && isSuffixed(jsonLd, other)) {
            return other;
        }
        return jsonLd;
    }

    private static boolean isSuffixed(String longer, String shorter) {
        return longer.startsWith(shorter) && SITE_SUFFIX.matcher(longer.substring(shorter.length())).matches();
    }

    /** The first of the candidates that is a byline, without a leading "By". */
    static String byline(String... candidates) {
        for (String c : candidates) {
            if (c != null) {
                String s = BY.matcher(c.strip()).replaceFirst("");
                if (!s.isEmpty() && !NOT_A_BYLINE.matcher(s).matches()) {
                    return s;
                }
            }
        }
        return null;
    }
}
