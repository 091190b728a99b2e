package org.crosscheck.app.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.crosscheck.app.store.Page;
import org.crosscheck.app.store.StoreQueries;
import org.crosscheck.model.Article;
import org.crosscheck.model.Event;
import org.crosscheck.model.Story;

/** The start page (stories → events) and the article list. */
final class HomePage {

    private final StoreQueries q;

    HomePage(StoreQueries q) {
        this.q = q;
    }

    /**
     * Renders the stories with their events, then events in no story.
     *
     * @return the page
     */
    String render() {
        List<Event> events = q.events();
        Map<String, Event> byId = events.stream().collect(Collectors.toMap(Event::id, Function.identity()));
        Set<String> shown = new HashSet<>();
        StringBuilder b = new StringBuilder("<h1>Stories</h1>");
        for (Story s : q.stories()) {
            b.append("<section class=\"story\"><h2>").append(Html.esc(s.title())).append("</h2><ul class=\"events\">");
            for (String id : s.events()) {
                Event e = byId.get(id);
                if (e != null) {
                    b.append(eventItem(e));
                    shown.add(id);
                }
            }
            b.append("</ul></section>");
        }
        List<Event> loose = events.stream().filter(e -> !shown.contains(e.id())).toList();
        if (!loose.isEmpty()) {
            b.append("<section class=\"story\"><h2>Other events</h2><ul class=\"events\">");
            loose.forEach(e -> b.append(eventItem(e)));
            b.append("</ul></section>");
        }
        if (events.isEmpty()) {
            b.append("<p class=\"muted\">No events yet. <a href=\"/articles\">Browse the ")
                    .append(q.articleCount()).append(" articles</a>.</p>");
        }
        return Html.page("Stories", b.toString());
    }

    private static String eventItem(Event e) {
        return "<li><a href=\"/events/" + Html.url(e.id()) + "\">" + Html.esc(e.title()) + "</a> <span class=\"muted\">"
                + e.articles().size() + " article(s)</span></li>";
    }

    /**
     * Renders a page of the article list.
     *
     * @param outlet   only this outlet, or null
     * @param language only this language (ISO 639-1), or null
     * @param offset   first index
     * @param limit    page size
     * @return the page
     */
    String articles(String outlet, String language, int offset, int limit) {
        Page<Article> page = q.articles(outlet, language, offset, limit);
        StringBuilder b = new StringBuilder("<h1>Articles</h1><table class=\"list\"><thead><tr><th>Date</th>"
                + "<th>Outlet</th><th>Language</th><th>Title</th></tr></thead><tbody>");
        for (Article a : page.items()) {
            b.append("<tr><td>").append(Html.esc(Format.date(a))).append("</td><td><a href=\"/articles?outlet=")
                    .append(Html.url(a.outlet())).append("\">").append(Html.esc(a.outlet())).append("</a></td><td>");
            if (a.language() != null) {
                b.append("<a href=\"/articles?language=").append(Html.url(a.language())).append("\">")
                        .append(Html.esc(a.language())).append("</a>");
            }
            b.append("</td><td><a href=\"/articles/").append(Html.url(a.id())).append("\">")
                    .append(Html.esc(a.title() == null ? a.source() : a.title())).append("</a></td></tr>");
        }
        b.append("</tbody></table>");
        String base = "/articles?" + (outlet == null ? "" : "outlet=" + Html.url(outlet) + "&")
                + (language == null ? "" : "language=" + Html.url(language) + "&");
        b.append(Format.pager(base, offset, limit, page.total()));
        return Html.page("Articles", b.toString());
    }
}
