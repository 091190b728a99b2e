package org.crosscheck.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.crosscheck.model.CitedSentence;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Dossier;
import org.crosscheck.model.Event;
import org.crosscheck.model.SourceError;
import org.crosscheck.model.Story;

/**
 * Writes the records that span articles (copies, events, stories, comparisons, errors). A record is
 * written only when it touches something new in this add, so adding the same dossier twice writes nothing.
 */
final class GroupWriter {

    private final Connection c;
    private final IdMap ids;
    private final Set<String> fresh;
    private final Set<String> grouped = new java.util.LinkedHashSet<>();

    /**
     * Makes a writer.
     *
     * @param c     the connection (inside a transaction)
     * @param ids   the id translation of this add
     * @param fresh store ids of the articles written by this add
     */
    GroupWriter(Connection c, IdMap ids, Set<String> fresh) {
        this.c = c;
        this.ids = ids;
        this.fresh = fresh;
    }

    /**
     * Writes the cross-article records of a dossier.
     *
     * @param d the dossier
     * @throws SQLException on a database error
     */
    void write(Dossier d) throws SQLException {
        for (Copy copy : d.copies()) {
            String a = ids.get("articles", copy.article());
            String of = ids.get("articles", copy.of());
            if (a != null && of != null && (fresh.contains(a) || fresh.contains(of))) {
                Sql.update(c, "INSERT INTO copies VALUES (?,?,?,?)", a, of, copy.relation(), copy.score());
            }
        }
        for (Event e : d.events()) {
            writeEvent(e);
        }
        for (Story s : d.stories()) {
            writeStory(s);
        }
        for (Comparison cmp : d.comparisons()) {
            writeComparison(cmp);
        }
        for (SourceError e : d.errors()) {
            Sql.update(c, "INSERT INTO errors SELECT ?, ? WHERE NOT EXISTS "
                    + "(SELECT 1 FROM errors WHERE source = ? AND message = ?)", e.source(), e.message(), e.source(),
                    e.message());
        }
    }

    /** Returns the store ids of every article in an event written so far. */
    Set<String> grouped() {
        return grouped;
    }

    private boolean touchesFresh(List<String> articleIds) {
        return articleIds.stream().anyMatch(fresh::contains);
    }

    private void writeEvent(Event e) throws SQLException {
        List<String> articles = ids.all("articles", e.articles());
        if (!touchesFresh(articles)) {
            return;
        }
        String id = ids.allocate("events", e.id());
        grouped.addAll(articles);
        Sql.update(c, "INSERT INTO events VALUES (?,?)", id, e.title());
        for (int i = 0; i < articles.size(); i++) {
            Sql.update(c, "INSERT INTO event_articles VALUES (?,?,?)", id, i, articles.get(i));
        }
        int seq = 0;
        for (CitedSentence s : e.summary()) {
            String article = ids.get("articles", s.article());
            if (article != null) {
                Sql.update(c, "INSERT INTO summaries VALUES (?,?,?,?,?,?)", id, seq++, s.text(), article, s.start(),
                        s.end());
            }
        }
    }

    private void writeStory(Story s) throws SQLException {
        List<String> events = ids.all("events", s.events());
        if (events.isEmpty()) {
            return;
        }
        String id = ids.allocate("stories", s.id());
        Sql.update(c, "INSERT INTO stories VALUES (?,?)", id, s.title());
        for (int i = 0; i < events.size(); i++) {
            Sql.update(c, "INSERT INTO story_events VALUES (?,?,?)", id, i, events.get(i));
        }
    }

    private void writeComparison(Comparison cmp) throws SQLException {
        List<String> figures = ids.all("figures", cmp.figures());
        List<String> statements = ids.all("statements", cmp.statements());
        if (figures.isEmpty() && statements.isEmpty()) {
            return;
        }
        String id = ids.allocate("comparisons", cmp.id());
        Sql.update(c, "INSERT INTO comparisons VALUES (?,?,?,?,?)", id, cmp.topic(), cmp.kind(), cmp.verdict(),
                cmp.note());
        for (int i = 0; i < figures.size(); i++) {
            Sql.update(c, "INSERT INTO comparison_items VALUES (?,?,?,?)", id, "figure", i, figures.get(i));
        }
        for (int i = 0; i < statements.size(); i++) {
            Sql.update(c, "INSERT INTO comparison_items VALUES (?,?,?,?)", id, "statement", i, statements.get(i));
        }
    }
}
