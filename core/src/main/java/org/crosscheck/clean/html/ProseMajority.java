package org.crosscheck.clean.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Where most of a page's prose is: the deepest element that holds more than half of the text of the page's
 * prose paragraphs (paragraphs of a sentence or more, mostly not links). Readability's scores reward a box
 * for many paragraphs of its own, so an article that a CMS splits into many small boxes (one per paragraph
 * group, around each picture) can lose to a popup or sidebar that holds its few paragraphs in one box; the
 * share of the page's sentences each box holds does not depend on how the article is cut up.
 */
final class ProseMajority {

    private static final int MIN_PARAGRAPH = 25;
    private static final double MAX_LINKS = 0.3;

    private ProseMajority() {
    }

    /**
     * Finds the box that holds most of the page's prose.
     *
     * @param body  the page's body
     * @param stats the page's counts (elements left out of them do not count)
     * @return the deepest element under the body holding more than half of the prose, or null when no element
     *         below the body does (or the page has no prose)
     */
    static Element holder(Element body, TextStats stats) {
        Map<Element, Integer> prose = prose(body, stats);
        int total = prose.getOrDefault(body, 0);
        if (total == 0) {
            return null;
        }
        Element holder = body;
        for (Element child = majorChild(holder, prose, total); child != null; child = majorChild(holder, prose, total)) {
            holder = child;
        }
        return holder == body ? null : holder;
    }

    private static Element majorChild(Element parent, Map<Element, Integer> prose, int total) {
        for (Element child : parent.children()) {
            if (2L * prose.getOrDefault(child, 0) > total) {
                return child;
            }
        }
        return null;
    }

    // each prose paragraph's length, added to every ancestor up to the body
    private static Map<Element, Integer> prose(Element body, TextStats stats) {
        Map<Element, Integer> prose = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            if (isProse(e, stats)) {
                int chars = stats.chars(e);
                for (Element a = e; a != null; a = a.parent()) {
                    prose.merge(a, chars, Integer::sum);
                    if (a == body) {
                        break;
                    }
                }
            }
        }
        return prose;
    }

    private static boolean isProse(Element e, TextStats stats) {
        boolean paragraph = e.nameIs("p") || e.nameIs("div") && !stats.holdsBlocks(e);
        return paragraph && stats.counted(e) && stats.chars(e) >= MIN_PARAGRAPH && stats.sentenceEnds(e) > 0
                && stats.linkDensity(e) < MAX_LINKS;
    }
}
