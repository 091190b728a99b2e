package org.crosscheck.clean;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Removal;
import org.jsoup.nodes.Element;

/**
 * Finds the page's {@code <aside>} elements before the main text is chosen: the content scorer may keep one
 * that sits inside the article's container ("Watch now" video rails, "more on this" boxes), and its text
 * then reads as part of the story. An aside that holds the article itself (an {@code <article>},
 * {@code <main>} or many paragraphs) is left alone. (Taking navigation and footers out this early was
 * measured too: it changed which container the scorer chose on some pages, for the worse.)
 */
final class Asides {

    private static final String FURNITURE = "aside";
    private static final int MAX_PARAGRAPHS = 4;

    private Asides() {
    }

    /**
     * Removes such elements from the tree.
     *
     * @param root the page body (changed in place)
     * @return one removal per aside that had text
     */
    static List<Removal> remove(Element root) {
        List<Removal> removed = new ArrayList<>();
        for (Element e : root.select(FURNITURE)) {
            if (e.parent() == null || e.selectFirst("article, main, [itemprop=articleBody]") != null
                    || e.getElementsByTag("p").size() > MAX_PARAGRAPHS) {
                continue;
            }
            String text = e.text().strip();
            if (!text.isEmpty()) {
                removed.add(new Removal(text, "page furniture (<" + e.normalName() + ">)"));
            }
            e.remove();
        }
        return removed;
    }
}
