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
    private final Rows copies;
    private final Rows events;
    private final Rows eventArticles;
    private final Rows summaries;
    private final Rows stories;
    private final Rows storyEvents;
    private final Rows comparisons;
    private final Rows comparisonItems;

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
        this.copies = new Rows(c, "copies", 4);
        this.events = new Rows(c, "events", 2);
        this.eventArticles = new Rows(c, "event_articles", 3);
        this.summaries = new Rows(c, "summaries", 6);
        this.stories = new Rows(c, "stories", 2);
        this.storyEvents = new Rows(c, "story_events", 3);
        this.comparisons = new Rows(c, "comparisons", 6);
        this.comparisonItems = new Rows(c, "comparison_items", 4);
    }

    /**
     * Writes the cross-article records of a dossier.
     *
     * @param d the dossier
     * @throws SQLException on a database error
     */
    void write(Dossier d) throws SQLException {
        writeGroups(d);
        writeErrors(d);
    }

    /**
     * Writes the copies, events, stories and comparisons of a dossier.
     *
     * @param d the dossier
     * @throws SQLException on a database error
     */
    void writeGroups(Dossier d) throws SQLException {
        for (Copy copy : d.copies()) {
            String a = ids.get("articles", copy.article());
            String of = ids.get("articles", copy.of());
            if (a != null && of != null && (fresh.contains(a) || fresh.contains(of))) {
                copies.add(a, of, copy.relation(), copy.score());
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
        for (Rows rows : List.of(copies, events, eventArticles, summaries, stories, storyEvents, comparisons,
                comparisonItems)) {
            rows.flush();
        }
    }

    /**
     * Writes the errors of a dossier that are not stored yet.
     *
     * @param d the dossier
     * @throws SQLException on a database error
     */
    void writeErrors(Dossier d) throws SQLException {
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
        events.add(id, e.title());
        for (int i = 0; i < articles.size(); i++) {
            eventArticles.add(id, i, articles.get(i));
        }
        int seq = 0;
        for (CitedSentence s : e.summary()) {
            String article = ids.get("articles", s.article());
            if (article != null) {
                summaries.add(id, seq++, s.text(), article, s.start(), s.end());
            }
        }
    }

    private void writeStory(Story s) throws SQLException {
        List<String> eventIds = ids.all("events", s.events());
        if (eventIds.isEmpty()) {
            return;
        }
        String id = ids.allocate("stories", s.id());
        stories.add(id, s.title());
        for (int i = 0; i < eventIds.size(); i++) {
            storyEvents.add(id, i, eventIds.get(i));
        }
    }

    private void writeComparison(Comparison cmp) throws SQLException {
        List<String> figures = ids.all("figures", cmp.figures());
        List<String> statements = ids.all("statements", cmp.statements());
        if (figures.isEmpty() && statements.isEmpty()) {
            return;
        }
        String id = ids.allocate("comparisons", cmp.id());
        comparisons.add(id, cmp.topic(), cmp.kind(), cmp.verdict(), cmp.note(), Json.write(cmp.quantity()));
        for (int i = 0; i < figures.size(); i++) {
            comparisonItems.add(id, "figure", i, figures.get(i));
        }
        for (int i = 0; i < statements.size(); i++) {
            comparisonItems.add(id, "statement", i, statements.get(i));
        }
    }
}
