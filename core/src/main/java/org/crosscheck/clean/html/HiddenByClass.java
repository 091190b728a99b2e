package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Removal;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds what a sighted reader never sees because a class hides it by a common convention: "hidden", "d-none",
 * "sr-only", "screen-reader-text", "visually-hidden" and the like ("Image copyright", "Skip to content",
 * structured data repeated as text). An element that holds paragraphs of its own is left alone: some pages
 * hide the whole article until a script shows it.
 */
final class HiddenByClass {

    private static final Set<String> HIDING = Set.of("hidden", "hide", "d-none", "invisible", "is-hidden", "u-hidden",
            "sr-only", "sr-text", "screen-reader-text", "screen-reader-only", "visually-hidden", "visuallyhidden",
            "is-visually-hidden", "u-visually-hidden", "off-screen", "offscreen", "element-invisible",
            "assistive-text", "show-for-sr");
    private static final int MAX_PARAGRAPHS = 2;

    private HiddenByClass() {
    }

    /**
     * Removes such elements from the tree.
     *
     * @param root the page body (changed in place)
     * @return one removal per hidden element that had text
     */
    static List<Removal> remove(Element root) {
        List<Element> found = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && node != root && hiding(e)) {
                    found.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        List<Removal> removed = new ArrayList<>();
        for (Element hidden : found) {
            if (hidden.select("p").size() <= MAX_PARAGRAPHS
                    && hidden.selectFirst("article, main, [itemprop=articleBody]") == null) {
                String text = hidden.text().strip();
                if (!text.isEmpty()) {
                    removed.add(new Removal(text, "hidden on the page (class)"));
                }
                hidden.remove();
            }
        }
        return removed;
    }

    private static boolean hiding(Element e) {
        String names = e.className();
        // the cheap test first: every hiding name holds one of these
        if (names.isEmpty() || !(names.contains("hid") || names.contains("sr") || names.contains("screen")
                || names.contains("invisible") || names.contains("none") || names.contains("assistive"))) {
            return false;
        }
        int start = 0;
        while (start < names.length()) {
            int end = names.indexOf(' ', start);
            end = end < 0 ? names.length() : end;
            if (end > start && HIDING.contains(names.substring(start, end).toLowerCase(Locale.ROOT))) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }
}
