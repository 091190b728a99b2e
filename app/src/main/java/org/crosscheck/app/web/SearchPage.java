package org.crosscheck.app.web;

import java.util.Map;
import org.crosscheck.app.search.Hit;
import org.crosscheck.app.search.SearchIndex;
import org.crosscheck.app.search.SearchQuery;
import org.crosscheck.app.search.SearchResult;

/** The search page: the form, hits with highlighted snippets linking to their spans, facets as filters. */
final class SearchPage {

    private final SearchIndex index;

    SearchPage(SearchIndex index) {
        this.index = index;
    }

    /**
     * Renders a search.
     *
     * @param q the query (blank text shows only the form)
     * @return the page
     */
    String render(SearchQuery q) {
        StringBuilder b = new StringBuilder("<h1>Search</h1>");
        form(b, q);
        if (q.text() == null || q.text().isBlank()) {
            return Html.page("Search", b.toString());
        }
        SearchResult r = index.search(q);
        b.append("<div class=\"cols\"><div class=\"col-main\"><p class=\"muted\" id=\"hits-total\">").append(r.total())
                .append(" hit(s)</p><ol class=\"hits\" start=\"").append(q.offset() + 1).append("\">");
        for (Hit h : r.hits()) {
            String href = "/articles/" + Html.url(h.article()) + ("article".equals(h.type()) ? "" : "#" + Html.url(h.id()));
            b.append("<li class=\"hit\"><a href=\"").append(Html.esc(href)).append("\"><span class=\"badge plain\">")
                    .append(Html.esc(h.type())).append("</span> ").append(Html.esc(h.title())).append("</a> ")
                    .append("<span class=\"outlet\">").append(Html.esc(h.outlet())).append("</span> <span class=\"date\">")
                    .append(Html.esc(h.date())).append("</span><p class=\"snippet\">").append(snippet(h.snippet()))
                    .append("</p></li>");
        }
        b.append("</ol>").append(Format.pager(base(q), q.offset(), q.limit(), r.total())).append("</div>");
        facets(b, r, q);
        b.append("</div>");
        return Html.page("Search: " + q.text(), b.toString());
    }

    /**
     * Escapes a snippet and turns the index's match markers into {@code <mark>}.
     *
     * @param raw the snippet with {@link SearchIndex#MARK_START}/{@link SearchIndex#MARK_END}
     * @return safe HTML
     */
    static String snippet(String raw) {
        StringBuilder b = new StringBuilder();
        for (String part : raw.split("(?=[\u0002\u0003])|(?<=[\u0002\u0003])")) {
            if (part.equals(String.valueOf(SearchIndex.MARK_START))) {
                b.append("<mark>");
            } else if (part.equals(String.valueOf(SearchIndex.MARK_END))) {
                b.append("</mark>");
            } else {
                b.append(Html.esc(part));
            }
        }
        return b.toString();
    }

    private static void form(StringBuilder b, SearchQuery q) {
        b.append("<form class=\"search\" action=\"/search\" method=\"get\"><input type=\"search\" name=\"q\" id=\"q\" "
                + "maxlength=\"500\" aria-label=\"Query\" value=\"").append(Html.esc(q.text())).append("\">");
        b.append("<select name=\"type\" aria-label=\"Type\">");
        for (String t : new String[] {"", "article", "statement", "figure"}) {
            b.append("<option value=\"").append(t).append('"').append(t.equals(q.type() == null ? "" : q.type())
                    ? " selected" : "").append('>').append(t.isEmpty() ? "everything" : t + "s").append("</option>");
        }
        b.append("</select>");
        field(b, "outlet", "Outlet", q.outlet());
        field(b, "language", "Language (en, fr …)", q.language());
        field(b, "speaker", "Speaker", q.speaker());
        field(b, "kind", "Figure kind", q.kind());
        field(b, "event", "Event id", q.event());
        b.append("<label>from <input type=\"date\" name=\"from\" value=\"").append(q.from() == null ? "" : q.from())
                .append("\"></label><label>to <input type=\"date\" name=\"to\" value=\"").append(q.to() == null ? ""
                        : q.to()).append("\"></label><button type=\"submit\">Search</button></form>");
    }

    private static void field(StringBuilder b, String name, String label, String value) {
        b.append("<input type=\"text\" name=\"").append(name).append("\" placeholder=\"").append(label)
                .append("\" aria-label=\"").append(label).append("\" maxlength=\"200\" value=\"").append(Html.esc(value))
                .append("\">");
    }

    private static String base(SearchQuery q) {
        StringBuilder b = new StringBuilder("/search?q=").append(Html.url(q.text()));
        param(b, "type", q.type());
        param(b, "outlet", q.outlet());
        param(b, "language", q.language());
        param(b, "speaker", q.speaker());
        param(b, "kind", q.kind());
        param(b, "event", q.event());
        param(b, "from", q.from() == null ? null : q.from().toString());
        param(b, "to", q.to() == null ? null : q.to().toString());
        return b.append('&').toString();
    }

    private static void param(StringBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.append('&').append(name).append('=').append(Html.url(value));
        }
    }

    private static void facets(StringBuilder b, SearchResult r, SearchQuery q) {
        b.append("<aside class=\"col-side facets\">");
        for (Map.Entry<String, Map<String, Integer>> dim : r.facets().entrySet()) {
            if (dim.getValue().isEmpty()) {
                continue;
            }
            b.append("<h2>").append(Html.esc(dim.getKey())).append("</h2><ul>");
            dim.getValue().forEach((value, n) -> b.append("<li><a href=\"")
                    .append(Html.esc(base(q).replaceAll("&$", "") + "&" + dim.getKey() + "=" + Html.url(value)))
                    .append("\">").append(Html.esc(value)).append("</a> <span class=\"muted\">").append(n)
                    .append("</span></li>"));
            b.append("</ul>");
        }
        b.append("</aside>");
    }
}
