package org.crosscheck.clean.html;

import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The author's name in a page's byline element: the part the page marks as the author ({@code rel="author"},
 * {@code itemprop="author"}/{@code "name"}, a link to an author page), or the whole byline when it reads as
 * nothing but a name ("By Anna Keller"). A byline that also carries dates, times or handles and marks no
 * name gives none: a wrong author is worse than none.
 */
final class BylineName {

    private static final String MARKED = "[rel=author], [itemprop=author], [itemprop=name], a[href*=author]";
    private static final Pattern BY = Pattern.compile("^(?i:by|written by|words by|story by)\\s+");
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:and\\s+)?\\p{Lu}[\\p{L}.'’-]*){1,4}");

    private BylineName() {
    }

    /**
     * Reads the name.
     *
     * @param byline the byline element
     * @return the author's name, or null when the byline names no one plainly
     */
    static String of(Element byline) {
        Element marked = byline.selectFirst(MARKED);
        String candidate = BY.matcher((marked != null ? marked : byline).text().strip()).replaceFirst("");
        return NAME.matcher(candidate).matches() ? candidate : null;
    }
}
