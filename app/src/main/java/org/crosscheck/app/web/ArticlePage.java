package org.crosscheck.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.app.store.StoreQueries;
import org.crosscheck.model.Article;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Removal;
import org.crosscheck.model.Statement;
import org.crosscheck.report.Highlighter;

/**
 * The article page: the clean text with every mention, statement and figure highlighted and linked,
 * the lists of them beside it, and the removed boilerplate behind a disclosure.
 */
final class ArticlePage {

    private final StoreQueries q;

    ArticlePage(StoreQueries q) {
        this.q = q;
    }

    /**
     * Renders an article.
     *
     * @param id   the article id
     * @param from start of a cited span to mark, or -1
     * @param to   end of that span, or -1
     * @return the page, or empty when there is no such article
     */
    Optional<String> render(String id, int from, int to) {
        return q.article(id).map(a -> render(a, from, to));
    }

    private String render(Article a, int from, int to) {
        List<Statement> statements = q.statementsIn(a.id());
        List<Figure> figures = q.figuresIn(a.id());
        List<Entity> entities = q.entitiesIn(a.id());
        List<Highlighter.Span> marks = new ArrayList<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (m.article().equals(a.id())) {
                    marks.add(new Highlighter.Span(m.start(), m.end(), "mention", null, "/entities/" + Html.url(e.id()),
                            e.type() + ": " + e.name()));
                }
            }
        }
        for (Statement s : statements) {
            marks.add(new Highlighter.Span(s.start(), s.end(), "statement " + s.mode(), s.id(), null,
                    s.mode() + " statement" + (s.speaker() == null ? "" : " by " + s.speaker().text())
                            + (s.continues() == null ? "" : " (continued)")));
        }
        for (Figure f : figures) {
            marks.add(new Highlighter.Span(f.start(), f.end(), "figure", f.id(), null, f.kind() + ": "
                    + (f.claimant() == null ? "outlet's narration" : "claimed by " + f.claimant().text())));
        }
        if (from >= 0 && to > from) {
            marks.add(new Highlighter.Span(from, to, "cite", "cite", null, "cited in a summary"));
        }
        StringBuilder b = new StringBuilder();
        header(b, a);
        b.append("<div class=\"cols\"><article class=\"col-main\"><div class=\"text\" id=\"text\">")
                .append(Highlighter.render(a.text(), marks)).append("</div>");
        removed(b, a.removed());
        b.append("</article><aside class=\"col-side\">");
        side(b, figures, statements, entities, a);
        b.append("</aside></div>");
        return Html.page(a.title() == null ? a.source() : a.title(), b.toString());
    }

    private void header(StringBuilder b, Article a) {
        b.append("<h1>").append(Html.esc(a.title() == null ? "(untitled)" : a.title())).append("</h1>")
                .append("<p class=\"meta\">").append(Format.source(a));
        if (a.author() != null) {
            b.append(" · by ").append(Html.esc(a.author()));
        }
        if (a.dateline() != null) {
            b.append(" · ").append(Html.esc(a.dateline()));
        }
        b.append("<br><span class=\"muted\">source: ").append(Html.esc(a.source())).append("</span>");
        if (a.url() != null) {
            b.append(" · ").append(Html.externalLink(a.url()));
        }
        for (String ev : q.eventsOf(a.id())) {
            b.append(" · <a href=\"/events/").append(Html.url(ev)).append("\">event ").append(Html.esc(ev)).append("</a>");
        }
        b.append("</p><p class=\"legend\"><span class=\"hl mention\">mention</span> "
                + "<span class=\"hl statement\">statement</span> <span class=\"hl figure\">figure</span></p>");
    }

    private static void removed(StringBuilder b, List<Removal> removed) {
        b.append("<details class=\"removed\"><summary>Removed from the input (").append(removed.size())
                .append(")</summary><ul>");
        for (Removal r : removed) {
            b.append("<li><span class=\"badge plain\">").append(Html.esc(r.reason())).append("</span> <q>")
                    .append(Html.esc(r.text())).append("</q></li>");
        }
        b.append("</ul></details>");
    }

    private static void side(StringBuilder b, List<Figure> figures, List<Statement> statements,
                             List<Entity> entities, Article a) {
        b.append("<h2>Figures</h2><ul class=\"side-list\">");
        for (Figure f : figures) {
            b.append("<li><a class=\"fig\" data-fig=\"").append(Html.esc(f.id())).append("\" href=\"#")
                    .append(Html.url(f.id())).append("\">").append(Html.esc(f.hedge() == null ? "" : f.hedge() + " "))
                    .append(Format.amount(f)).append(' ').append(Html.esc(f.counted())).append("</a> <span class=\"muted\">")
                    .append(Html.esc(f.kind())).append("</span> — ").append(Format.speaker(f.claimant(), a.outlet()))
                    .append("</li>");
        }
        b.append("</ul><h2>Statements</h2><ul class=\"side-list\">");
        for (Statement s : statements) {
            b.append("<li><a href=\"#").append(Html.url(s.id())).append("\">").append(Html.esc(s.mode()))
                    .append("</a> ").append(Format.speaker(s, a.outlet())).append(": “")
                    .append(Html.esc(s.content())).append("”</li>");
        }
        b.append("</ul><h2>Entities</h2><ul class=\"side-list\">");
        for (Entity e : entities) {
            b.append("<li><a href=\"/entities/").append(Html.url(e.id())).append("\">").append(Html.esc(e.name()))
                    .append("</a> <span class=\"muted\">").append(Html.esc(e.type())).append("</span></li>");
        }
        b.append("</ul>");
    }
}
