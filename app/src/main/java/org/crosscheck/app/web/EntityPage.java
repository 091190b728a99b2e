package org.crosscheck.app.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.crosscheck.app.store.Page;
import org.crosscheck.app.store.StoreQueries;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Statement;

/** The entity page (all spellings, mentions by article, statements by and about) and the entity list. */
final class EntityPage {

    private static final int MAX_STATEMENTS = 200;

    private final StoreQueries q;

    EntityPage(StoreQueries q) {
        this.q = q;
    }

    /**
     * Renders an entity.
     *
     * @param id the entity id
     * @return the page, or empty when there is no such entity
     */
    Optional<String> render(String id) {
        return q.entity(id).map(this::render);
    }

    private String render(Entity e) {
        StringBuilder b = new StringBuilder("<h1>").append(Html.esc(e.name())).append(" <span class=\"badge plain\">")
                .append(Html.esc(e.type())).append("</span></h1>");
        b.append("<p>Also written: ").append(e.aliases().isEmpty() ? "<span class=\"muted\">no other spelling</span>"
                : String.join(", ", e.aliases().stream().map(Html::esc).toList())).append("</p>");
        Map<String, Integer> byArticle = new LinkedHashMap<>();
        for (Mention m : e.mentions()) {
            byArticle.merge(m.article(), 1, Integer::sum);
        }
        b.append("<h2>Mentioned in</h2><ul>");
        byArticle.forEach((article, n) -> b.append("<li>").append(articleLink(article)).append(" <span class=\"muted\">")
                .append(n).append("×</span></li>"));
        b.append("</ul>");
        statements(b, "Statements by " + e.name(), q.statements(e.id(), null, 0, MAX_STATEMENTS).items());
        statements(b, "Statements about " + e.name(), q.statementsAbout(e.id(), MAX_STATEMENTS));
        return Html.page(e.name(), b.toString());
    }

    private String articleLink(String article) {
        String title = q.article(article).map(a -> a.title() == null ? a.source() : a.title()).orElse(article);
        return "<a href=\"/articles/" + Html.url(article) + "\">" + Html.esc(title) + "</a>";
    }

    private static void statements(StringBuilder b, String heading, List<Statement> list) {
        b.append("<h2>").append(Html.esc(heading)).append("</h2><ul class=\"quotes\">");
        if (list.isEmpty()) {
            b.append("<li class=\"muted\">none</li>");
        }
        for (Statement s : list) {
            b.append("<li><span class=\"mode\">").append(Html.esc(s.mode())).append("</span> “")
                    .append(Html.esc(s.content())).append("” <a href=\"/articles/").append(Html.url(s.article()))
                    .append('#').append(Html.url(s.id())).append("\">source</a></li>");
        }
        b.append("</ul>");
    }

    /**
     * Renders a page of the entity list.
     *
     * @param offset first index
     * @param limit  page size
     * @return the page
     */
    String list(int offset, int limit) {
        Page<Entity> page = q.entities(null, offset, limit);
        StringBuilder b = new StringBuilder("<h1>Entities</h1><table class=\"list\"><thead><tr><th>Name</th>"
                + "<th>Type</th><th>Mentions</th></tr></thead><tbody>");
        for (Entity e : page.items()) {
            b.append("<tr><td><a href=\"/entities/").append(Html.url(e.id())).append("\">").append(Html.esc(e.name()))
                    .append("</a></td><td>").append(Html.esc(e.type())).append("</td><td>").append(e.mentions().size())
                    .append("</td></tr>");
        }
        b.append("</tbody></table>").append(Format.pager("/entities?", offset, limit, page.total()));
        return Html.page("Entities", b.toString());
    }
}
