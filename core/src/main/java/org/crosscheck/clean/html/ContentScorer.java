package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the elements of a page that hold its main text, by Mozilla Readability's content scoring: every
 * paragraph scores by its length and commas and passes its score to its parent, grandparent and
 * great-grandparent; the best-scoring container (less its link text) wins, joined by siblings that score
 * well or read like prose, and by prose boxes beside it inside the page's article element; furniture inside
 * it is then taken out ({@link ContentPruner}). When that leaves
 * less than {@value #ENOUGH_TEXT} characters the page is scored again with fewer assumptions (unlikely
 * containers kept, class names ignored, no pruning), as Readability does.
 *
 * <p>Unlike a port that rewrites the page (divs turned into paragraphs, losers deleted), this scorer only
 * reads the tree: counts come from one {@link TextStats} pass, and what it leaves out is returned with a
 * reason, so the caller can keep every removed block.
 */
final class ContentScorer {

    /** Characters of main text below which a stricter attempt gives way to a looser one. */
    static final int ENOUGH_TEXT = 500;

    /** The reason given for the page's byline, left out of the main text (its text may name the author). */
    static final String BYLINE = "byline";

    private static final int SHORT_ARTICLE = 200;
    private static final Set<String> SCORED = Set.of("p", "section", "h2", "h3", "h4", "h5", "h6", "td", "pre");
    private static final int MIN_PARAGRAPH = 25;
    private static final int TOP_CANDIDATES = 5;
    private static final Pattern SENTENCE_END = Pattern.compile("\\.( |$)");
    // a box beside the winner, inside the page's article element, continues the article when it reads as prose
    private static final int CONTINUED_PROSE = 150;
    private static final double CONTINUED_LINKS = 0.3;
    // a sentence in any script, as the page's lead may end with a question or an exclamation
    private static final Pattern PROSE_END = Pattern.compile("[.!?。।؟…](\\s|$)");
    private static final Pattern ARTICLE_BODY = Pattern.compile("(^|\\s)articleBody(\\s|$)");

    /**
     * The main text's place in the page.
     *
     * @param roots    the elements holding the main text: the winner, its siblings, then the boxes continuing it
     * @param excluded elements inside (or around) them that are not main text, with the reason
     */
    record Content(List<Element> roots, Map<Element, String> excluded) {

        /** Characters of main text: the roots less what was excluded (counted by {@code stats}). */
        int chars(TextStats stats) {
            return roots.stream().mapToInt(stats::chars).sum();
        }
    }

    private record Attempt(boolean stripUnlikely, boolean weighClasses, boolean prune) {
    }

    private static final List<Attempt> ATTEMPTS = List.of(new Attempt(true, true, true),
            new Attempt(false, true, true), new Attempt(false, false, true), new Attempt(false, false, false));

    private ContentScorer() {
    }

    /**
     * Finds the main text of a page.
     *
     * @param body  the page's body (not changed)
     * @param title the page's title, or null
     * @return the main text's elements and what was left out inside them; empty roots when the page has no
     *         scorable text
     */
    static Content find(Element body, String title) {
        return find(body, title, Set.of());
    }

    /**
     * Finds the main text of a page whose forms were taken out before scoring.
     *
     * @param body      the page's body (not changed)
     * @param title     the page's title, or null
     * @param formBoxes the elements that held a form before furniture was taken out (a sign-up box keeps its
     *                  pitch when its form goes); none of them continues the article
     * @return the main text's elements and what was left out inside them; empty roots when the page has no
     *         scorable text
     */
    static Content find(Element body, String title, Set<Element> formBoxes) {
        Map<Element, String> byline = new IdentityHashMap<>();
        Map<Element, String> unlikely = new IdentityHashMap<>();
        hinted(body, byline, unlikely);
        Content best = new Content(List.of(), Map.of());
        int bestChars = -1;
        for (Attempt attempt : ATTEMPTS) {
            Map<Element, String> excluded = new IdentityHashMap<>(byline);
            if (attempt.stripUnlikely()) {
                excluded.putAll(unlikely);
            }
            TextStats stats = TextStats.of(body, excluded.keySet());
            Content content = score(body, stats, attempt, excluded, formBoxes);
            if (attempt.prune()) {
                ContentPruner.prune(content, stats, attempt.weighClasses(), title);
                RuledOffTrailer.exclude(content, stats, title);
            }
            int chars = content.chars(stats);
            if (chars >= ENOUGH_TEXT) {
                return content;
            }
            // a short article is better served by the strictest attempt that found it than by the longest
            // (Readability's choice), which is the one that pruned nothing
            if (chars > bestChars && bestChars < SHORT_ARTICLE) {
                best = content;
                bestChars = chars;
            }
        }
        return best;
    }

