package org.crosscheck.report;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Renders an article text as HTML with possibly overlapping highlighted spans. The text is cut at every
 * span boundary into flat segments, each wrapped in one {@code <span>} carrying the classes of all spans
 * that cover it, so overlapping spans never produce broken nesting. The first segment of a span gets
 * the span's id as anchor. All text is escaped.
 */
final class Highlighter {

    /**
     * A span to highlight.
     *
     * @param start    start offset
     * @param end      end offset, exclusive
     * @param cssClass CSS class ("fig", "st", "m")
     * @param id       anchor id, unique in the page, or null for none
     * @param title    tooltip text
     */
    record Span(int start, int end, String cssClass, String id, String title) {
    }

    private Highlighter() {
    }

    static String render(String text, List<Span> spans) {
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
            segment(html, text, from, to, valid);
            from = to;
        }
        return html.toString();
    }

    private static void segment(StringBuilder html, String text, int from, int to, List<Span> spans) {
        List<String> classes = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        for (Span s : spans) {
            if (s.start() <= from && s.end() >= to) {
                classes.add(s.cssClass());
                titles.add(s.title());
                if (s.start() == from && s.id() != null) {
                    ids.add(s.id());
                }
            }
        }
        String content = Html.escape(text.substring(from, to)).replace("\n", "<br>");
        if (classes.isEmpty()) {
            html.append(content);
            return;
        }
        for (String id : ids) {
            html.append("<a class=\"anchor\" id=\"").append(Html.escape(id)).append("\"></a>");
        }
        html.append("<span class=\"").append(Html.escape(String.join(" ", classes))).append("\" title=\"")
                .append(Html.escape(String.join(" · ", titles))).append("\">").append(content).append("</span>");
    }
}
