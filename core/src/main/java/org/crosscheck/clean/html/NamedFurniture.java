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
 * Finds boxes that sit inside articles and that pages name plainly in their class or id, but that the
 * page-wide furniture hints do not know: the author's box ("author-bio", "about-the-author", "authorInfo")
 * and lists of other stories ("trending", "most-popular", "most-read"). Matched on whole words of the names
 * ({@link ClassNames}); a box that holds the article itself (a long text) is left alone.
 */
final class NamedFurniture {

    private static final Pattern AUTHOR_BOX = Pattern.compile(
            " (author ?(bio|box|info|profile|card|details|description)|about ?the ?author|bio ?box)s? ");
    private static final Pattern OTHER_STORIES = Pattern.compile(
            " (trending|most ?(read|popular|viewed|shared|commented)|popular ?(list|listings|stories|posts|articles))s? ");
    private static final int MAX_CHARS = 2000;

    private NamedFurniture() {
    }

    /**
     * Removes such boxes from the tree.
     *
     * @param root the page body (changed in place)
     * @return one removal per box, with its text and what it was
     */
    static List<Removal> remove(Element root) {
        List<Element> found = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element e && node != root) {
                    String reason = reason(e);
                    if (reason != null) {
                        found.add(e);
                        reasons.add(reason);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        List<Removal> removed = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Element box = found.get(i);
            String text = box.text().strip();
            if (text.length() <= MAX_CHARS && box.selectFirst("article, main, [itemprop=articleBody]") == null) {
                if (!text.isEmpty()) {
                    removed.add(new Removal(text, reasons.get(i)));
                }
                box.remove();
            }
        }
        return removed;
    }

    private static String reason(Element e) {
        String names = e.className() + " " + e.id();
        // the cheap test first: most names hold neither piece
        boolean author = names.contains("uthor");
        boolean stories = names.contains("rending") || names.contains("opular") || names.contains("ost");
        if (!author && !stories) {
            return null;
        }
        String words = ClassNames.words(names);
        if (author && AUTHOR_BOX.matcher(words).find()) {
            return "author's box";
        }
        return stories && OTHER_STORIES.matcher(words).find() ? "list of other stories (trending, most read)" : null;
    }
}
