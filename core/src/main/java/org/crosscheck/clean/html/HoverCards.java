package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Removal;
import org.jsoup.nodes.Element;

/**
 * Finds cards that pop up over a name inside a sentence (a person's photo, name again and links to other
 * stories): an element inside a paragraph that holds a picture and two or more links and is nearly all
 * link text. The sentence keeps the name it was attached to; the card, which a reader only sees on hover
 * and which would repeat the name in the middle of the sentence, leaves with its reason.
 */
final class HoverCards {

    private static final int MIN_LINKS = 2;
    private static final double LINK_SHARE = 0.8;

    private HoverCards() {
    }

    /**
     * Removes such cards from the tree.
     *
     * @param root the page body or main-text element (changed in place)
     * @return one removal per card, with its text
     */
    static List<Removal> remove(Element root) {
        List<Element> cards = new ArrayList<>();
        for (Element p : root.getElementsByTag("p")) {
            for (Element img : p.getElementsByTag("img")) {
                Element card = cardAround(img, p);
                if (card != null && !cards.contains(card)) {
                    cards.add(card);
                }
            }
        }
        List<Removal> removed = new ArrayList<>();
        for (Element card : cards) {
            if (card.parent() != null) {
                removed.add(new Removal(card.text().strip(), "card shown on hover over a name"));
                card.remove();
            }
        }
        return removed;
    }

    // the smallest element between the picture and the paragraph that holds enough links, if it is all links
    private static Element cardAround(Element img, Element paragraph) {
        for (Element e = img.parent(); e != null && e != paragraph; e = e.parent()) {
            if (e.nameIs("a")) {
                continue;
            }
            List<Element> links = e.getElementsByTag("a");
            if (links.size() >= MIN_LINKS) {
                return mostlyLinks(e, links) ? e : null;
            }
        }
        return null;
    }

    private static boolean mostlyLinks(Element e, List<Element> links) {
        int all = e.text().length();
        int linked = 0;
        for (Element a : links) {
            linked += a.text().length();
        }
        return all > 0 && linked >= LINK_SHARE * all;
    }
}
