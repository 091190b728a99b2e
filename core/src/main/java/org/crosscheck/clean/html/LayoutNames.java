package org.crosscheck.clean.html;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The class names a page builds its layout from: a class that the boxes holding most of the text all bear
 * ("TestReport__Section--Ads" on each part of a test report, "live-match-comment" on each entry of a live
 * ticker) names the page's grid, not one box of furniture, even when it contains a furniture word ("ads",
 * "comment"). Such names say nothing about a box and are left out when class names mark furniture.
 * Language-independent: only the text each class covers is counted.
 */
final class LayoutNames {

    // a class is layout when its outermost bearers hold more than this share of the root's text
    private static final double SHARE = 0.5;
    // ... and it is borne by at least this many separate boxes (one box holding most text is the article holder)
    private static final int BOXES = 3;

    private final Set<String> names;

    private LayoutNames(Set<String> names) {
        this.names = names;
    }

    /**
     * Finds the layout classes under a root.
     *
     * @param roots the elements whose text is shared out (the page's body, or the main text's boxes)
     * @param stats counts that hold every element under the roots
     * @return the roots' layout classes, possibly none
     */
    static LayoutNames of(List<Element> roots, TextStats stats) {
        int total = 0;
        Map<String, int[]> covered = new HashMap<>();
        for (Element root : roots) {
            total += stats.counted(root) ? stats.chars(root) : 0;
            tally(root, stats, new HashMap<>(), covered);
        }
        if (total == 0) {
            return new LayoutNames(Set.of());
        }
        int text = total;
        Set<String> layout = new HashSet<>();
        covered.forEach((name, c) -> {
            if (c[1] >= BOXES && c[0] > text * SHARE) {
                layout.add(name);
            }
        });
        return new LayoutNames(layout);
    }

    // chars and count of each class's outermost bearers; open counts the classes of the element's ancestors
    // (an iterative walk: deep pages cannot overflow the stack)
    private static void tally(Element root, TextStats stats, Map<String, Integer> open, Map<String, int[]> covered) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    for (String name : classes(e)) {
                        if (open.getOrDefault(name, 0) == 0) {
                            int[] c = covered.computeIfAbsent(name, k -> new int[2]);
                            c[0] += stats.counted(e) ? stats.chars(e) : 0;
                            c[1]++;
                        }
                        open.merge(name, 1, Integer::sum);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    classes(e).forEach(name -> open.merge(name, -1, Integer::sum));
                }
            }
        }, root);
    }

    private static Set<String> classes(Element e) {
        String attr = e.className();
        if (attr.isBlank()) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        for (String name : attr.trim().split("\\s+")) {
            out.add(name);
        }
        return out;
    }

    /**
     * An element's class attribute without the layout classes.
     *
     * @param className the element's class attribute
     * @return the classes that are not layout, space-separated (empty when none is left)
     */
    String strip(String className) {
        if (names.isEmpty() || className.isBlank()) {
            return className;
        }
        StringBuilder out = new StringBuilder();
        for (String name : className.trim().split("\\s+")) {
            if (!names.contains(name)) {
                out.append(out.length() == 0 ? "" : " ").append(name);
            }
        }
        return out.toString();
    }

}
