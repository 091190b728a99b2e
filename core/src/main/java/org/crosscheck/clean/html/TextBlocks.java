package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
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
 * One walk over the tree; each paragraph's text is read once. Each block knows the element it belongs to,
 * and elements given as boundaries (the main text's roots, what was left out of it) always start and end
 * blocks of their own, so every block is wholly inside or wholly outside each of them.
 */
final class TextBlocks {

    /** Elements whose whole text is one block. */
    static final String PARAGRAPHS = "p, h1, h2, h3, h4, h5, h6, blockquote, li, pre";

    /**
     * A block of text.
     *
     * @param owner the element the text belongs to (for loose text, the parent of its first piece)
     * @param text  the text, stripped, whitespace runs as one space; never blank
     */
    record Block(Element owner, String text) {
    }

    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote",
            "li", "pre");
    // elements that end a run of loose text: the browser starts a new line before and after them
    private static final Set<String> BREAKS = Set.of("div", "section", "article", "main", "header", "footer", "aside",
            "nav", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "ul", "ol", "dl", "dt", "dd",
            "form", "fieldset", "figure", "figcaption", "hr", "details", "summary", "address", "center", "body",
            "html", "iframe", "video", "audio", "picture", "canvas", "object", "embed", "noscript", "menu");

    private final Set<Element> boundaries;
    private final Set<Element> holdsBoundary = Collections.newSetFromMap(new IdentityHashMap<>());
    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder run = new StringBuilder();
    private Element runOwner;
    // a second <br> in a row ends a paragraph, as on pages written before <p>
    private boolean afterBreak;

    private TextBlocks(Set<Element> boundaries) {
        this.boundaries = boundaries;
        for (Element b : boundaries) {
            for (Element a = b.parent(); a != null && holdsBoundary.add(a); a = a.parent()) {
                // every ancestor of a boundary, once
            }
        }
    }

    /**
     * The blocks of an element's text, in page order.
     *
     * @param root the element
     * @return its blocks' texts
     */
    static List<String> of(Element root) {
        return new ArrayList<>(of(root, Set.of()).stream().map(Block::text).toList());
    }

    /**
     * The blocks of an element's text with their elements, in page order.
     *
     * @param root       the element
     * @param boundaries elements whose text must form blocks of its own
     * @return its blocks
     */
    static List<Block> of(Element root, Set<Element> boundaries) {
        TextBlocks cutter = new TextBlocks(boundaries);
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return cutter.head(node);
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && cutter.breaks(e)) {
                    cutter.flush();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        cutter.flush();
        return cutter.blocks;
    }

    private NodeFilter.FilterResult head(Node node) {
        if (node instanceof TextNode text) {
            if (runOwner == null) {
                runOwner = text.parentElement();
            }
            run.append(text.getWholeText());
            afterBreak = afterBreak && text.isBlank();
            return NodeFilter.FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return NodeFilter.FilterResult.CONTINUE;
        }
        boolean br = e.nameIs("br");
        if (br && afterBreak) {
            flush();
        }
        afterBreak = br;
        boolean whole = PARAGRAPH_TAGS.contains(e.normalName()) || e.nameIs("tr") && dataRow(e);
        if (whole && !holdsBoundary.contains(e)) {
            flush();
            add(e, e.text());
            return NodeFilter.FilterResult.SKIP_ENTIRELY;
        }
        if (breaks(e) || whole) {
            flush();
        } else if (br) {
            run.append(' ');
        }
        return NodeFilter.FilterResult.CONTINUE;
    }

    private boolean breaks(Element e) {
        return BREAKS.contains(e.normalName()) || boundaries.contains(e) || holdsBoundary.contains(e);
    }

    // a row of a data table (cells of plain text) is one line; a layout table's row holds blocks of its own
    private static boolean dataRow(Element row) {
        return row.selectFirst(PARAGRAPHS + ", div, table") == null;
    }

    private void flush() {
        if (!run.isEmpty()) {
            add(runOwner, StringUtil.normaliseWhitespace(run.toString()));
            run.setLength(0);
        }
        runOwner = null;
    }

    private void add(Element owner, String text) {
        String block = text.strip();
        if (!block.isEmpty()) {
            blocks.add(new Block(owner, block));
        }
    }
}
