package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.crosscheck.model.Removal;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Finds photo captions and credits that pages write without {@code <figcaption>}: a short element whose
 * class or id names a caption, a credit or a copyright line ("caption-full", "imageEmbedCredit",
 * "wp-caption-text"). They describe a picture, not the story, so they leave the main text with their reason.
 */
final class CaptionBlocks {

    private static final Pattern CAPTION = Pattern.compile(" (fig)?(caption|credit|copyright)s? ");
    // a caption is a sentence or two; a long element with such a name is a wrapper, not a caption
    private static final int MAX_CHARS = 600;

    private CaptionBlocks() {
    }

    /**
     * Removes captions and credits from the tree.
     *
     * @param root the page body or main-text element (changed in place)
     * @return one removal per caption or credit, with its text
     */
    static List<Removal> remove(Element root) {
        List<Element> found = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && node != root && named(e)) {
                    found.add(e);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        List<Removal> removed = new ArrayList<>();
        for (Element caption : found) {
            String text = caption.text().strip();
            if (text.length() <= MAX_CHARS) {
                if (!text.isEmpty()) {
                    removed.add(new Removal(text, "photo caption and credit"));
                }
                caption.remove();
            }
        }
        return removed;
    }

    private static boolean named(Element e) {
        return named(e.className()) || named(e.id());
    }

    private static boolean named(String names) {
        // the cheap test first: most elements name nothing of the kind
        // ("aption" and "redit" match Caption and Credit too)
        return !names.isEmpty() && (names.contains("aption") || names.contains("redit") || names.contains("opyright"))
                && CAPTION.matcher(ClassNames.words(names)).find();
    }
}
