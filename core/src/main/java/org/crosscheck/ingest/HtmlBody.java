package org.crosscheck.ingest;

/**
 * Tells whether an HTML page has any visible text in its body, without parsing it: a page that is only a
 * head, scripts or markup is reported as an input error rather than analysed as an empty article.
 */
public final class HtmlBody {

    private HtmlBody() {
    }

    /**
     * Looks for a character of text outside tags, comments, scripts and styles, after the head.
     *
     * @param html the page
     * @return true when the body holds some text
     */
    public static boolean hasText(String html) {
        int i = start(html);
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                i = skipMarkup(html, i);
            } else if (!Character.isWhitespace(c)) {
                return true;
            } else {
                i++;
            }
        }
        return false;
    }

    private static int start(String html) {
        int body = indexOfIgnoreCase(html, "<body", 0);
        if (body >= 0) {
            return body;
        }
        int headEnd = indexOfIgnoreCase(html, "</head", 0);
        return headEnd >= 0 ? headEnd : 0;
    }

    /** Returns the index after the tag, comment or script/style element starting at {@code i}. */
    private static int skipMarkup(String html, int i) {
        if (html.startsWith("<!--", i)) {
            return after(html, "-->", i + 4);
        }
        for (String raw : new String[] {"script", "style", "noscript", "template", "title"}) {
            if (html.regionMatches(true, i + 1, raw, 0, raw.length())) {
                int close = after(html, "</" + raw, i + 1);
                int end = html.indexOf('>', close);
                return end < 0 ? html.length() : end + 1;
            }
        }
        int end = html.indexOf('>', i);
        return end < 0 ? html.length() : end + 1;
    }

    private static int after(String html, String token, int from) {
        int at = indexOfIgnoreCase(html, token, from);
        return at < 0 ? html.length() : at + token.length();
    }

    private static int indexOfIgnoreCase(String s, String token, int from) {
        for (int i = from; i <= s.length() - token.length(); i++) {
            if (s.regionMatches(true, i, token, 0, token.length())) {
                return i;
            }
        }
        return -1;
    }
}
