package org.crosscheck.clean.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * What content scoring needs to know of every element of a page, counted once, bottom-up: its text length
 * (whitespace runs count one), the part of it inside links, its commas and sentence ends, and how many paragraphs, images,
 * list items, inputs and embeds it holds. Scoring asks these for every candidate; counting them once keeps
 * a page linear instead of re-reading the same subtrees (Readability reads {@code text()} again each time).
 * Taking an element out subtracts its counts from its ancestors, so later questions see the page without it.
 */
final class TextStats {

    /** Elements that make their parent a container of blocks rather than a paragraph (Mozilla's DIV_TO_P). */
    static final Set<String> BLOCK_TAGS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul",
            "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "td", "form", "figure",
            "header", "footer", "aside", "nav", "hr", "fieldset", "dd", "dt", "details", "address", "tbody", "thead");

    // a full stop, question or exclamation mark in any script, before a space or the end of a text
    private static final String SENTENCE_ENDS = ".!?。।؟…";

    private static final int CHARS = 0;
    private static final int LINK_CHARS = 1;
    private static final int COMMAS = 2;
    private static final int PARAGRAPHS = 3;
    private static final int IMAGES = 4;
    private static final int ITEMS = 5;
    private static final int INPUTS = 6;
    private static final int EMBEDS = 7;
    private static final int BLOCKS = 8;
    private static final int ENDS = 9;
    private static final int FIELDS = 10;

    // sized for a large page at once: growing the map element by element was a tenth of the counting
    private final Map<Element, int[]> counts = new IdentityHashMap<>(4096);

    private TextStats() {
    }

    /**
     * Counts an element's subtree, leaving out the subtrees of {@code skipped} elements.
     *
     * @param root    the element to count (usually the page body)
     * @param skipped elements whose subtrees do not count (and get no counts of their own)
     * @return the counts of {@code root} and every element under it
     */
    static TextStats of(Element root, Set<Element> skipped) {
        TextStats stats = new TextStats();
        // iterative post-order walk: deep pages cannot overflow the stack
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node instanceof Element e && skipped.contains(e) ? FilterResult.SKIP_ENTIRELY
                        : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e) {
                    stats.counts.put(e, stats.sum(e, skipped));
                }
                return FilterResult.CONTINUE;
            }
        }, root);
        return stats;
    }

    // children are counted before their parent (post-order), so a parent only adds them up
    private int[] sum(Element element, Set<Element> skipped) {
        int[] c = new int[FIELDS];
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                addText(c, text.getWholeText());
            } else if (child instanceof Element e && !skipped.contains(e)) {
                int[] sub = counts.get(e);
                for (int i = 0; i < FIELDS; i++) {
                    c[i] += sub[i];
                }
                tally(c, e);
            }
        }
        if (element.nameIs("a")) {
            c[LINK_CHARS] = c[CHARS];
        }
        return c;
    }

    private static void addText(int[] c, String text) {
        int chars = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (isSpace(ch)) {
                space = true;
            } else {
                chars += space ? 2 : 1;
                space = false;
                if (ch == ',') {
                    c[COMMAS]++;
                } else if (isSentenceEnd(ch) && (i + 1 == text.length() || isSpace(text.charAt(i + 1)))) {
                    c[ENDS]++;
                }
            }
        }
        c[CHARS] += chars;
    }

    // Character.isWhitespace or a no-break space; the test for the characters below 128 by hand, as this loop
    // reads every character of the page and the library call was its main cost
    private static boolean isSpace(char ch) {
        if (ch <= ' ') {
            return ch == ' ' || ch >= '\t' && ch <= '\r' || ch >= 0x1c;
        }
        return ch >= 0x80 && (ch == '\u00a0' || Character.isWhitespace(ch));
    }

    // the Latin marks tested first, as this runs on every character
    private static boolean isSentenceEnd(char ch) {
        return ch == '.' || ch == '!' || ch == '?' || ch >= 0x80 && SENTENCE_ENDS.indexOf(ch) >= 0;
    }

    private static void tally(int[] c, Element e) {
        switch (e.normalName()) {
            case "p" -> c[PARAGRAPHS]++;
            case "img" -> c[IMAGES]++;
            case "li" -> c[ITEMS]++;
            case "input" -> c[INPUTS]++;
            case "embed", "object", "iframe" -> c[EMBEDS]++;
            default -> { }
        }
        if (BLOCK_TAGS.contains(e.normalName())) {
            c[BLOCKS]++;
        }
    }

    /**
     * Takes an element out of its ancestors' counts (up to and including {@code top}).
     *
     * @param element the element taken out
     * @param top     the highest ancestor to correct
     */
    void subtract(Element element, Element top) {
        int[] c = counts.get(element);
        if (c == null) {
            return;
        }
        int[] own = c.clone();
        tally(own, element);
        for (Element a = element.parent(); a != null; a = a.parent()) {
            int[] ac = counts.get(a);
            if (ac != null) {
                for (int i = 0; i < FIELDS; i++) {
                    ac[i] -= own[i];
                }
            }
            if (a == top) {
                return;
            }
        }
    }

    /** Whether the element was counted (it is not inside a skipped subtree). */
    boolean counted(Element e) {
        return counts.containsKey(e);
    }

    /** Length of the element's text, whitespace runs counting one. */
    int chars(Element e) {
        return get(e, CHARS);
    }

    /** Share of the element's text that is link text, 0 when it has none. */
    double linkDensity(Element e) {
        int chars = chars(e);
        return chars == 0 ? 0 : (double) get(e, LINK_CHARS) / chars;
    }

    /** Commas in the element's text. */
    int commas(Element e) {
        return get(e, COMMAS);
    }

    /** Paragraph elements under the element. */
    int paragraphs(Element e) {
        return get(e, PARAGRAPHS);
    }

    /** Images under the element. */
    int images(Element e) {
        return get(e, IMAGES);
    }

    /** List items under the element. */
    int items(Element e) {
        return get(e, ITEMS);
    }

    /** Form inputs under the element. */
    int inputs(Element e) {
        return get(e, INPUTS);
    }

    /** Embedded objects (embed, object, iframe) under the element. */
    int embeds(Element e) {
        return get(e, EMBEDS);
    }

    /**
     * Sentence ends in the element's text: a full stop, question or exclamation mark (in any script) before a
     * space or at the end of a run of text.
     */
    int sentenceEnds(Element e) {
        return get(e, ENDS);
    }

    /** Whether any block-level element is under the element (it is not a paragraph itself). */
    boolean holdsBlocks(Element e) {
        return get(e, BLOCKS) > 0;
    }

    private int get(Element e, int field) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[field];
    }
}
