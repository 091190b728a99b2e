package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Takes furniture out of the main text's elements, as Readability prepares its article: forms, footers,
 * buttons, share bars, headings whose class marks furniture, and boxes that look like link lists, galleries
 * or forms rather than prose (its "clean conditionally" test, with the same thresholds). Nothing is deleted:
 * each element left out is recorded in the content's {@code excluded} map with its reason, and its counts
 * leave its ancestors' so that the boxes around it are judged without it.
 */
final class ContentPruner {

    private static final Set<String> ALWAYS = Set.of("footer", "button", "input", "textarea", "select", "iframe",
            "object", "embed");
    private static final Pattern SHARE = Pattern.compile("(?i)share");
    private static final Pattern VIDEO = Pattern.compile("(?i)//(www\\.)?((dailymotion|youtube|youtube-nocookie"
            + "|player\\.vimeo|v\\.qq)\\.com|(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)");

    private final TextStats stats;
    private final boolean weighClasses;
    private final Map<Element, String> excluded;
    private final Map<Element, Boolean> dataTables = new IdentityHashMap<>();

    private ContentPruner(TextStats stats, boolean weighClasses, Map<Element, String> excluded) {
        this.stats = stats;
        this.weighClasses = weighClasses;
        this.excluded = excluded;
    }

    /**
     * Prunes the content's elements.
     *
     * @param content      the main text found by scoring; its {@code excluded} map is extended
     * @param stats        the page's counts, corrected as elements leave
     * @param weighClasses whether class and id names count
     * @param title        the page's title, or null
     */
    static void prune(ContentScorer.Content content, TextStats stats, boolean weighClasses, String title) {
        ContentPruner pruner = new ContentPruner(stats, weighClasses, content.excluded());
        List<Element> elements = new ArrayList<>();
        for (Element root : content.roots()) {
            elements.addAll(root.getAllElements());
        }
        elements.removeIf(e -> !stats.counted(e));
        pruner.prune(content.roots(), elements, title);
    }

    private void prune(List<Element> roots, List<Element> elements, String title) {
        for (Element table : tagged(elements, "table")) {
            dataTables.put(table, DataTables.isData(table));
        }
        pruneConditionally(tagged(elements, "form"));
        pruneConditionally(tagged(elements, "fieldset"));
        for (Element e : elements) {
            if (ALWAYS.contains(e.normalName())) {
                exclude(e, "page furniture (<" + e.normalName() + ">)");
            } else if (!roots.contains(e) && SHARE.matcher(ClassHints.names(e)).find()) {
                exclude(e, "share bar (class or id \"" + ClassHints.names(e) + "\")");
            } else if (e.nameIs("h1") || e.nameIs("h2")) {
                pruneHeading(e, title);
            }
        }
        pruneConditionally(tagged(elements, "table"));
        pruneConditionally(tagged(elements, "ul"));
        pruneConditionally(tagged(elements, "div"));
    }

    private static List<Element> tagged(List<Element> elements, String tag) {
        return elements.stream().filter(e -> e.nameIs(tag)).toList();
    }

    private void pruneHeading(Element heading, String title) {
        if (weighClasses && ClassHints.weight(heading) < 0) {
            exclude(heading, "heading marked as furniture (class or id \"" + ClassHints.names(heading) + "\")");
        } else if (heading.nameIs("h2") && title != null && Headline.isHeadline(heading.text(), title)) {
            exclude(heading, "headline (kept as the title)");
        }
    }

    // innermost first, so an outer box is judged without the boxes already taken out of it
    private void pruneConditionally(List<Element> elements) {
        for (int i = elements.size() - 1; i >= 0; i--) {
            Element e = elements.get(i);
            if (!insideExcluded(e) && !insideDataTable(e) && !readsAsParagraph(e)) {
                String reason = why(e);
                if (reason != null) {
                    exclude(e, reason);
                }
            }
        }
    }

    // Readability has turned such divs into paragraphs before it prunes, so they are never judged as boxes
    private boolean readsAsParagraph(Element e) {
        return e.nameIs("div") && (!stats.holdsBlocks(e) || e.childrenSize() == 1 && e.child(0).nameIs("p"));
    }

    /** Readability's test for a box that is not prose; returns the reason, or null to keep the box. */
    private String why(Element e) {
        int weight = weighClasses ? ClassHints.weight(e) : 0;
        if (weight < 0) {
            return "box marked as furniture (class or id \"" + ClassHints.names(e) + "\")";
        }
        if (stats.commas(e) >= 10) {
            return null;
        }
        boolean list = e.nameIs("ul") || e.nameIs("ol");
        int paragraphs = stats.paragraphs(e);
        int images = stats.images(e);
        int chars = stats.chars(e);
        double links = stats.linkDensity(e);
        int embeds = embeds(e);
        if (images > 1 && paragraphs / (double) images < 0.5 && !inFigure(e)) {
            return "image gallery (more images than paragraphs)";
        }
        if (!list && stats.items(e) - 100 > paragraphs) {
            return "list box (more list items than paragraphs)";
        }
        if (stats.inputs(e) > paragraphs / 3) {
            return "form (inputs)";
        }
        if (!list && chars < 25 && images == 0 && !inFigure(e)) {
            return "short box";
        }
        if (!list && weight < 25 && links > 0.2 || weight >= 25 && links > 0.5) {
            return "box of links (link text " + Math.round(links * 100) + "%)";
        }
        if (embeds == 1 && chars < 75 || embeds > 1) {
            return "embedded media";
        }
        return null;
    }

    private int embeds(Element e) {
        if (stats.embeds(e) == 0) {
            return 0;
        }
        int count = 0;
        for (Element embed : e.select("embed, object, iframe")) {
            if (!VIDEO.matcher(embed.attr("src")).find() && !insideExcluded(embed)) {
                count++;
            }
        }
        return count;
    }

    private static boolean inFigure(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.nameIs("figure")) {
                return true;
            }
        }
        return false;
    }

    private boolean insideDataTable(Element e) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (a.nameIs("table") && dataTables.getOrDefault(a, false)) {
                return true;
            }
        }
        return false;
    }

    private boolean insideExcluded(Element e) {
        for (Element a = e; a != null; a = a.parent()) {
            if (excluded.containsKey(a)) {
                return true;
            }
        }
        return false;
    }

    private void exclude(Element e, String reason) {
        if (!insideExcluded(e)) {
            excluded.put(e, reason);
            stats.subtract(e, null);
        }
    }
}
