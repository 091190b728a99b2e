package org.crosscheck.app.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.crosscheck.app.store.StoreQueries;
import org.crosscheck.model.Article;
import org.crosscheck.model.CitedSentence;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Statement;
import org.crosscheck.report.QuantityRows;

/**
 * The event page: cited summary, comparisons side by side, the copy graph of its articles, statements by
 * speaker and every figure, each linking to its highlighted source span.
 */
final class EventPage {

    private final StoreQueries q;

    EventPage(StoreQueries q) {
        this.q = q;
    }

    /**
     * Renders an event.
     *
     * @param id the event id
     * @return the page, or empty when there is no such event
     */
    Optional<String> render(String id) {
        return q.event(id).map(this::render);
    }

    private String render(Event e) {
        Map<String, Article> articles = new LinkedHashMap<>();
        for (String a : e.articles()) {
            q.article(a).ifPresent(x -> articles.put(a, x));
        }
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(e.title())).append("</h1>");
        b.append("<div class=\"cols\"><div class=\"col-main\">");
        summary(b, e);
        comparisons(b, e, articles);
        figures(b, articles);
        statements(b, articles);
        b.append("</div><aside class=\"col-side\">");
        sources(b, articles);
        b.append("<h2>Copies and independence</h2>")
                .append(CopyGraph.svg(new ArrayList<>(articles.values()), q.copiesAmong(e.articles())));
        b.append("</aside></div>");
        return Html.page(e.title(), b.toString());
    }

    private static void summary(StringBuilder b, Event e) {
        b.append("<section><h2>Summary</h2>");
        if (e.summary().isEmpty()) {
            b.append("<p class=\"muted\">No summary.</p>");
        }
        b.append("<ol class=\"summary\">");
        for (CitedSentence s : e.summary()) {
            b.append("<li>").append(Html.esc(s.text())).append(" <a class=\"cite\" href=\"/articles/")
                    .append(Html.url(s.article())).append("?from=").append(s.start()).append("&amp;to=").append(s.end())
                    .append("#cite\">[").append(Html.esc(s.article())).append("]</a></li>");
        }
        b.append("</ol></section>");
    }

    /**
     * One row per quantity, as every view lays them out ({@link QuantityRows}): quantities two or more sources
     * report first, each report as written with its restatements folded in, in date order; then the statements.
     */
    private void comparisons(StringBuilder b, Event e, Map<String, Article> articles) {
        List<Comparison> cs = q.comparisonsOf(e.id());
        b.append("<section><h2>Where sources agree or differ</h2>");
        if (cs.isEmpty()) {
            b.append("<p class=\"muted\">No comparisons.</p>");
        }
        Function<String, Article> article = id -> articles.containsKey(id) ? articles.get(id)
                : q.article(id).orElse(null);
        Map<String, Figure> figures = new LinkedHashMap<>();
        cs.forEach(c -> q.figuresOf(c.id()).forEach(f -> figures.put(f.id(), f)));
        QuantityRows.of(cs, figures::get, article).forEach(row -> quantity(b, row));
        for (Comparison c : cs) {
            if (!c.statements().isEmpty()) {
                statements(b, c, articles);
            }
        }
        b.append("</section>");
    }

    private static void heading(StringBuilder b, Comparison c) {
        b.append("<div class=\"cmp\"><h3>").append(Html.esc(c.topic())).append(' ').append(Format.verdict(c.verdict()))
                .append("</h3><p class=\"note\">").append(Html.esc(c.note())).append("</p>")
                .append("<table class=\"side\"><thead><tr><th>Figure</th><th>Hedge</th><th>Claimant</th>"
                        + "<th>Outlet</th><th>Date</th><th>Source</th></tr></thead><tbody>");
    }

    private static void quantity(StringBuilder b, QuantityRows.Row row) {
        heading(b, row.comparison());
        for (QuantityRows.Report r : row.reports()) {
            Figure f = r.figure();
            Article a = r.article();
            b.append("<tr><td class=\"num\">").append(Html.esc(r.written()));
            for (String alias : r.aliases()) {
                b.append(" (= ").append(Html.esc(alias)).append(')');
            }
            b.append(' ').append(Html.esc(f.counted()))
                    .append("</td><td>").append(Html.esc(f.hedge() == null ? "exact" : f.hedge())).append("</td><td>")
                    .append(Format.speaker(f.claimant(), a == null ? null : a.outlet())).append("</td><td>")
                    .append(Html.esc(a == null ? "" : a.outlet())).append("</td><td>")
                    .append(Html.esc(Format.date(a))).append("</td><td>")
                    .append(figureLink(f, "show")).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    private void statements(StringBuilder b, Comparison c, Map<String, Article> articles) {
        heading(b, c);
        for (Statement s : q.statementsOf(c.id())) {
            Article a = articles.get(s.article());
            b.append("<tr><td colspan=\"2\">“").append(Html.esc(s.content())).append("”</td><td>")
                    .append(Format.speaker(s, a == null ? null : a.outlet())).append("</td><td>")
                    .append(Html.esc(a == null ? "" : a.outlet())).append("</td><td>")
                    .append(Html.esc(Format.date(a))).append("</td><td>")
                    .append(statementLink(s)).append("</td></tr>");
        }
        b.append("</tbody></table></div>");
    }

    private void figures(StringBuilder b, Map<String, Article> articles) {
        b.append("<section><h2>Figures</h2><table class=\"list\"><thead><tr><th>Kind</th><th>Figure</th>"
                + "<th>Claimant</th><th>Source</th></tr></thead><tbody>");
        for (Article a : articles.values()) {
            for (Figure f : q.figuresIn(a.id())) {
                b.append("<tr><td>").append(Html.esc(f.kind())).append("</td><td>").append(figureLink(f, null))
                        .append("</td><td>").append(Format.speaker(f.claimant(), a.outlet())).append("</td><td>")
                        .append(Format.source(a)).append("</td></tr>");
            }
        }
        b.append("</tbody></table></section>");
    }

    private static String figureLink(Figure f, String label) {
        String shown = label != null ? Html.esc(label)
                : Html.esc(f.hedge() == null ? "" : f.hedge() + " ") + Format.amount(f) + " "
                        + Html.esc(f.counted());
        return "<a class=\"fig\" data-fig=\"" + Html.esc(f.id()) + "\" href=\"/articles/" + Html.url(f.article())
                + "#" + Html.url(f.id()) + "\">" + shown + "</a>";
    }

    private static String statementLink(Statement s) {
        return "<a href=\"/articles/" + Html.url(s.article()) + "#" + Html.url(s.id()) + "\">show</a>";
    }

    private void statements(StringBuilder b, Map<String, Article> articles) {
        Map<String, List<Statement>> bySpeaker = new LinkedHashMap<>();
        Map<String, Statement> first = new LinkedHashMap<>();
        for (Article a : articles.values()) {
            for (Statement s : q.statementsIn(a.id())) {
                String key = s.speaker() == null ? "" : s.speaker().text() == null ? s.speaker().entity()
                        : s.speaker().text();
                bySpeaker.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
                first.putIfAbsent(key, s);
            }
        }
        b.append("<section><h2>Statements by speaker</h2>");
        bySpeaker.forEach((speaker, list) -> {
            Statement one = first.get(speaker);
            b.append("<details open><summary>").append(speaker.isEmpty() ? "<span class=\"muted\">unattributed</span>"
                    : Format.speaker(one.speaker(), null)).append(" <span class=\"muted\">(").append(list.size())
                    .append(")</span></summary><ul class=\"quotes\">");
            for (Statement s : list) {
                Article a = articles.get(s.article());
                b.append("<li><span class=\"mode\">").append(Html.esc(s.mode()))
                        .append(s.continues() == null ? "" : " (continued)").append("</span> “")
                        .append(Html.esc(s.content())).append("” — ").append(Format.source(a)).append(' ')
                        .append(statementLink(s)).append("</li>");
            }
            b.append("</ul></details>");
        });
        b.append("</section>");
    }

    private static void sources(StringBuilder b, Map<String, Article> articles) {
        b.append("<h2>Sources</h2><ul class=\"sources\">");
        for (Article a : articles.values()) {
            b.append("<li><a href=\"/articles/").append(Html.url(a.id())).append("\">")
                    .append(Html.esc(a.title() == null ? a.source() : a.title())).append("</a><br>")
                    .append(Format.source(a)).append("</li>");
        }
        b.append("</ul>");
    }
}
