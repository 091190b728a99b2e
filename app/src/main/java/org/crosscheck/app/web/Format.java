package org.crosscheck.app.web;

import java.util.Map;
import org.crosscheck.model.Article;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.Statement;

/** Small formatting helpers shared by the pages; every result is escaped HTML. */
final class Format {

    private Format() {
    }

    /**
     * Formats a figure's number: value, or range low–high.
     *
     * @param f the figure
     * @return escaped text
     */
    static String amount(Figure f) {
        String v;
        if (f.value() != null) {
            v = number(f.value());
        } else if (f.low() != null || f.high() != null) {
            v = (f.low() == null ? "?" : number(f.low())) + "–" + (f.high() == null ? "?" : number(f.high()));
        } else {
            v = f.hedge() == null ? "?" : "";  // a vague amount ("dozens") is all in its hedge
        }
        return Html.esc((v + (f.unit() == null ? "" : " " + f.unit())).trim());
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format("%,d", (long) d) : String.valueOf(d);
    }

    /**
     * Names a speaker, linking to the entity page when resolved.
     *
     * @param s       the speaker, or null
     * @param outlet  what to say when null (the outlet's narration)
     * @return escaped HTML
     */
    static String speaker(Speaker s, String outlet) {
        if (s == null) {
            return "<span class=\"muted\">" + Html.esc(outlet == null ? "the outlet" : outlet) + " (narration)</span>";
        }
        String name = Html.esc(s.text() == null ? s.entity() : s.text());
        return s.entity() == null ? name : "<a href=\"/entities/" + Html.url(s.entity()) + "\">" + name + "</a>";
    }

    /**
     * Names a statement's speaker, marked "(continued)" when the statement goes on from an earlier one.
     *
     * @param s      the statement
     * @param outlet what to say when it has no speaker (the outlet's narration)
     * @return escaped HTML
     */
    static String speaker(Statement s, String outlet) {
        return speaker(s.speaker(), outlet) + (s.continues() == null ? "" : " <span class=\"muted\">(continued)</span>");
    }

    /**
     * Links to an article with its outlet and date.
     *
     * @param a the article, or null
     * @return escaped HTML
     */
    static String source(Article a) {
        if (a == null) {
            return "<span class=\"muted\">unknown article</span>";
        }
        return "<span class=\"outlet\">" + Html.esc(a.outlet() == null ? "unknown outlet" : a.outlet())
                + "</span> <span class=\"date\">" + Html.esc(date(a)) + "</span>";
    }

    /**
     * Says an article's day for a list: its publication day, else "retrieved" and the day it was fetched or
     * archived (a crawl date must not pass for a publication date).
     *
     * @param a the article, or null
     * @return e.g. "2026-05-04", "retrieved 2026-11-24", or ""
     */
    static String date(Article a) {
        if (a == null) {
            return "";
        }
        if (a.published() != null || a.retrieved() == null) {
            return day(a.published());
        }
        return "retrieved " + day(a.retrieved());
    }

    /**
     * Cuts an ISO date to its day.
     *
     * @param published ISO-8601 date or null
     * @return the day, or "" when unknown
     */
    static String day(String published) {
        return published == null ? "" : published.length() > 10 ? published.substring(0, 10) : published;
    }

    /**
     * Renders a verdict badge.
     *
     * @param verdict agree, differ, compatible, changed, single or disputed
     * @return escaped HTML
     */
    static String verdict(String verdict) {
        String v = verdict == null ? "single" : verdict;
        String cls = Map.of("agree", "ok", "compatible", "ok", "differ", "bad", "changed", "warn", "disputed", "bad")
                .getOrDefault(v, "plain");
        return "<span class=\"badge " + cls + "\">" + Html.esc(v) + "</span>";
    }

    /**
     * Makes a page-navigation line.
     *
     * @param base   the URL up to the query, with any other parameters and a trailing {@code &} or {@code ?}
     * @param offset current offset
     * @param limit  page size
     * @param total  number of records
     * @return escaped HTML
     */
    static String pager(String base, int offset, int limit, long total) {
        StringBuilder b = new StringBuilder("<nav class=\"pager\">");
        if (offset > 0) {
            b.append("<a href=\"").append(Html.esc(base + "offset=" + Math.max(0, offset - limit)))
                    .append("\" rel=\"prev\">← previous</a> ");
        }
        b.append("<span class=\"muted\">").append(total == 0 ? 0 : offset + 1).append('–')
                .append(Math.min(total, offset + limit)).append(" of ").append(total).append("</span>");
        if (offset + limit < total) {
            b.append(" <a href=\"").append(Html.esc(base + "offset=" + (offset + limit)))
                    .append("\" rel=\"next\">next →</a>");
        }
        return b.append("</nav>").toString();
    }
}
