package org.crosscheck.clean.html;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it, by Readability's word lists: names that mark article text
 * ("article", "content", "story") weigh +25, names that mark furniture ("comment", "share", "sidebar")
 * weigh -25, and some names make an element unlikely to hold the article at all.
 */
final class ClassHints {

    // plain substring lists, not regular expressions: these are asked of every element with a class or id
    private static final String[] UNLIKELY = {"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment",
        "community", "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related",
        "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
        "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote"};
    private static final String[] MAYBE = {"and", "article", "body", "column", "content", "main", "shadow"};
    private static final String[] BYLINE = {"byline", "author", "dateline", "writtenby", "p-author"};
    private static final Pattern POSITIVE = Pattern.compile("(?i)article|body|content|entry|hentry|h-entry|main|page"
            + "|pagination|post|text|blog|story");
    private static final Pattern NEGATIVE = Pattern.compile("(?i)-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx"
            + "|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox"
            + "|sidebar|skyscraper|sponsor|shopping|tags|widget");
    private static final Pattern UNLIKELY_ROLES = Pattern.compile("menu|menubar|complementary|navigation|alert"
            + "|alertdialog|dialog");

    private ClassHints() {
    }

    /**
     * The element's weight from its class and id: +25 for each that names content, -25 for each that names
     * furniture.
     *
     * @param e the element
     * @return a weight between -50 and 50
     */
    static int weight(Element e) {
        return weight(e.className()) + weight(e.id());
    }

    private static int weight(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        int w = 0;
        if (NEGATIVE.matcher(name).find()) {
            w -= 25;
        }
        if (POSITIVE.matcher(name).find()) {
            w += 25;
        }
        return w;
    }

    /**
     * Whether the element is unlikely to hold the article: its class or id names furniture (and nothing that
     * names content), or its ARIA role is a menu, navigation, complementary region or dialog.
     *
     * @param e the element
     * @return true for furniture-like elements other than the body and links
     */
    static boolean unlikely(Element e) {
        if (e.nameIs("body") || e.nameIs("a")) {
            return false;
        }
        String role = e.attr("role");
        if (!role.isEmpty() && UNLIKELY_ROLES.matcher(role).matches()) {
            return true;
        }
        String names = names(e).toLowerCase(Locale.ROOT);
        return containsAny(names, UNLIKELY) && !containsAny(names, MAYBE);
    }

    /**
     * Whether the element is the page's byline (class or id names an author, or {@code rel="author"}).
     *
     * @param e the element
     * @return true when it names the author and is short
     */
    static boolean byline(Element e) {
        return ("author".equals(e.attr("rel")) || containsAny(names(e).toLowerCase(Locale.ROOT), BYLINE))
                && e.text().length() < 100 && !e.text().isBlank();
    }

    private static boolean containsAny(String names, String[] words) {
        for (String word : words) {
            if (names.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The element's class and id, for messages. */
    static String names(Element e) {
        return (e.className() + " " + e.id()).strip();
    }
}
