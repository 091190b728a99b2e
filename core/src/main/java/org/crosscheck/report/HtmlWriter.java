package org.crosscheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Article;
import org.crosscheck.model.CitedSentence;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Dossier;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Removal;
import org.crosscheck.model.SourceError;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Story;

/**
 * Writes a dossier as one self-contained HTML page (inline CSS, no scripts, no external assets):
 * stories and events with cited summaries and side-by-side comparisons, then every article's clean
 * text with its figures, statements and mentions highlighted; links jump to the highlighted span.
 * Every piece of article-derived text is escaped.
 */
public final class HtmlWriter {

    private static final String CSS = """
            :root{--ink:#1d2433;--muted:#5b6578;--line:#dde2ea;--bg:#f7f8fb;--accent:#2450a6;--fig:#fff1b8;--st:#dcebff;--m:#e9f7ec}
            *{box-sizing:border-box}body{margin:0;font:16px/1.55 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:var(--ink);background:var(--bg)}
            header{background:#fff;border-bottom:1px solid var(--line);padding:1.2rem 2rem}h1{margin:0;font-size:1.5rem}
            main{max-width:72rem;margin:0 auto;padding:1rem 2rem 4rem}h2{margin-top:2.5rem;border-bottom:2px solid var(--line);padding-bottom:.3rem}
            .meta{color:var(--muted);font-size:.9rem}.cards{display:flex;flex-wrap:wrap;gap:.75rem;margin-top:1rem}
            .card{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:.6rem 1rem;min-width:7rem}
            .card b{display:block;font-size:1.4rem}section.event,details.article{background:#fff;border:1px solid var(--line);border-radius:.5rem;padding:1rem 1.25rem;margin:1rem 0}
            table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.92rem}th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
            th{background:var(--bg)}blockquote{margin:.4rem 0;padding:.2rem .9rem;border-left:3px solid var(--accent);background:var(--bg)}
            .verdict{display:inline-block;padding:0 .5rem;border-radius:1rem;font-size:.8rem;font-weight:600;text-transform:uppercase}
            .agree{background:#d8f3dc}.compatible{background:#e7f0ff}.differ{background:#ffd6d6}.changed{background:#ffe8c7}.single{background:#eee}
            .text{white-space:normal;max-width:48rem}.fig{background:var(--fig);border-bottom:2px solid #e0b400}.st{background:var(--st)}.m{background:var(--m)}
            .anchor:target+.hl,.anchor:target+.anchor+.hl{outline:3px solid var(--accent);outline-offset:1px}a{color:var(--accent)}summary{cursor:pointer;font-weight:600}
            caption{text-align:left;font-weight:600;padding:.3rem 0}.alias{color:var(--muted)}.report{white-space:normal}
            .sum{text-decoration:underline dotted var(--accent)}.removed li{color:var(--muted);font-size:.9rem}.reason{font-style:italic}.err{color:#9b1c1c}
            """;

