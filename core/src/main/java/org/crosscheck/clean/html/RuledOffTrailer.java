package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Leaves out the "about us" box a press release rules off at its end: after the last horizontal rule
 * ({@code <hr>}) of the main text, a short trailer (a small share of the main text, after enough article)
 * that opens with the name the headline opens with ("Ascom announces …" / "Ascom is a global solutions
 * provider …") describes the issuer, not the news. Other trailers stay: notes, sources and calls to comment
 * after a rule are often the article's own. No word lists: the name is the headline's first word.
 */
final class RuledOffTrailer {

    static final String REASON = "about the issuer, after the article's closing rule (<hr>)";
    // the trailer is at most this share of the main text ...
    private static final double MAX_SHARE = 0.35;
    // ... and the article before the rule at least this long
    private static final int MIN_ARTICLE = 500;
    private static final Pattern NAME = Pattern.compile("\\p{Lu}\\p{L}{2,}");

    private RuledOffTrailer() {
    }

    /**
     * Excludes everything after the main text's last rule, when that is a short trailer.
     *
     * @param content the main text; its {@code excluded} map is extended
     * @param stats   the page's counts, corrected as elements leave
     * @param title   the page's title, or null (then nothing is excluded)
     */
    static void exclude(ContentScorer.Content content, TextStats stats, String title) {
        String issuer = issuer(title);
        if (issuer == null) {
            return;
        }
        List<Element> roots = content.roots();
        Map<Element, String> excluded = content.excluded();
        Element rule = lastRule(roots, excluded);
        if (rule == null) {
            return;
        }
        int total = content.chars(stats);
        List<Element> after = after(rule, roots);
        int trailer = 0;
        for (Element e : after) {
            trailer += stats.counted(e) && !excluded.containsKey(e) ? stats.chars(e) : 0;
        }
        if (trailer == 0 || trailer > total * MAX_SHARE || total - trailer < MIN_ARTICLE
                || !opensWith(after, excluded, issuer)) {
            return;
        }
        for (Element e : after) {
            if (!excluded.containsKey(e)) {
                excluded.put(e, REASON);
                stats.subtract(e, null);
            }
        }
    }

    // the headline's first word when it reads as a name: a capital, then letters (three or more)
    private static String issuer(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = NAME.matcher(title.strip());
        return m.lookingAt() ? m.group() : null;
    }

    private static boolean opensWith(List<Element> after, Map<Element, String> excluded, String issuer) {
        for (Element e : after) {
            String text = excluded.containsKey(e) ? "" : e.text().strip();
            if (!text.isEmpty()) {
                return text.startsWith(issuer) && (text.length() == issuer.length()
                        || !Character.isLetterOrDigit(text.charAt(issuer.length())));
            }
        }
        return false;
    }

    private static Element lastRule(List<Element> roots, Map<Element, String> excluded) {
        for (int i = roots.size() - 1; i >= 0; i--) {
            List<Element> rules = roots.get(i).getElementsByTag("hr");
            for (int j = rules.size() - 1; j >= 0; j--) {
                if (!inside(rules.get(j), excluded)) {
                    return rules.get(j);
                }
            }
        }
        return null;
    }

    // the elements after the rule in reading order, outermost only: its following siblings and its
    // ancestors' up to the root that holds it; none when another root of the main text comes later
    private static List<Element> after(Element rule, List<Element> roots) {
        List<Element> out = new ArrayList<>();
        Element root = null;
        for (Element a = rule; a != null && root == null; a = a.parent()) {
            if (roots.contains(a)) {
                root = a;
            } else {
                for (Element s = a.nextElementSibling(); s != null; s = s.nextElementSibling()) {
                    out.add(s);
                }
            }
        }
        for (Element other : roots) {
            if (other != root && follows(other, root)) {
                return List.of();
            }
        }
        return out;
    }

    // whether b comes after a in the page (neither holds the other)
    private static boolean follows(Element b, Element a) {
        List<Element> pathA = path(a);
        List<Element> pathB = path(b);
        int i = 0;
        while (i < pathA.size() && i < pathB.size() && pathA.get(i) == pathB.get(i)) {
            i++;
        }
        return i < pathA.size() && i < pathB.size()
                && pathB.get(i).elementSiblingIndex() > pathA.get(i).elementSiblingIndex();
    }

    // the element's ancestors from the top down, and the element itself
    private static List<Element> path(Element e) {
        List<Element> out = new ArrayList<>();
        for (Element a = e; a != null; a = a.parent()) {
            out.add(0, a);
        }
        return out;
    }

    private static boolean inside(Element e, Map<Element, String> excluded) {
        for (Element a = e; a != null; a = a.parent()) {
            if (excluded.containsKey(a)) {
                return true;
            }
        }
        return false;
    }
}
