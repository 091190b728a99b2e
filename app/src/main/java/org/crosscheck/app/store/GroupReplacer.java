package org.crosscheck.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Dossier;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Statement;

/**
 * Replaces the records computed over the whole store (entities with their aliases and mentions, the
 * speakers and claimants pointing at them, copies, events, summaries, stories, comparisons) with those of
 * a corpus regrouped over every stored article. The caller runs it inside one transaction, so readers
 * see either the old records or the new ones.
 */
final class GroupReplacer {

    /** The tables of cross-article records, emptied before the new records are written. */
    static final List<String> TABLES = List.of("entities", "aliases", "mentions", "copies", "events",
            "event_articles", "summaries", "stories", "story_events", "comparisons", "comparison_items");

    private final Connection c;

    /**
     * Makes a replacer.
     *
     * @param c the connection, inside a transaction
     */
    GroupReplacer(Connection c) {
        this.c = c;
    }

    /**
     * Replaces the records.
     *
     * @param grouped a corpus of stored records (store ids) with its copies, events, stories and comparisons
     * @throws SQLException on a database error
     */
    void replace(Corpus grouped) throws SQLException {
        Map<String, String> eventIds = EventIds.assign(storedEvents(), grouped.events());
        Corpus renamed = grouped.withEvents(EventIds.rename(grouped.events(), eventIds))
                .withStories(EventIds.renameIn(grouped.stories(), eventIds));
        for (String table : TABLES) {
            // table names are constants of this class, never input
            Sql.update(c, "DELETE FROM " + table);
        }
        writeEntities(renamed.entities());
        pointSpeakers(renamed);
        IdMap ids = new IdMap(c);
        Set<String> articles = new HashSet<>();
        for (Article a : renamed.articles()) {
            ids.reuse("articles", a.id(), a.id());
            articles.add(a.id());
        }
        for (Statement s : renamed.statements()) {
            ids.reuse("statements", s.id(), s.id());
        }
        for (Figure f : renamed.figures()) {
            ids.reuse("figures", f.id(), f.id());
        }
        new GroupWriter(c, ids, articles).writeGroups(Dossier.of(renamed, "", new Dossier.Tool("crosscheck", "")));
        Sql.update(c, "UPDATE meta SET value = '0' WHERE key = 'groups_stale'");
    }

    /** The stored events' articles by event id. */
    private Map<String, Set<String>> storedEvents() throws SQLException {
        Map<String, Set<String>> out = new HashMap<>();
        Sql.query(c, "SELECT event, article FROM event_articles", rs -> out.computeIfAbsent(rs.getString(1),
                k -> new HashSet<>()).add(rs.getString(2)));
        return out;
    }

    private void writeEntities(List<Entity> entities) throws SQLException {
        Rows rows = new Rows(c, "entities", 3);
        Rows aliases = new Rows(c, "aliases", 2);
        Rows mentions = new Rows(c, "mentions", 5);
        for (Entity e : entities) {
            rows.add(e.id(), e.type(), e.name());
            for (String alias : new LinkedHashSet<>(e.aliases())) {
                aliases.add(e.id(), alias);
            }
            for (Mention m : e.mentions()) {
                mentions.add(e.id(), m.article(), m.start(), m.end(), m.text());
            }
        }
        rows.flush();
        aliases.flush();
        mentions.flush();
    }

    /** Points every statement's speaker and figure's claimant and place at its entity of the new resolution. */
    private void pointSpeakers(Corpus grouped) throws SQLException {
        Sql.update(c, "CREATE TEMP TABLE IF NOT EXISTS speaker_map (id VARCHAR, entity VARCHAR)");
        Sql.update(c, "DELETE FROM speaker_map");
        Rows map = new Rows(c, "speaker_map", 2);
        for (Statement s : grouped.statements()) {
            map.add(s.id(), s.speaker() == null ? null : s.speaker().entity());
        }
        map.flush();
        Sql.update(c, "UPDATE statements SET speaker_entity = m.entity FROM speaker_map m WHERE statements.id = m.id");
        Sql.update(c, "DELETE FROM speaker_map");
        for (Figure f : grouped.figures()) {
            map.add(f.id(), f.claimant() == null ? null : f.claimant().entity());
        }
        map.flush();
        Sql.update(c, "UPDATE figures SET claimant_entity = m.entity FROM speaker_map m WHERE figures.id = m.id");
        Sql.update(c, "DELETE FROM speaker_map");
        for (Figure f : grouped.figures()) {
            map.add(f.id(), Json.write(f.scope()));
        }
        map.flush();
        // the place's entity follows the new resolution too (the column holds the scope's JSON)
        Sql.update(c, "UPDATE figures SET scope = m.entity FROM speaker_map m WHERE figures.id = m.id");
    }
}