    // the byline is always left out before scoring, unlikely containers only in the first attempt
    private static void hinted(Element body, Map<Element, String> byline, Map<Element, String> unlikely) {
        for (Element e : body.getAllElements()) {
            if (e.className().isEmpty() && e.id().isEmpty() && !e.hasAttr("rel") && !e.hasAttr("role")) {
                continue;
            }
            if (byline.isEmpty() && ClassHints.byline(e)) {
                byline.put(e, BYLINE);
            } else if (ClassHints.unlikely(e)) {
                unlikely.put(e, "unlikely to be article text (class, id or role \"" + hint(e) + "\")");
            }
        }
    }

    private static String hint(Element e) {
        String names = ClassHints.names(e);
        return names.isEmpty() ? e.attr("role") : names;
    }

    private static Content score(Element body, TextStats stats, Attempt attempt, Map<Element, String> excluded,
            Set<Element> formBoxes) {
        Map<Element, Double> scores = new LinkedHashMap<>();
        for (Element e : body.getAllElements()) {
            if (!stats.counted(e)) {
                continue;
            }
            if (isParagraph(e, stats)) {
                scoreParagraph(e, stats.chars(e), stats.commas(e), stats, scores, attempt);
            } else if (e.nameIs("div")) {
                scoreLooseText(e, stats, scores, attempt);
            }
        }
        scores.replaceAll((candidate, score) -> score * (1 - stats.linkDensity(candidate)));
        Element top = topCandidate(body, scores);
        if (top == null) {
            return new Content(List.of(body), excluded);
        }
        top = withMostProse(top, body, stats, scores);
        List<Element> roots = continued(top, withSiblings(top, scores, stats), stats, formBoxes);
        return new Content(Leads.withLead(top, roots, stats, formBoxes), excluded);
    }

    /**
     * A winner that lies outside the box holding most of the page's prose gives way to that box when the box's
     * own candidates are among the best and together outscore the winner: the article was cut into many small
     * boxes, and a popup or sidebar holding its few paragraphs in one box outscored each. (A list of teasers
     * with summaries holds prose too, but in boxes that each score little.)
     */
    private static Element withMostProse(Element top, Element body, TextStats stats, Map<Element, Double> scores) {
        List<Element> ranked = new ArrayList<>(scores.keySet());
        ranked.sort(Collections.reverseOrder((a, b) -> Double.compare(scores.get(a), scores.get(b))));
        ranked = ranked.subList(0, Math.min(TOP_CANDIDATES, ranked.size()));
        // the cheap test first: the holder lies apart from the winner, so its candidates do too
        if (scoreInside(ranked, scores, c -> apart(c, top)) < scores.get(ranked.get(0))) {
            return top;
        }
        Element holder = ProseMajority.holder(body, stats);
        if (holder == null || !apart(holder, top)) {
            return top;
        }
        boolean outscores = scoreInside(ranked, scores, c -> c == holder || c.parents().contains(holder))
                >= scores.get(ranked.get(0));
        return outscores ? holder : top;
    }

    // the summed score of the candidates that pass, when at least two do (else 0)
    private static double scoreInside(List<Element> ranked, Map<Element, Double> scores, Predicate<Element> inside) {
        List<Element> in = ranked.stream().filter(inside).toList();
        return in.size() < 2 ? 0 : in.stream().mapToDouble(scores::get).sum();
    }

