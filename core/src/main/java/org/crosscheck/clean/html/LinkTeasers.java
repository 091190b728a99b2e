package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.clean.lines.LineFeatures;
import org.crosscheck.model.Removal;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds blocks that only lead to other pages: a paragraph, list or subheading that is (almost) all link text
 * is a teaser when it is written in capitals ("CLICK HERE TO GET THE APP"), when a short label comes before
 * the link ("Related: …", "SEE MORE: …"), when a paragraph strings three or more links together, or when
 * three or more such blocks follow one another ("You may also like…" runs written as paragraphs, or as one
 * list per link). A short lead-in just before such a run or teaser
 * ("DON'T MISS", "You may also like...") goes with it. A paragraph that is only a web address is a
 * reference and stays.
 */
final class LinkTeasers {

    private static final String BLOCKS = "p, ul, ol, h2, h3, h4, h5, h6";
    private static final double LINK_SHARE = 0.8;
    private static final int MIN_RUN = 3;
    private static final Set<String> LEAD_IN_TAGS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "div");
    private static final int MAX_LEAD_IN_WORDS = 6;
    private static final int MAX_LABEL_WORDS = 4;
    private static final Pattern ADDRESS = Pattern.compile("(?i)^(https?://|www\\.)\\S+$");
    private static final Pattern LABEL = Pattern.compile("^[^:]{1,40}:\\s*$");

    private LinkTeasers() {
    }

    /**
     * Removes teaser paragraphs from the tree.
     *
     * @param root the page body or main-text element (changed in place)
     * @return one removal per teaser paragraph, with its text
     */
    static List<Removal> remove(Element root) {
        // each paragraph is judged once; most hold no link at all
        Set<Element> linkOnly = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<Element> parents = new LinkedHashSet<>();
        for (Element block : root.select(BLOCKS)) {
            if (block.parent() != null && linkOnly(block)) {
                linkOnly.add(block);
                parents.add(block.parent());
            }
        }
        List<Element> teasers = new ArrayList<>();
        for (Element parent : parents) {
            teasers.addAll(teasersAmong(parent.children(), linkOnly));
        }
        List<Removal> removed = new ArrayList<>();
        for (Element teaser : teasers) {
            if (!attached(teaser, root)) {
                continue; // inside a teaser block removed already
            }
            removed.add(new Removal(teaser.text().strip(), "teaser links to other articles"));
            teaser.remove();
        }
        return removed;
    }

    private static boolean attached(Element e, Element root) {
        Element up = e;
        while (up != null && up != root) {
            up = up.parent();
        }
        return up == root;
    }

    // one pass over siblings: runs of link-only paragraphs, and single teasers, each with its lead-in
    private static List<Element> teasersAmong(List<Element> siblings, Set<Element> linkOnly) {
        List<Element> out = new ArrayList<>();
        List<Element> run = new ArrayList<>();
        Element lastText = null;
        for (Element e : siblings) {
            if (linkOnly.contains(e)) {
                run.add(e);
                continue;
            }
            if (!e.hasText()) {
                continue;
            }
            close(run, lastText, out);
            lastText = e;
        }
        close(run, lastText, out);
        return out;
    }

    private static void close(List<Element> run, Element leadIn, List<Element> out) {
        if (run.isEmpty()) {
            return;
        }
        List<Element> teasers = run.size() >= MIN_RUN ? run : run.stream().filter(LinkTeasers::single).toList();
        if (!teasers.isEmpty() && teasers.get(0) == run.get(0) && leadIn != null && leadIn(leadIn)) {
            out.add(leadIn);
        }
        out.addAll(teasers);
        run.clear();
    }

    // a link-only paragraph that is a teaser on its own: in capitals, or a short label before the link
    private static boolean single(Element p) {
        String text = p.text().strip();
        if (capitals(text) || p.nameIs("p") && p.getElementsByTag("a").size() >= MIN_RUN) {
            return true;
        }
        Element first = p.selectFirst("a");
        if (first == null) {
            return false;
        }
        String before = text.substring(0, Math.max(0, text.indexOf(first.text().strip())));
        return LABEL.matcher(before).matches() && LineFeatures.words(before) <= MAX_LABEL_WORDS;
    }

    private static boolean leadIn(Element e) {
        // tag names tested as a set: a selector string is parsed anew on each call
        if (!LEAD_IN_TAGS.contains(e.normalName()) || e.selectFirst("a") != null) {
            return false;
        }
        String text = e.text().strip();
        return LineFeatures.words(text) <= MAX_LEAD_IN_WORDS && (capitals(text) || text.endsWith(":")
                || text.endsWith("...") || text.endsWith("…"));
    }

    /** Whether the block's text is (almost) all link text, and is not just a web address. */
    static boolean linkOnly(Element p) {
        if (p.getElementsByTag("a").isEmpty()) {
            return false;
        }
        // letters counted in one walk of the block's text nodes: most blocks are prose, and building their
        // text (and each link's) only to count letters was this class's main cost
        int[] letters = new int[2];
        NodeTraversor.traverse(new NodeVisitor() {
            private int inLink;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    int n = letters(t.getWholeText());
                    letters[0] += n;
                    letters[1] += inLink > 0 ? n : 0;
                } else if (node.nameIs("a")) {
                    inLink++;
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node.nameIs("a")) {
                    inLink--;
                }
            }
        }, p);
        return letters[0] > 0 && letters[1] >= LINK_SHARE * letters[0]
                && !ADDRESS.matcher(p.text().strip()).matches();
    }

    private static boolean capitals(String text) {
        int upper = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) {
                    upper++;
                }
            }
        }
        return letters >= 8 && upper >= 0.8 * letters && LineFeatures.words(text) >= 2;
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
