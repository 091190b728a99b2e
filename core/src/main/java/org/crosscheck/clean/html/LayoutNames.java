package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;

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

    private static final String[] NONE = {};

    private final Set<String> names;

    private LayoutNames(Set<String> names) {
        this.names = names;
    }

    /**
     * Finds the layout classes under a root among the classes a test picks (the others are never counted:
     * this is asked of every page).
     *
     * @param root      the element whose text is shared out (the page's body)
     * @param elements  the elements under the root to count, as the caller already holds them (those
     *                  without a class are passed over)
     * @param stats     counts that hold every element under the root
     * @param candidate which single class names may matter (those holding a furniture word)
     * @return the root's layout classes, possibly none
     */
    static LayoutNames of(Element root, List<Element> elements, TextStats stats, Predicate<String> candidate) {
        int total = stats.counted(root) ? stats.chars(root) : 0;
        if (total == 0 || elements.isEmpty()) {
            return new LayoutNames(Set.of());
        }
        // every bearer's text first: nested bearers count twice, so this is an upper bound on what the outermost
        // ones hold, and most furniture classes ("menu-item") fall short of it without any walk up the tree
        Map<String, List<Element>> bearers = new HashMap<>();
        Map<String, int[]> bound = new HashMap<>();
        // a page repeats its class attributes many times over: each is split and tested once
        Map<String, String[]> picked = new HashMap<>();
        for (Element e : elements) {
            if (!e.hasAttr("class")) {
                continue;
            }
            for (String name : picked.computeIfAbsent(e.className(), c -> pick(c, candidate))) {
                bearers.computeIfAbsent(name, k -> new ArrayList<>()).add(e);
                bound.computeIfAbsent(name, k -> new int[1])[0] += stats.counted(e) ? stats.chars(e) : 0;
            }
        }
        Map<String, int[]> covered = new HashMap<>();
        bearers.forEach((name, list) -> {
            if (list.size() < BOXES || bound.get(name)[0] <= total * SHARE) {
                return;
            }
            for (Element e : list) {
                if (outermost(e, name, root)) {
                    int[] c = covered.computeIfAbsent(name, k -> new int[2]);
                    c[0] += stats.counted(e) ? stats.chars(e) : 0;
                    c[1]++;
                }
            }
        });
        Set<String> layout = new HashSet<>();
        covered.forEach((name, c) -> {
            if (c[1] >= BOXES && c[0] > total * SHARE) {
                layout.add(name);
            }
        });
        return new LayoutNames(layout);
    }

    // no ancestor up to the root bears the class (few elements bear a candidate class: the walk up is short work)
    private static boolean outermost(Element e, String name, Element root) {
        for (Element a = e.parent(); a != null && e != root; a = a.parent()) {
            if (a.hasClass(name)) {
                return false;
            }
            if (a == root) {
                return true;
            }
        }
        return true;
    }

    /**
     * The distinct single classes of a class attribute that a test picks.
     *
     * @param className the class attribute
     * @param candidate which names to keep
     * @return the names kept, in order (an empty array when none)
     */
    static String[] pick(String className, Predicate<String> candidate) {
        if (className.isBlank()) {
            return NONE;
        }
        // split by hand: this runs once per distinct class attribute of every page
        List<String> out = new ArrayList<>(2);
        int i = 0;
        int n = className.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(className.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(className.charAt(i))) {
                i++;
            }
            if (i > start) {
                String name = className.substring(start, i);
                if (candidate.test(name) && !out.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out.isEmpty() ? NONE : out.toArray(NONE);
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