    // neither holds the other
    private static boolean apart(Element a, Element b) {
        return a != b && !a.parents().contains(b) && !b.parents().contains(a);
    }

    /**
     * The article often goes on outside the winning box (its lead above a figure, parts split by an ad or a
     * gallery): when the page marks the article itself ({@code <article>}, schema.org's articleBody) around
     * the winner, the boxes beside the winner and beside each of its ancestors up to that element join the
     * main text when they read as prose; pruning then takes their furniture out.
     */
    private static List<Element> continued(Element top, List<Element> roots, TextStats stats,
            Set<Element> formBoxes) {
        Element article = articleAround(top);
        if (article == null) {
            return roots;
        }
        List<Element> out = new ArrayList<>(roots);
        Set<Element> joined = Collections.newSetFromMap(new IdentityHashMap<>());
        joined.addAll(roots);
        for (Element chain = top; chain != article; chain = chain.parent()) {
            for (Element sibling : chain.parent().children()) {
                if (sibling != chain && !joined.contains(sibling) && !formBoxes.contains(sibling)
                        && stats.counted(sibling) && readsAsProse(sibling, stats)) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    // the nearest ancestor that marks the article: <article>, or schema.org's articleBody among its itemprops
    private static Element articleAround(Element top) {
        for (Element a = top.parent(); a != null && !a.nameIs("body"); a = a.parent()) {
            if (a.nameIs("article") || ARTICLE_BODY.matcher(a.attr("itemprop")).find()) {
                return a;
            }
        }
        return null;
    }

    /** Whether a box reads as prose: a paragraph's length or more, few links, a sentence end. */
    static boolean readsAsProse(Element e, TextStats stats) {
        return stats.chars(e) > CONTINUED_PROSE && stats.linkDensity(e) < CONTINUED_LINKS
                && PROSE_END.matcher(e.text()).find();
    }

    // Readability scores p, section, h2-h6, td and pre, and turns a div without block children into a p
    private static boolean isParagraph(Element e, TextStats stats) {
        return SCORED.contains(e.normalName()) || e.nameIs("div") && !stats.holdsBlocks(e);
    }

    // text directly in a div that also holds blocks: each run between blocks reads as a paragraph of its own
    private static void scoreLooseText(Element div, TextStats stats, Map<Element, Double> scores, Attempt attempt) {
        int chars = 0;
        int commas = 0;
        for (Node child : div.childNodes()) {
            if (child instanceof TextNode text) {
                String t = text.text();
                chars += t.strip().length();
                commas += (int) t.chars().filter(c -> c == ',').count();
            } else if (child instanceof Element e && stats.counted(e) && !isBlock(e, stats)) {
                chars += stats.chars(e);
                commas += stats.commas(e);
            } else {
                scoreRun(div, chars, commas, stats, scores, attempt);
                chars = 0;
                commas = 0;
            }
        }
        scoreRun(div, chars, commas, stats, scores, attempt);
    }

    private static void scoreRun(Element div, int chars, int commas, TextStats stats, Map<Element, Double> scores,
            Attempt attempt) {
        if (chars >= MIN_PARAGRAPH) {
            addToAncestors(div, chars, commas, scores, attempt);
        }
    }

    private static boolean isBlock(Element e, TextStats stats) {
        return TextStats.BLOCK_TAGS.contains(e.normalName()) || stats.holdsBlocks(e) || e.nameIs("br");
    }

    private static void scoreParagraph(Element p, int chars, int commas, TextStats stats, Map<Element, Double> scores,
            Attempt attempt) {
        if (chars < MIN_PARAGRAPH) {
            return;
        }
        Element parent = p.parent();
        // a div wrapping nothing but this paragraph is the paragraph (Readability unwraps it)
        if (parent != null && parent.nameIs("div") && parent.childrenSize() == 1 && parent.textNodes().stream()
                .allMatch(TextNode::isBlank)) {
            parent = parent.parent();
        }
        if (parent != null) {
            addToAncestors(parent, chars, commas, scores, attempt);
        }
    }

    /**
     * Adds a paragraph's score to its first three ancestors, starting at its parent {@code first}: the parent
     * gets it whole, the grandparent half, the next a sixth.
     */
    private static void addToAncestors(Element first, int chars, int commas, Map<Element, Double> scores,
            Attempt attempt) {
        double score = 1 + (commas + 1) + Math.min(chars / 100, 3);
        Element ancestor = first;
        for (int level = 0; level < 3 && ancestor != null; level++, ancestor = ancestor.parent()) {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            double base = scores.computeIfAbsent(ancestor, a -> initialScore(a, attempt));
            scores.put(ancestor, base + score / divider);
        }
    }

    private static double initialScore(Element e, Attempt attempt) {
        double score = switch (e.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + (attempt.weighClasses() ? ClassHints.weight(e) : 0);
    }

    private static Element topCandidate(Element body, Map<Element, Double> scores) {
        List<Element> top = new ArrayList<>(scores.keySet());
        top.sort(Collections.reverseOrder((a, b) -> Double.compare(scores.get(a), scores.get(b))));
        top = top.subList(0, Math.min(TOP_CANDIDATES, top.size()));
        if (top.isEmpty() || top.get(0) == body) {
            return null;
        }
        Element best = sharedAncestor(top, scores, body);
        best = climbWhileScoreRises(best, scores, body);
        while (best.parent() != null && best.parent() != body && best.parent().childrenSize() == 1) {
            best = best.parent();
        }
        return best;
    }

    // when three other top candidates score close to the best, their common ancestor holds the article
    private static Element sharedAncestor(List<Element> top, Map<Element, Double> scores, Element body) {
        Element best = top.get(0);
        List<Element> close = top.stream().skip(1).filter(c -> scores.get(c) / scores.get(best) >= 0.75).toList();
        if (close.size() < 3) {
            return best;
        }
        for (Element parent = best.parent(); parent != null && parent != body; parent = parent.parent()) {
            Element p = parent;
            if (close.stream().filter(c -> c.parents().contains(p)).count() >= 3) {
                return parent;
            }
        }
        return best;
    }

    private static Element climbWhileScoreRises(Element best, Map<Element, Double> scores, Element body) {
        double last = scores.getOrDefault(best, 0.0);
        double floor = last / 3;
        for (Element parent = best.parent(); parent != null && parent != body; parent = parent.parent()) {
            Double score = scores.get(parent);
            if (score == null) {
                continue;
            }
            if (score < floor) {
                break;
            }
            if (score > last) {
                return parent;
            }
            last = score;
        }
        return best;
    }

    // siblings that score at least a fifth of the winner, or read as prose, belong to the article too
    private static List<Element> withSiblings(Element top, Map<Element, Double> scores, TextStats stats) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> roots = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || stats.counted(sibling) && joins(sibling, top, topScore, threshold, scores, stats)) {
                roots.add(sibling);
            }
        }
        return roots;
    }

    private static boolean joins(Element sibling, Element top, double topScore, double threshold,
            Map<Element, Double> scores, TextStats stats) {
        boolean sameClass = !top.className().isEmpty() && sibling.className().equals(top.className());
        double bonus = sameClass ? topScore * 0.2 : 0;
        Double score = scores.get(sibling);
        if (score != null && score + bonus >= threshold) {
            return true;
        }
        int chars = stats.chars(sibling);
        double links = stats.linkDensity(sibling);
        // the article continued in a box like the winner's (after a figure), nested too deep to have a score
        if (score == null && sameClass && chars > 80 && links < 0.25) {
            return true;
        }
        if (!sibling.nameIs("p") && !(sibling.nameIs("div") && !stats.holdsBlocks(sibling))) {
            return false;
        }
        return chars > 80 && links < 0.25
                || chars > 0 && chars < 80 && links == 0 && SENTENCE_END.matcher(sibling.text()).find();
    }
}
