package org.crosscheck.app.web;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** HTML escaping and the page frame. Every piece of article-derived text goes through {@link #esc}. */
final class Html {

    private Html() {
    }

    /**
     * Escapes text for HTML element content and quoted attribute values (the report's escaping, one
     * implementation for the dossier and the web UI).
     *
     * @param s the text, may be null
     * @return the escaped text ("" for null)
     */
    static String esc(String s) {
        return org.crosscheck.report.Html.escape(s);
    }

    /**
     * Encodes a value for a URL path segment or query value.
     *
     * @param s the value
     * @return the percent-encoded value
     */
    static String url(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Makes a link to an outside URL only when it is http or https; anything else is shown as text.
     *
     * @param href the URL from an article
     * @return an escaped link, or the escaped text
     */
    static String externalLink(String href) {
        if (href == null) {
            return "";
        }
        try {
            String scheme = URI.create(href.trim()).getScheme();
            if (scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("http")
                    || scheme.toLowerCase(Locale.ROOT).equals("https"))) {
                return "<a rel=\"noopener noreferrer nofollow\" href=\"" + esc(href.trim()) + "\">" + esc(href)
                        + "</a>";
            }
        } catch (IllegalArgumentException e) {
            // not a URL: shown as text below
        }
        return "<span class=\"muted\">" + esc(href) + "</span>";
    }

    /**
     * Wraps a page body in the frame: head, navigation, search box.
     *
     * @param title the page title (escaped here)
     * @param body  the body HTML (already escaped)
     * @return the whole page
     */
    static String page(String title, String body) {
        return "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + esc(title) + " · Crosscheck</title>"
                + "<link rel=\"stylesheet\" href=\"/static/app.css\"><script src=\"/static/app.js\" defer></script>"
                + "</head><body><a class=\"skip\" href=\"#main\">Skip to content</a>"
                + "<header class=\"top\"><a class=\"brand\" href=\"/\">Crosscheck</a><nav>"
                + "<a href=\"/\">Stories</a><a href=\"/articles\">Articles</a><a href=\"/entities\">Entities</a>"
                + "<a href=\"/search\">Search</a></nav>"
                + "<form class=\"qs\" action=\"/search\" method=\"get\" role=\"search\">"
                + "<input type=\"search\" name=\"q\" placeholder=\"Search (press /)\" aria-label=\"Search\" "
                + "maxlength=\"500\" id=\"qs\"></form></header>"
                + "<main id=\"main\" tabindex=\"-1\">" + body + "</main>"
                + "<footer>Every answer points at its source text. <a href=\"/api/events\">API</a></footer>"
                + "</body></html>";
    }
}
