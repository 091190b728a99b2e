package org.crosscheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Renders an article text as HTML with possibly overlapping highlighted spans; used by the HTML dossier
 * and the web UI's article page. The text is cut at every span boundary into flat pieces, each wrapped in
 * one element carrying the classes and ids of all spans that cover it, so overlapping spans never produce
 * broken nesting: {@code <span class="hl CLASSES" data-ids="IDS" title="TITLES">} (an {@code <a href>}
 * when a covering span links somewhere). Where a span with an id starts, an empty
 * {@code <a class="anchor" id="ID">} is placed for fragment links. Line breaks become {@code <br>}. All
 * text is escaped; spans outside the text are ignored.
 */
public final class Highlighter {

    /**
     * A span to highlight.
     *
     * @param start    start offset, inclusive
     * @param end      end offset, exclusive
     * @param cssClass CSS class(es), e.g. "fig" or "statement direct"
     * @param id       anchor id, unique in the page, or null for none
     * @param href     where the span links (already a safe relative URL), or null
     * @param title    tooltip text, or null
     */
    public record Span(int start, int end, String cssClass, String id, String href, String title) {

        /**
         * Makes a span that links nowhere.
         *
         * @param start    start offset
         * @param end      end offset, exclusive
         * @param cssClass CSS class(es)
         * @param id       anchor id or null
         * @param title    tooltip or null
         */
        public Span(int start, int end, String cssClass, String id, String title) {
            this(start, end, cssClass, id, null, title);
        }
    }

    private Highlighter() {
    }

    /**
     * Renders a text.
     *
     * @param text  the article's clean text
     * @param spans the spans to highlight, in any order, possibly overlapping
     * @return the HTML
     */
    public static String render(String text, List<Span> spans) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        List<Span> valid = new ArrayList<>();
        for (Span s : spans) {
            if (s.start() >= 0 && s.end() <= text.length() && s.start() < s.end()) {
                valid.add(s);
                cuts.add(s.start());
                cuts.add(s.end());
            }
        }
        StringBuilder html = new StringBuilder(text.length() * 2);
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            piece(html, text, from, to, valid);
            from = to;
        }
        return html.toString();
    }

    private static void piece(StringBuilder html, String text, int from, int to, List<Span> spans) {
        List<Span> cover = new ArrayList<>();
        for (Span s : spans) {
            if (s.start() == from && s.id() != null) {
                html.append("<a class=\"anchor\" id=\"").append(Html.escape(s.id())).append("\"></a>");
            }
            if (s.start() <= from && s.end() >= to) {
                cover.add(s);
            }
        }
        String content = Html.escape(text.substring(from, to)).replace("\n", "<br>");
        if (cover.isEmpty()) {
            html.append(content);
            return;
        }
        List<String> classes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        String href = null;
        for (Span s : cover) {
            classes.add(s.cssClass());
            if (s.id() != null) {
                ids.add(s.id());
            }
            if (s.title() != null) {
                titles.add(s.title());
            }
            href = href == null ? s.href() : href;
        }
        open(html, href, classes, ids, titles);
        html.append(content).append(href == null ? "</span>" : "</a>");
    }

    private static void open(StringBuilder html, String href, List<String> classes, List<String> ids,
                             List<String> titles) {
        html.append(href == null ? "<span" : "<a").append(" class=\"hl ")
                .append(Html.escape(String.join(" ", classes))).append('"');
        if (!ids.isEmpty()) {
            html.append(" data-ids=\"").append(Html.escape(String.join(" ", ids))).append('"');
        }
        html.append(" title=\"").append(Html.escape(String.join(" · ", titles))).append('"');
        if (href != null) {
            html.append(" href=\"").append(Html.escape(href)).append('"');
        }
        html.append('>');
    }
}
