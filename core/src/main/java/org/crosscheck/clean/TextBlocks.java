package org.crosscheck.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts an element's text into blocks, one line each: every paragraph-like element (p, headings, block
 * quotes, list items, pre, a data table's row) is one block, and so is every run of loose text between
 * block-level elements. Many pages write paragraphs as bare text in a {@code <div>} or {@code <section>},
 * separated by images, lists or headings; that text is article text as much as a {@code <p>}'s.
 * One walk over the tree; each paragraph's text is read once.
 */
final class TextBlocks {

    /** Elements whose whole text is one block. */
    static final String PARAGRAPHS = "p, h1, h2, h3, h4, h5, h6, blockquote, li, pre";

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "li", "pre");
    // elements that end a run of loose text: the browser starts a new line before and after them
    private static final Set<String> BREAKS = Set.of("div", "section", "article", "main", "header", "footer", "aside",
            "nav", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "ul", "ol", "dl", "dt", "dd",
            "form", "fieldset", "figure", "figcaption", "hr", "details", "summary", "address", "center", "body",
            "html", "iframe", "video", "audio", "picture", "canvas", "object", "embed", "noscript", "menu");

    private TextBlocks() {
    }

    /**
     * The blocks of an element's text, in page order.
     *
     * @param root the element
     * @return its blocks, each stripped and with whitespace runs as one space; never blank
     */
    static List<String> of(Element root) {
        List<String> blocks = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    run.append(text.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element e)) {
                    return FilterResult.CONTINUE;
                }
                if (PARAGRAPH_TAGS.contains(e.normalName()) || e.nameIs("tr") && dataRow(e)) {
                    flush(run, blocks);
                    add(blocks, e.text());
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (BREAKS.contains(e.normalName())) {
                    flush(run, blocks);
                } else if (e.nameIs("br")) {
                    run.append(' ');
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BREAKS.contains(e.normalName())) {
                    flush(run, blocks);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(run, blocks);
        return blocks;
    }

    // a row of a data table (cells of plain text) is one line; a layout table's row holds blocks of its own
    private static boolean dataRow(Element row) {
        return row.selectFirst(PARAGRAPHS + ", div, table") == null;
    }

    private static void flush(StringBuilder run, List<String> blocks) {
        if (!run.isEmpty()) {
            add(blocks, StringUtil.normaliseWhitespace(run.toString()));
            run.setLength(0);
        }
    }

    private static void add(List<String> blocks, String text) {
        String block = text.strip();
        if (!block.isEmpty()) {
            blocks.add(block);
        }
    }
}
