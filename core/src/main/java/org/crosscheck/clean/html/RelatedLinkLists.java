package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Removal;
import org.jsoup.nodes.Element;

/**
 * Finds lists inside the main text whose every item is nothing but a link (related stories, "you may also
 * like", "don't miss"): an article's own lists carry prose, a teaser list only headlines that lead elsewhere.
 */
final class RelatedLinkLists {

    private static final int MIN_ITEMS = 3;

    private RelatedLinkLists() {
    }

    /**
     * Removes such lists from the tree.
     *
     * @param content the main-text element (changed in place)
     * @return one removal per list, with its text
     */
    static List<Removal> remove(Element content) {
        List<Removal> removed = new ArrayList<>();
        for (Element list : content.select("ul, ol")) {
            if (list.parent() != null && linksOnly(list)) {
                removed.add(new Removal(list.text(), "related links list"));
                list.remove();
            }
        }
        return removed;
    }

    private static boolean linksOnly(Element list) {
        List<Element> items = list.children().stream().filter(e -> e.nameIs("li")).toList();
        if (items.size() < MIN_ITEMS) {
            return false;
        }
        for (Element item : items) {
            String text = item.text().strip();
            if (text.isEmpty() || !text.equals(item.select("a").text().strip())) {
                return false;
            }
        }
        return true;
    }
}
