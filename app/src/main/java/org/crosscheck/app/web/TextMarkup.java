package org.crosscheck.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Renders an article's clean text with overlapping annotations as flat, escaped HTML: the text is cut at
 * every annotation boundary and each piece becomes one element carrying the classes and ids of all
 * annotations that cover it, so nesting never breaks. Annotations outside the text are ignored.
 */
final class TextMarkup {

    private TextMarkup() {
    }

    /**
     * Renders the text.
     *
     * @param text        the clean text
     * @param annotations the spans to highlight
     * @return HTML (escaped text in spans; anchors {@code id="ID"} where an annotation starts)
     */
    static String render(String text, List<Annotation> annotations) {
        List<Annotation> valid = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (Annotation a : annotations) {
            if (a.start() >= 0 && a.end() <= text.length() && a.start() < a.end()) {
                valid.add(a);
                cuts.add(a.start());
                cuts.add(a.end());
            }
        }
        StringBuilder out = new StringBuilder(text.length() * 2);
        Integer from = cuts.first();
        for (Integer to : cuts.tailSet(from, false)) {
            piece(out, text, from, to, valid);
            from = to;
        }
        return out.toString();
    }

    private static void piece(StringBuilder out, String text, int from, int to, List<Annotation> all) {
        List<Annotation> cover = new ArrayList<>();
        for (Annotation a : all) {
            if (a.start() == from && a.id() != null) {
                out.append("<span class=\"anchor\" id=\"").append(Html.esc(a.id())).append("\"></span>");
            }
            if (a.start() <= from && a.end() >= to) {
                cover.add(a);
            }
        }
        String words = Html.esc(text.substring(from, to));
        if (cover.isEmpty()) {
            out.append(words);
            return;
        }
        StringBuilder cls = new StringBuilder();
        StringBuilder ids = new StringBuilder();
        StringBuilder title = new StringBuilder();
        String href = null;
        for (Annotation a : cover) {
            cls.append(' ').append(a.cls());
            if (a.id() != null) {
                ids.append(' ').append(a.id());
            }
            if (a.title() != null) {
                title.append(title.length() == 0 ? "" : " | ").append(a.title());
            }
            href = href == null ? a.href() : href;
        }
        String tag = href == null ? "span" : "a";
        out.append('<').append(tag).append(" class=\"hl").append(Html.esc(cls.toString())).append("\" data-ids=\"")
                .append(Html.esc(ids.toString().trim())).append("\" title=\"").append(Html.esc(title.toString()))
                .append('"');
        if (href != null) {
            out.append(" href=\"").append(Html.esc(href)).append('"');
        }
        out.append('>').append(words).append("</").append(tag).append('>');
    }
}
