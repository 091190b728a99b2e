package org.crosscheck.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Article;
import org.crosscheck.model.CitedSentence;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Dossier;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.SourceError;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Story;

/**
 * Writes a dossier as Markdown for reading: summary counts, stories and events with their cited
 * summaries and comparisons, then figures, statements, copies, articles and errors. Article-derived
 * text is escaped so it cannot become markup.
 */
public final class MarkdownWriter {

    /**
     * Renders a dossier.
     *
     * @param dossier the dossier
     * @return the Markdown text
     */
    public String render(Dossier dossier) {
        DossierIndex ix = new DossierIndex(dossier);
        StringBuilder md = new StringBuilder();
        md.append("# Crosscheck dossier\n\n");
        md.append("Created ").append(dossier.created()).append(" by ").append(dossier.tool().name()).append(' ')
                .append(dossier.tool().version()).append(".\n\n");
        summary(md, Summary.of(dossier));
        stories(md, ix);
        figures(md, ix);
        statements(md, ix);
        copies(md, ix);
        articles(md, dossier.articles());
        errors(md, dossier.errors());
        return md.toString();
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

    private static void summary(StringBuilder md, Summary s) {
        md.append("| Articles | Outlets | Events | Stories | Statements | Figures | Conflicts | Copies | Errors |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n")
                .append(String.format(java.util.Locale.ROOT, "| %d | %d | %d | %d | %d | %d | %d | %d | %d |%n%n",
                        s.articles(), s.outlets(), s.events(), s.stories(), s.statements(), s.figures(),
                        s.conflicts(), s.copies(), s.errors()));
    }

    private static void stories(StringBuilder md, DossierIndex ix) {
        if (ix.dossier.events().isEmpty()) {
            return;
        }
        md.append("## Stories and events\n\n");
        List<Story> stories = ix.dossier.stories();
        for (Story story : stories) {
            md.append("### Story: ").append(esc(story.title())).append("\n\n");
            for (String eventId : story.events()) {
                ix.dossier.events().stream().filter(e -> e.id().equals(eventId)).findFirst()
                        .ifPresent(e -> event(md, ix, e));
            }
        }
        if (stories.isEmpty()) {
            ix.dossier.events().forEach(e -> event(md, ix, e));
        }
    }

    private static void event(StringBuilder md, DossierIndex ix, Event event) {
        md.append("#### Event ").append(event.id()).append(": ").append(esc(event.title())).append("\n\n");
        md.append(ix.reach(event.articles())).append(" — ").append(event.articles().size()).append(" article(s): ");
        md.append(String.join("; ", event.articles().stream()
                .map(a -> esc(ix.outlet(a)) + " (" + a + ")").toList())).append(".\n\n");
        for (CitedSentence s : event.summary()) {
            md.append("> ").append(esc(s.text())).append(" — *").append(esc(ix.outlet(s.article()))).append(", ")
                    .append(s.article()).append(" @").append(s.start()).append("*\n>\n");
        }
        if (!event.summary().isEmpty()) {
            md.append('\n');
        }
        List<Comparison> comparisons = ix.comparisonsOf(event);
        quantities(md, ix, comparisons);
        for (Comparison c : comparisons) {
            if (!c.statements().isEmpty()) {
                statementComparison(md, ix, c);
            }
        }
    }

    /** The quantities of an event: those two or more sources report in a table, then the single-source ones. */
    private static void quantities(StringBuilder md, DossierIndex ix, List<Comparison> comparisons) {
        List<QuantityRows.Row> rows = QuantityRows.of(comparisons, ix.figures::get, ix.articles::get);
        List<QuantityRows.Row> shared = rows.stream().filter(QuantityRows.Row::corroborable).toList();
        List<QuantityRows.Row> single = rows.stream().filter(r -> !r.corroborable()).toList();
        if (!shared.isEmpty()) {
            md.append("**Do the sources agree?** (").append(shared.size())
                    .append(" quantities reported by two or more sources)\n\n")
                    .append("| Quantity | Verdict | Reports | Why |\n|---|---|---|---|\n");
            for (QuantityRows.Row r : shared) {
                md.append("| ").append(esc(r.comparison().topic())).append(" | **")
                        .append(r.comparison().verdict().toUpperCase(Locale.ROOT)).append("** | ")
                        .append(String.join("<br>", r.reports().stream().map(p -> report(ix, p)).toList()))
                        .append(" | ").append(esc(r.comparison().note())).append(" |\n");
            }
            md.append('\n');
        }
        if (!single.isEmpty()) {
            md.append("Reported by one source only (").append(single.size()).append("):\n\n");
            for (QuantityRows.Row r : single) {
                md.append("- ").append(esc(r.comparison().topic())).append(": ")
                        .append(String.join("; ", r.reports().stream().map(p -> report(ix, p)).toList()))
                        .append(r.reports().size() > 1 ? " — " + esc(r.comparison().note()) : "").append('\n');
            }
            md.append('\n');
        }
    }

    /** One report: “value as written” (= restatements), claimant, outlet, date, and where: article @ offset. */
    private static String report(DossierIndex ix, QuantityRows.Report r) {
        Figure f = r.figure();
        StringBuilder b = new StringBuilder("“").append(esc(r.written())).append('”');
        for (String alias : r.aliases()) {
            b.append(" (= ").append(esc(alias)).append(')');
        }
        b.append(" — ").append(esc(DossierIndex.who(f.claimant()))).append(", ").append(esc(ix.outlet(f.article())));
        String date = ix.published(f.article());
        if (!date.isEmpty()) {
            b.append(", ").append(esc(date));
        }
        return b.append(" (").append(esc(f.article())).append(" @").append(f.start()).append(')').toString();
    }

    private static void statementComparison(StringBuilder md, DossierIndex ix, Comparison c) {
        md.append("**").append(esc(c.topic())).append("** — ").append(c.verdict().toUpperCase(Locale.ROOT))
                .append(": ").append(esc(c.note())).append("\n\n");
        md.append("| Statement | Speaker | Outlet | Published | Article |\n|---|---|---|---|---|\n");
        for (String id : c.statements()) {
            Statement s = ix.statements.get(id);
            if (s != null) {
                md.append("| “").append(esc(shorten(s.content()))).append("” | ").append(esc(DossierIndex.who(s)))
                        .append(" | ").append(esc(ix.outlet(s.article()))).append(" | ").append(esc(ix.published(s.article())))
                        .append(" | ").append(esc(s.article())).append(" @").append(s.start()).append(" |\n");
            }
        }
        md.append('\n');
    }

    private static void figures(StringBuilder md, DossierIndex ix) {
        if (ix.dossier.figures().isEmpty()) {
            return;
        }
        md.append("## Figures\n\n| Id | Kind | Amount | Counted | Claimant | Outlet | Article |\n|---|---|---|---|---|---|---|\n");
        for (Figure f : ix.dossier.figures()) {
            md.append("| ").append(f.id()).append(" | ").append(f.kind()).append(" | ").append(esc(DossierIndex.amount(f)))
                    .append(" | ").append(esc(f.counted())).append(" | ").append(esc(DossierIndex.who(f.claimant())))
                    .append(" | ").append(esc(ix.outlet(f.article()))).append(" | ").append(f.article()).append(" |\n");
        }
        md.append('\n');
    }

    private static void statements(StringBuilder md, DossierIndex ix) {
        if (ix.dossier.statements().isEmpty()) {
            return;
        }
        md.append("## Statements\n\n");
        for (Statement s : ix.dossier.statements()) {
            md.append("- **").append(esc(DossierIndex.who(s))).append("** (").append(s.mode())
                    .append(s.cue() == null ? "" : ", " + esc(s.cue())).append("; ").append(esc(ix.outlet(s.article())))
                    .append(", ").append(s.article()).append("): ").append(esc(shorten(s.content()))).append('\n');
        }
        md.append('\n');
    }

    private static void copies(StringBuilder md, DossierIndex ix) {
        if (ix.dossier.copies().isEmpty()) {
            return;
        }
        md.append("## Copies\n\n| Article | Relation | Original | Score |\n|---|---|---|---:|\n");
        for (Copy c : ix.dossier.copies()) {
            md.append("| ").append(c.article()).append(" (").append(esc(ix.outlet(c.article()))).append(") | ")
                    .append(c.relation()).append(" | ").append(c.of()).append(" (").append(esc(ix.outlet(c.of())))
                    .append(") | ").append(String.format(java.util.Locale.ROOT, "%.2f", c.score())).append(" |\n");
        }
        md.append('\n');
    }

    private static void articles(StringBuilder md, List<Article> articles) {
        md.append("## Articles\n\n| Id | Outlet | Title | Published | Language | Source | Removed |\n"
                + "|---|---|---|---|---|---|---:|\n");
        for (Article a : articles) {
            md.append("| ").append(a.id()).append(" | ").append(esc(a.outlet())).append(" | ").append(esc(a.title()))
                    .append(" | ").append(esc(DossierIndex.date(a))).append(" | ").append(esc(a.language()))
                    .append(" | ").append(esc(a.source())).append(" | ")
                    .append(a.removed().size()).append(" |\n");
        }
        md.append('\n');
    }

    private static void errors(StringBuilder md, List<SourceError> errors) {
        if (errors.isEmpty()) {
            return;
        }
        md.append("## Inputs that could not be read\n\n");
        for (SourceError e : errors) {
            md.append("- `").append(e.source().replace("`", "'")).append("`: ").append(esc(e.message())).append('\n');
        }
        md.append('\n');
    }

    private static String shorten(String s) {
        if (s == null) {
            return "";
        }
        return s.length() <= 300 ? s : s.substring(0, 297) + "…";
    }

    /** Escapes Markdown and HTML metacharacters and folds line breaks, so text stays text in a table cell. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n', '\r' -> out.append(' ');
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '\\', '`', '*', '_', '[', ']', '|', '#' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
