package org.crosscheck.clean.meta;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Decides whether a URL a page declares for itself ({@code rel=canonical}, {@code og:url}, JSON-LD
 * {@code url}) can stand for the article: it must be an absolute http(s) URL, and not the site's home page
 * when the page was served from a deeper path (a common template mistake that would make every article of
 * a site the same URL). A canonical on another host is kept: that is what AMP and syndicated copies declare.
 */
public final class CanonicalUrl {

    private CanonicalUrl() {
    }

    /**
     * Checks a declared URL against the URL the page was served from.
     *
     * @param declared the URL the page declares, may be null
     * @param served   the URL it was fetched or archived from, or null for a local file
     * @return {@code declared} (stripped) when it can stand for the article, else null
     */
    public static String check(String declared, String served) {
        URI d = parse(declared);
        if (d == null || d.getHost() == null || d.getScheme() == null
                || !d.getScheme().toLowerCase(Locale.ROOT).matches("https?")) {
            return null;
        }
        URI s = parse(served);
        if (isHome(d) && s != null && !isHome(s)) {
            return null;
        }
        return declared.strip();
    }

    private static boolean isHome(URI u) {
        String path = u.getRawPath();
        return (path == null || path.isEmpty() || path.equals("/")) && u.getRawQuery() == null;
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            return new URI(url.strip());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
