package org.crosscheck.app.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Article;
import org.crosscheck.model.Copy;

/**
 * Draws the copy/independence graph of an event's articles as inline SVG: articles on a circle,
 * an arrow from each copy to its likely original; an article with no arrow is an independent source.
 */
final class CopyGraph {

    private static final int SIZE = 320;

    private CopyGraph() {
    }

    /**
     * Draws the graph.
     *
     * @param articles the articles (nodes)
     * @param copies   the copy relations among them (edges)
     * @return SVG markup (labels escaped), then a text list of the relations for screen readers
     */
    static String svg(List<Article> articles, List<Copy> copies) {
        Map<String, double[]> at = new HashMap<>();
        int n = articles.size();
        double r = n <= 1 ? 0 : SIZE / 2.0 - 60;
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / Math.max(1, n) - Math.PI / 2;
            at.put(articles.get(i).id(), new double[] {SIZE / 2.0 + r * Math.cos(angle),
                SIZE / 2.0 + r * Math.sin(angle)});
        }
        StringBuilder b = new StringBuilder("<svg class=\"graph\" viewBox=\"0 0 " + SIZE + " " + SIZE
                + "\" role=\"img\" aria-label=\"copy graph\"><defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" "
                + "refX=\"18\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
                + "<path d=\"M 0 0 L 10 5 L 0 10 z\"/></marker></defs>");
        for (Copy c : copies) {
            double[] p = at.get(c.article());
            double[] q = at.get(c.of());
            if (p != null && q != null) {
                b.append(String.format(java.util.Locale.ROOT,
                        "<line class=\"edge %s\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                                + "marker-end=\"url(#arrow)\"><title>%s</title></line>",
                        Html.esc(c.relation()), p[0], p[1], q[0], q[1], Html.esc(c.relation())));
            }
        }
        for (Article a : articles) {
            double[] p = at.get(a.id());
            boolean copy = copies.stream().anyMatch(c -> c.article().equals(a.id()));
            b.append(String.format(java.util.Locale.ROOT, "<a href=\"/articles/%s\"><circle class=\"node%s\" "
                    + "cx=\"%.1f\" cy=\"%.1f\" r=\"9\"><title>%s</title></circle><text x=\"%.1f\" y=\"%.1f\">%s</text>"
                    + "</a>", Html.url(a.id()), copy ? " copy" : "", p[0], p[1], Html.esc(a.title()), p[0], p[1] + 22,
                    Html.esc(shorten(a.outlet() == null ? a.id() : a.outlet()))));
        }
        b.append("</svg><ul class=\"copies\">");
        for (Copy c : copies) {
            b.append("<li><a href=\"/articles/").append(Html.url(c.article())).append("\">")
                    .append(Html.esc(c.article())).append("</a> ").append(Html.esc(c.relation())).append(" of <a href=\"/articles/")
                    .append(Html.url(c.of())).append("\">").append(Html.esc(c.of())).append("</a> <span class=\"muted\">")
                    .append(String.format(java.util.Locale.ROOT, "%.2f", c.score())).append("</span></li>");
        }
        if (copies.isEmpty()) {
            b.append("<li class=\"muted\">No copies found: every article is an independent source.</li>");
        }
        return b.append("</ul>").toString();
    }

    private static String shorten(String s) {
        return s.length() <= 22 ? s : s.substring(0, 21) + "…";
    }
}