    /**
     * Renders a dossier.
     *
     * @param dossier the dossier
     * @return the HTML page
     */
    public String render(Dossier dossier) {
        DossierIndex ix = new DossierIndex(dossier);
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">")
                .append("<title>Crosscheck dossier</title><style>").append(CSS).append("</style></head><body>");
        h.append("<header><h1>Crosscheck dossier</h1><div class=\"meta\">Created ").append(Html.escape(dossier.created()))
                .append(" by ").append(Html.escape(dossier.tool().name() + " " + dossier.tool().version())).append("</div>");
        cards(h, Summary.of(dossier));
        h.append("</header><main>");
        stories(h, ix);
        copies(h, ix);
        articles(h, ix);
        errors(h, dossier.errors());
        h.append("</main></body></html>\n");
        return h.toString();
    }

    /**
     * Writes a dossier to a file.
     *
     * @param dossier the dossier
     * @param file    the file
     * @throws IOException when it cannot be written
     */
    public void write(Dossier dossier, Path file) throws IOException {
        // getBytes replaces half of a surrogate pair with '?', where Files.writeString would fail the run
        Files.write(file, render(dossier).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static void cards(StringBuilder h, Summary s) {
        h.append("<div class=\"cards\">");
        card(h, s.articles(), "articles");
        card(h, s.outlets(), "outlets");
        card(h, s.events(), "events");
        card(h, s.statements(), "statements");
        card(h, s.figures(), "figures");
        card(h, s.conflicts(), "conflicts");
        card(h, s.copies(), "copies");
        card(h, s.errors(), "errors");
        h.append("</div>");
    }

    private static void card(StringBuilder h, int n, String label) {
        h.append("<div class=\"card\"><b>").append(n).append("</b>").append(label).append("</div>");
    }

    private static void stories(StringBuilder h, DossierIndex ix) {
        if (ix.dossier.events().isEmpty()) {
            return;
        }
        h.append("<h2>Stories and events</h2>");
        for (Story story : ix.dossier.stories()) {
            h.append("<h3>").append(Html.escape(story.title())).append("</h3>");
            for (String id : story.events()) {
                ix.dossier.events().stream().filter(e -> e.id().equals(id)).forEach(e -> event(h, ix, e));
            }
        }
        if (ix.dossier.stories().isEmpty()) {
            ix.dossier.events().forEach(e -> event(h, ix, e));
        }
    }

    private static void event(StringBuilder h, DossierIndex ix, Event e) {
        h.append("<section class=\"event\" id=\"").append(Html.escape(e.id())).append("\"><h4>")
                .append(Html.escape(e.title())).append("</h4><div class=\"meta\">").append(Html.escape(ix.reach(e.articles())))
                .append(": ");
        List<String> links = new ArrayList<>();
        for (String a : e.articles()) {
            links.add("<a href=\"#" + Html.escape(a) + "\">" + Html.escape(ix.outlet(a)) + "</a>");
        }
        h.append(String.join(" · ", links)).append("</div>");
        for (CitedSentence s : e.summary()) {
            h.append("<blockquote>").append(Html.escape(s.text())).append(" <a href=\"#")
                    .append(Html.escape(s.article() + "-" + s.start())).append("\">")
                    .append(Html.escape(ix.outlet(s.article()))).append("</a></blockquote>");
        }
        List<Comparison> comparisons = ix.comparisonsOf(e);
        quantities(h, ix, comparisons);
        for (Comparison c : comparisons) {
            if (!c.statements().isEmpty()) {
                statementComparison(h, ix, c);
            }
        }
        h.append("</section>");
    }

    /** The quantities of an event: shared ones in a table, the single-source ones in a collapsed list. */
    private static void quantities(StringBuilder h, DossierIndex ix, List<Comparison> comparisons) {
        List<QuantityRows.Row> rows = QuantityRows.of(comparisons, ix.figures::get, ix.articles::get);
        List<QuantityRows.Row> shared = rows.stream().filter(QuantityRows.Row::corroborable).toList();
        List<QuantityRows.Row> single = rows.stream().filter(r -> !r.corroborable()).toList();
        if (!shared.isEmpty()) {
            h.append("<table class=\"quantities\"><caption>Do the sources agree? ").append(shared.size())
                    .append(" quantities reported by two or more sources</caption><tr><th>Quantity</th>")
                    .append("<th>Verdict</th><th>Reports</th></tr>");
            shared.forEach(r -> sharedRow(h, ix, r));
            h.append("</table>");
        }
        if (!single.isEmpty()) {
            h.append("<details class=\"single\"><summary>Reported by one source only (").append(single.size())
                    .append(")</summary><ul>");
            for (QuantityRows.Row r : single) {
                h.append("<li class=\"quantity\"><b>").append(Html.escape(r.comparison().topic())).append("</b>: ");
                reports(h, ix, r, "; ");
                if (r.reports().size() > 1) {
                    h.append(" <span class=\"meta\">").append(Html.escape(r.comparison().note())).append("</span>");
                }
                h.append("</li>");
            }
            h.append("</ul></details>");
        }
    }

    private static void sharedRow(StringBuilder h, DossierIndex ix, QuantityRows.Row r) {
        String v = r.comparison().verdict();
        h.append("<tr class=\"quantity\"><td>").append(Html.escape(r.comparison().topic()))
                .append("</td><td><span class=\"verdict ").append(Html.escape(v)).append("\">").append(Html.escape(v))
                .append("</span><div class=\"meta\">").append(Html.escape(r.comparison().note()))
                .append("</div></td><td>");
        reports(h, ix, r, "<br>");
        h.append("</td></tr>");
    }

    private static void reports(StringBuilder h, DossierIndex ix, QuantityRows.Row r, String between) {
        for (int i = 0; i < r.reports().size(); i++) {
            h.append(i == 0 ? "" : between);
            report(h, ix, r.reports().get(i));
        }
    }

    /** One report: the value as written linked to its span, restatements beside it, claimant, outlet, date. */
    private static void report(StringBuilder h, DossierIndex ix, QuantityRows.Report r) {
        Figure f = r.figure();
        h.append("<span class=\"report\"><a href=\"#").append(Html.escape(f.id())).append("\">“")
                .append(Html.escape(r.written())).append("”</a>");
        for (String alias : r.aliases()) {
            h.append(" <span class=\"alias\">= ").append(Html.escape(alias)).append("</span>");
        }
        String date = ix.published(f.article());
        h.append(" — ").append(Html.escape(DossierIndex.who(f.claimant()))).append(", ")
                .append(Html.escape(ix.outlet(f.article()))).append(date.isEmpty() ? "" : ", " + Html.escape(date))
                .append("</span>");
    }

    private static void statementComparison(StringBuilder h, DossierIndex ix, Comparison c) {
        h.append("<p><b>").append(Html.escape(c.topic())).append("</b> <span class=\"verdict ")
                .append(Html.escape(c.verdict())).append("\">").append(Html.escape(c.verdict())).append("</span> ")
                .append(Html.escape(c.note())).append("</p><table><tr><th>Statement</th><th>Speaker</th>")
                .append("<th>Outlet</th><th>Published</th></tr>");
        for (String id : c.statements()) {
            Statement s = ix.statements.get(id);
            if (s != null) {
                row(h, ix, s.id(), "“" + s.content() + "”", DossierIndex.who(s), s.article());
            }
        }
        h.append("</table>");
    }

    private static void row(StringBuilder h, DossierIndex ix, String id, String what, String who, String article) {
        h.append("<tr><td><a href=\"#").append(Html.escape(id)).append("\">").append(Html.escape(what))
                .append("</a></td><td>").append(Html.escape(who)).append("</td><td>")
                .append(Html.escape(ix.outlet(article))).append("</td><td>").append(Html.escape(ix.published(article)))
                .append("</td></tr>");
    }

    private static void copies(StringBuilder h, DossierIndex ix) {
        if (ix.dossier.copies().isEmpty()) {
            return;
        }
        h.append("<h2>Copies</h2><table><tr><th>Article</th><th>Relation</th><th>Original</th><th>Score</th></tr>");
        for (Copy c : ix.dossier.copies()) {
            h.append("<tr><td><a href=\"#").append(Html.escape(c.article())).append("\">")
                    .append(Html.escape(ix.outlet(c.article()))).append("</a></td><td>").append(Html.escape(c.relation()))
                    .append("</td><td><a href=\"#").append(Html.escape(c.of())).append("\">")
                    .append(Html.escape(ix.outlet(c.of()))).append("</a></td><td>")
                    .append(String.format(Locale.ROOT, "%.2f", c.score())).append("</td></tr>");
        }
        h.append("</table>");
    }

    private static void articles(StringBuilder h, DossierIndex ix) {
        h.append("<h2>Articles</h2>");
        for (Article a : ix.dossier.articles()) {
            h.append("<details class=\"article\" id=\"").append(Html.escape(a.id())).append("\" open><summary>")
                    .append(Html.escape(ix.label(a.id()))).append("</summary><div class=\"meta\">")
                    .append(Html.escape(a.outlet() == null ? "unknown outlet" : a.outlet()))
                    .append(DossierIndex.date(a).isEmpty() ? "" : " · " + Html.escape(DossierIndex.date(a)))
                    .append(a.author() == null ? "" : " · " + Html.escape(a.author()))
                    .append(a.language() == null ? "" : " · language " + Html.escape(a.language()))
                    .append(" · ").append(Html.escape(a.source())).append("</div><p class=\"text\">")
                    .append(Highlighter.render(a.text(), spans(ix, a))).append("</p>");
            removed(h, a.removed());
            h.append("</details>");
        }
    }

    private static List<Highlighter.Span> spans(DossierIndex ix, Article a) {
        List<Highlighter.Span> spans = new ArrayList<>();
        for (Entity e : ix.dossier.entities()) {
            for (Mention m : e.mentions()) {
                if (m.article().equals(a.id())) {
                    spans.add(new Highlighter.Span(m.start(), m.end(), "m", null, e.type() + ": " + e.name()));
                }
            }
        }
        for (Statement s : ix.statementsOf(a.id())) {
            spans.add(new Highlighter.Span(s.start(), s.end(), "st", s.id(), s.mode() + " statement by "
                    + DossierIndex.who(s)));
        }
        for (Figure f : ix.figuresOf(a.id())) {
            spans.add(new Highlighter.Span(f.start(), f.end(), "fig", f.id(), f.kind() + ": "
                    + DossierIndex.amount(f) + " (" + DossierIndex.who(f.claimant()) + ")"));
        }
        for (Event e : ix.dossier.events()) {
            for (CitedSentence s : e.summary()) {
                if (s.article().equals(a.id())) {
                    spans.add(new Highlighter.Span(s.start(), s.end(), "sum", a.id() + "-" + s.start(),
                            "summary of " + e.id()));
                }
            }
        }
        return spans;
    }

    private static void removed(StringBuilder h, List<Removal> removed) {
        if (removed.isEmpty()) {
            return;
        }
        h.append("<details><summary>Removed from the text (").append(removed.size())
                .append(")</summary><ul class=\"removed\">");
        for (Removal r : removed) {
            h.append("<li><span class=\"reason\">").append(Html.escape(r.reason())).append(":</span> ")
                    .append(Html.escape(r.text())).append("</li>");
        }
        h.append("</ul></details>");
    }

    private static void errors(StringBuilder h, List<SourceError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        h.append("<h2>Inputs that could not be read</h2><ul>");
        for (SourceError e : errors) {
            h.append("<li class=\"err\"><code>").append(Html.escape(e.source())).append("</code>: ")
                    .append(Html.escape(e.message())).append("</li>");
        }
        h.append("</ul>");
    }
}
