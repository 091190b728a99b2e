package org.crosscheck.app.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.Article;
import org.crosscheck.model.CitedSentence;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Measure;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Scope;
import org.crosscheck.model.Mention;
import org.crosscheck.model.Removal;
import org.crosscheck.model.SourceError;
import org.crosscheck.model.Speaker;
import org.crosscheck.model.Part;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Story;

/**
 * Reads contract records back from the store's tables. Each method takes an optional WHERE clause
 * written in code (never from input) with {@code ?} placeholders, and the values to bind.
 */
final class RecordReader {

    private final Connection c;
    private final Tables t;

    /**
     * Makes a reader.
     *
     * @param c      the connection
     * @param tables where the tables are
     */
    RecordReader(Connection c, Tables tables) {
        this.c = c;
        this.t = tables;
    }

    private static String where(String clause) {
        return clause == null || clause.isEmpty() ? "" : " WHERE " + clause;
    }

    /**
     * Reads articles.
     *
     * @param clause WHERE clause over {@code articles} columns, or null
     * @param tail   ORDER/LIMIT clause, or ""
     * @param params bound values
     * @return the articles with removals, warnings and credits
     * @throws SQLException on a database error
     */
    List<Article> articles(String clause, String tail, Object... params) throws SQLException {
        List<Article> bare = Sql.query(c, "SELECT * FROM " + t.from("articles") + where(clause) + " " + tail,
                rs -> new Article(rs.getString("id"), rs.getString("source"), rs.getString("outlet"),
                        rs.getString("url"), rs.getString("title"), rs.getString("published"),
                        rs.getString("author"), rs.getString("language"), rs.getString("text"), List.of(), List.of(),
                        rs.getString("dateline"), List.of(), optional(rs, "retrieved")), params);
        // the lists of all these articles in one query per table (not one per article)
        String ids = "SELECT id FROM " + t.from("articles") + where(clause) + " " + tail;
        Map<String, List<Removal>> removals = Sql.grouped(c, "SELECT article, text, reason FROM " + t.from("removals")
                + " WHERE article IN (" + ids + ") ORDER BY article, seq",
                rs -> new Removal(rs.getString(2), rs.getString(3)), params);
        Map<String, List<String>> warnings = lines("warnings", ids, params);
        Map<String, List<String>> credits = lines("credits", ids, params);
        List<Article> full = new ArrayList<>(bare.size());
        for (Article a : bare) {
            full.add(new Article(a.id(), a.source(), a.outlet(), a.url(), a.title(), a.published(), a.author(),
                    a.language(), a.text(), removals.get(a.id()), warnings.get(a.id()), a.dateline(),
                    credits.get(a.id()), a.retrieved()));
        }
        return full;
    }

    private Map<String, List<String>> lines(String table, String ids, Object... params) throws SQLException {
        return Sql.grouped(c, "SELECT article, text FROM " + t.from(table) + " WHERE article IN (" + ids
                + ") ORDER BY article, seq", rs -> rs.getString(2), params);
    }

    /**
     * Reads entities with aliases and mentions.
     *
     * @param clause WHERE clause over {@code entities} columns, or null
     * @param tail   ORDER/LIMIT clause, or ""
     * @param params bound values
     * @return the entities
     * @throws SQLException on a database error
     */
    List<Entity> entities(String clause, String tail, Object... params) throws SQLException {
        List<String[]> rows = Sql.query(c, "SELECT id, type, name FROM " + t.from("entities") + where(clause) + " "
                + tail, rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}, params);
        // aliases and mentions of all these entities in one query per table (not one per entity)
        String ids = "SELECT id FROM " + t.from("entities") + where(clause) + " " + tail;
        Map<String, List<String>> aliases = Sql.grouped(c, "SELECT entity, alias FROM " + t.from("aliases")
                + " WHERE entity IN (" + ids + ") ORDER BY entity, alias", rs -> rs.getString(2), params);
        Map<String, List<Mention>> mentions = Sql.grouped(c, "SELECT entity, article, start_pos, end_pos, text FROM "
                + t.from("mentions") + " WHERE entity IN (" + ids + ") ORDER BY entity, article, start_pos",
                rs -> new Mention(rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5)), params);
        List<Entity> out = new ArrayList<>();
        for (String[] r : rows) {
            out.add(new Entity(r[0], r[1], r[2], aliases.getOrDefault(r[0], List.of()),
                    mentions.getOrDefault(r[0], List.of())));
        }
        return out;
    }

    /**
     * Reads statements.
     *
     * @param clause WHERE clause over {@code statements} columns, or null
     * @param tail   ORDER/LIMIT clause, or ""
     * @param params bound values
     * @return the statements
     * @throws SQLException on a database error
     */
    List<Statement> statements(String clause, String tail, Object... params) throws SQLException {
        return Sql.query(c, "SELECT * FROM " + t.from("statements") + where(clause) + " " + tail,
                rs -> new Statement(rs.getString("id"), rs.getString("article"), rs.getInt("start_pos"),
                        rs.getInt("end_pos"), rs.getString("mode"),
                        speaker(rs, "speaker_entity", "speaker_text"), rs.getString("cue"),
                        rs.getString("content"), parts(rs.getString("parts")), rs.getString("cue_class"),
                        rs.getString("continues")), params);
    }

    private static List<Part> parts(String json) {
        Part[] parts = Json.read(json, Part[].class);
        return parts == null ? List.of() : List.of(parts);
    }

    /**
     * Reads figures.
     *
     * @param clause WHERE clause over {@code figures} columns, or null
     * @param tail   ORDER/LIMIT clause, or ""
     * @param params bound values
     * @return the figures
     * @throws SQLException on a database error
     */
    List<Figure> figures(String clause, String tail, Object... params) throws SQLException {
        return Sql.query(c, "SELECT * FROM " + t.from("figures") + where(clause) + " " + tail,
                rs -> new Figure(rs.getString("id"), rs.getString("article"), rs.getInt("start_pos"),
                        rs.getInt("end_pos"), rs.getString("kind"), Sql.nullableDouble(rs, "value"),
                        Sql.nullableDouble(rs, "low"), Sql.nullableDouble(rs, "high"), rs.getString("hedge"),
                        rs.getString("unit"), rs.getString("counted"), rs.getString("place"), rs.getString("time"),
                        speaker(rs, "claimant_entity", "claimant_text"), rs.getString("statement"),
                        Json.read(rs.getString("measure"), Measure.class), Json.read(rs.getString("scope"), Scope.class),
                        rs.getString("alias_of")), params);
    }

    private static Speaker speaker(ResultSet rs, String entity, String text) throws SQLException {
        String e = rs.getString(entity);
        String x = rs.getString(text);
        return e == null && x == null ? null : new Speaker(e, x);
    }

    /**
     * Reads copy relations.
     *
     * @return every copy relation
     * @throws SQLException on a database error
     */
    List<Copy> copies() throws SQLException {
        return Sql.query(c, "SELECT * FROM " + t.from("copies") + " ORDER BY article, of",
                rs -> new Copy(rs.getString("article"), rs.getString("of"), rs.getString("relation"),
                        rs.getDouble("score")));
    }

    /**
     * Reads events with their articles and summaries.
     *
     * @param clause WHERE clause over {@code events} columns, or null
     * @param params bound values
     * @return the events
     * @throws SQLException on a database error
     */
    List<Event> events(String clause, Object... params) throws SQLException {
        List<String[]> rows = Sql.query(c, "SELECT id, title FROM " + t.from("events") + where(clause)
                + " ORDER BY id", rs -> new String[] {rs.getString(1), rs.getString(2)}, params);
        String ids = "SELECT id FROM " + t.from("events") + where(clause);
        Map<String, List<String>> articles = Sql.grouped(c, "SELECT event, article FROM " + t.from("event_articles")
                + " WHERE event IN (" + ids + ") ORDER BY event, seq", rs -> rs.getString(2), params);
        Map<String, List<CitedSentence>> summaries = Sql.grouped(c, "SELECT event, text, article, start_pos, end_pos "
                + "FROM " + t.from("summaries") + " WHERE event IN (" + ids + ") ORDER BY event, seq",
                rs -> new CitedSentence(rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5)), params);
        List<Event> out = new ArrayList<>();
        for (String[] r : rows) {
            out.add(new Event(r[0], r[1], articles.getOrDefault(r[0], List.of()),
                    summaries.getOrDefault(r[0], List.of())));
        }
        return out;
    }

    /**
     * Reads stories.
     *
     * @return every story with its events
     * @throws SQLException on a database error
     */
    List<Story> stories() throws SQLException {
        Map<String, String> titles = new LinkedHashMap<>();
        Sql.query(c, "SELECT id, title FROM " + t.from("stories") + " ORDER BY id",
                rs -> titles.put(rs.getString(1), rs.getString(2)));
        Map<String, List<String>> events = Sql.grouped(c, "SELECT story, event FROM " + t.from("story_events")
                + " ORDER BY story, seq", rs -> rs.getString(2));
        List<Story> out = new ArrayList<>();
        titles.forEach((id, title) -> out.add(new Story(id, title, events.getOrDefault(id, List.of()))));
        return out;
    }

    /**
     * Reads comparisons.
     *
     * @param clause WHERE clause over {@code comparisons} columns, or null
     * @param params bound values
     * @return the comparisons with their items
     * @throws SQLException on a database error
     */
    List<Comparison> comparisons(String clause, Object... params) throws SQLException {
        List<String[]> rows = Sql.query(c, "SELECT id, topic, kind, verdict, note, quantity FROM "
                + t.from("comparisons") + where(clause) + " ORDER BY id", rs -> new String[] {rs.getString(1),
                    rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)}, params);
        Map<String, List<String>> figures = new HashMap<>();
        Map<String, List<String>> statements = new HashMap<>();
        Sql.query(c, "SELECT comparison, item_type, item FROM " + t.from("comparison_items") + " WHERE comparison IN "
                + "(SELECT id FROM " + t.from("comparisons") + where(clause) + ") ORDER BY comparison, item_type, seq",
                rs -> ("figure".equals(rs.getString(2)) ? figures : statements)
                        .computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(3)), params);
        List<Comparison> out = new ArrayList<>();
        for (String[] r : rows) {
            out.add(new Comparison(r[0], r[1], r[2], figures.getOrDefault(r[0], List.of()),
                    statements.getOrDefault(r[0], List.of()), r[3], r[4], Json.read(r[5], Quantity.class)));
        }
        return out;
    }

    /**
     * Reads the input errors.
     *
     * @return every error
     * @throws SQLException on a database error
     */
    List<SourceError> errors() throws SQLException {
        return Sql.query(c, "SELECT source, message FROM " + t.from("errors"),
                rs -> new SourceError(rs.getString(1), rs.getString(2)));
    }

    /** A column that older stores and Parquet exports lack (e.g. {@code retrieved} before schema 3): null there. */
    private static String optional(ResultSet rs, String column) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            if (md.getColumnLabel(i).equalsIgnoreCase(column)) {
                return rs.getString(i);
            }
        }
        return null;
    }
}
