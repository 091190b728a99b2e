package org.crosscheck.app.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.crosscheck.model.Article;
import org.crosscheck.model.Comparison;
import org.crosscheck.model.Copy;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Statement;
import org.crosscheck.model.Story;

/** Read-only queries over a store, in contract records, for the REST API, the web pages and the index. */
public final class StoreQueries {

    private final Store store;

    StoreQueries(Store store) {
        this.store = store;
    }

    private static RecordReader reader(java.sql.Connection c) {
        return new RecordReader(c, Tables.STORE);
    }

    private long count(String sql, Object... params) {
        return store.read(c -> Sql.query(c, sql, rs -> rs.getLong(1), params).get(0));
    }

    private static Object[] with(Object[] params, int offset, int limit) {
        Object[] all = java.util.Arrays.copyOf(params, params.length + 2);
        all[params.length] = limit;
        all[params.length + 1] = offset;
        return all;
    }

    /**
     * Lists articles, newest first.
     *
     * @param outlet only this outlet, or null for all
     * @param offset first index
     * @param limit  page size
     * @return the page
     */
    public Page<Article> articles(String outlet, int offset, int limit) {
        return articles(outlet, null, offset, limit);
    }

    /**
     * Lists articles, newest first, of one outlet and language.
     *
     * @param outlet   only this outlet, or null for all
     * @param language only this language (ISO 639-1), or null for all
     * @param offset   first index
     * @param limit    page size
     * @return the page
     */
    public Page<Article> articles(String outlet, String language, int offset, int limit) {
        List<String> conditions = new java.util.ArrayList<>();
        List<Object> values = new java.util.ArrayList<>();
        if (outlet != null) {
            conditions.add("outlet = ?");
            values.add(outlet);
        }
        if (language != null) {
            conditions.add("language = ?");
            values.add(language);
        }
        String clause = conditions.isEmpty() ? null : String.join(" AND ", conditions);
        Object[] params = values.toArray();
        List<Article> items = store.read(c -> reader(c).articles(clause,
                "ORDER BY published DESC NULLS LAST, id LIMIT ? OFFSET ?", with(params, offset, limit)));
        long total = count("SELECT count(*) FROM articles" + (clause == null ? "" : " WHERE " + clause), params);
        return new Page<>(items, offset, limit, total);
    }

    /**
     * Finds an article.
     *
     * @param id the store id
     * @return the article, if stored
     */
    public Optional<Article> article(String id) {
        return store.read(c -> reader(c).articles("id = ?", "", id)).stream().findFirst();
    }

    /**
     * Lists the statements in an article.
     *
     * @param article the article id
     * @return its statements in text order
     */
    public List<Statement> statementsIn(String article) {
        return store.read(c -> reader(c).statements("article = ?", "ORDER BY start_pos", article));
    }

    /**
     * Lists the figures in an article.
     *
     * @param article the article id
     * @return its figures in text order
     */
    public List<Figure> figuresIn(String article) {
        return store.read(c -> reader(c).figures("article = ?", "ORDER BY start_pos", article));
    }

    /**
     * Lists the entities mentioned in an article (with all their mentions, in every article).
     *
     * @param article the article id
     * @return the entities
     */
    public List<Entity> entitiesIn(String article) {
        return store.read(c -> reader(c).entities("id IN (SELECT entity FROM mentions WHERE article = ?)",
                "ORDER BY id", article));
    }

    /**
     * Lists statements.
     *
     * @param speaker only those whose speaker is this entity id, or null
     * @param article only those in this article, or null
     * @param offset  first index
     * @param limit   page size
     * @return the page
     */
    public Page<Statement> statements(String speaker, String article, int offset, int limit) {
        Filter f = new Filter().eq("speaker_entity", speaker).eq("article", article);
        List<Statement> items = store.read(c -> reader(c).statements(f.clause(), "ORDER BY article, start_pos "
                + "LIMIT ? OFFSET ?", with(f.params(), offset, limit)));
        return new Page<>(items, offset, limit, count("SELECT count(*) FROM statements" + f.where(), f.params()));
    }

    /**
     * Lists figures.
     *
     * @param kind    only this kind, or null
     * @param article only those in this article, or null
     * @param offset  first index
     * @param limit   page size
     * @return the page
     */
    public Page<Figure> figures(String kind, String article, int offset, int limit) {
        Filter f = new Filter().eq("kind", kind).eq("article", article);
        List<Figure> items = store.read(c -> reader(c).figures(f.clause(), "ORDER BY article, start_pos "
                + "LIMIT ? OFFSET ?", with(f.params(), offset, limit)));
        return new Page<>(items, offset, limit, count("SELECT count(*) FROM figures" + f.where(), f.params()));
    }

    /**
     * Finds figures and statements by id.
     *
     * @param ids figure ids
     * @return the figures found, in the order asked
     */
    public List<Figure> figures(List<String> ids) {
        List<Figure> out = new ArrayList<>();
        for (String id : ids) {
            out.addAll(store.read(c -> reader(c).figures("id = ?", "", id)));
        }
        return out;
    }

    /**
     * Finds statements by id.
     *
     * @param ids statement ids
     * @return the statements found, in the order asked
     */
    public List<Statement> statements(List<String> ids) {
        List<Statement> out = new ArrayList<>();
        for (String id : ids) {
            out.addAll(store.read(c -> reader(c).statements("id = ?", "", id)));
        }
        return out;
    }

    /**
     * Lists entities, most mentioned first.
     *
     * @param type   only this type, or null
     * @param offset first index
     * @param limit  page size
     * @return the page
     */
    public Page<Entity> entities(String type, int offset, int limit) {
        Filter f = new Filter().eq("type", type);
        List<Entity> items = store.read(c -> reader(c).entities(f.clause(), "ORDER BY (SELECT count(*) FROM "
                + "mentions m WHERE m.entity = entities.id) DESC, id LIMIT ? OFFSET ?", with(f.params(), offset,
                limit)));
        return new Page<>(items, offset, limit, count("SELECT count(*) FROM entities" + f.where(), f.params()));
    }

    /**
     * Finds an entity.
     *
     * @param id the entity id
     * @return the entity, if stored
     */
    public Optional<Entity> entity(String id) {
        return store.read(c -> reader(c).entities("id = ?", "", id)).stream().findFirst();
    }

    /**
     * Lists statements whose text mentions an entity (statements about it).
     *
     * @param entity the entity id
     * @param limit  most statements returned
     * @return the statements
     */
    public List<Statement> statementsAbout(String entity, int limit) {
        return store.read(c -> reader(c).statements("id IN (SELECT s.id FROM statements s JOIN mentions m "
                + "ON m.article = s.article AND m.start_pos >= s.start_pos AND m.end_pos <= s.end_pos "
                + "WHERE m.entity = ?)", "ORDER BY article, start_pos LIMIT ?", entity, limit));
    }

    /**
     * Lists every event.
     *
     * @return the events
     */
    public List<Event> events() {
        return store.read(c -> reader(c).events(null));
    }

    /**
     * Lists the events an article belongs to.
     *
     * @param article the article id
     * @return ids of its events
     */
    public List<String> eventsOf(String article) {
        return store.read(c -> Sql.query(c, "SELECT event FROM event_articles WHERE article = ? "
                + "ORDER BY event", rs -> rs.getString(1), article));
    }

    /**
     * Finds an event.
     *
     * @param id the event id
     * @return the event, if stored
     */
    public Optional<Event> event(String id) {
        return store.read(c -> reader(c).events("id = ?", id)).stream().findFirst();
    }

    /**
     * Lists every story.
     *
     * @return the stories
     */
    public List<Story> stories() {
        return store.read(c -> reader(c).stories());
    }

    /**
     * Lists the comparisons whose figures or statements come from an event's articles.
     *
     * @param event the event id
     * @return the comparisons
     */
    public List<Comparison> comparisonsOf(String event) {
        String items = "(SELECT id FROM %s WHERE article IN (SELECT article FROM event_articles WHERE event = ?))";
        return store.read(c -> reader(c).comparisons("id IN (SELECT comparison FROM comparison_items WHERE "
                + "(item_type = 'figure' AND item IN " + items.formatted("figures") + ") OR (item_type = 'statement' "
                + "AND item IN " + items.formatted("statements") + "))", event, event));
    }

    /**
     * Lists the figures of a comparison.
     *
     * @param comparison the comparison id
     * @return its figures in the comparison's order
     */
    public List<Figure> figuresOf(String comparison) {
        return store.read(c -> reader(c).figures("id IN (SELECT item FROM comparison_items WHERE comparison = ? AND "
                + "item_type = 'figure')", "ORDER BY (SELECT min(seq) FROM comparison_items ci WHERE ci.comparison = ? "
                + "AND ci.item = figures.id)", comparison, comparison));
    }

    /**
     * Lists the statements of a comparison.
     *
     * @param comparison the comparison id
     * @return its statements in the comparison's order
     */
    public List<Statement> statementsOf(String comparison) {
        return store.read(c -> reader(c).statements("id IN (SELECT item FROM comparison_items WHERE comparison = ? "
                + "AND item_type = 'statement')", "ORDER BY (SELECT min(seq) FROM comparison_items ci "
                + "WHERE ci.comparison = ? AND ci.item = statements.id)", comparison, comparison));
    }

    /**
     * Lists the copy relations among a set of articles.
     *
     * @param articles article ids
     * @return relations whose both ends are in the set
     */
    public List<Copy> copiesAmong(List<String> articles) {
        List<Copy> all = store.read(c -> reader(c).copies());
        return all.stream().filter(c -> articles.contains(c.article()) && articles.contains(c.of())).toList();
    }

    /**
     * Lists all distinct outlets.
     *
     * @return outlet names, sorted
     */
    public List<String> outlets() {
        return store.read(c -> Sql.query(c, "SELECT DISTINCT outlet FROM articles WHERE outlet "
                + "IS NOT NULL ORDER BY outlet", rs -> rs.getString(1)));
    }

    /**
     * Counts the stored articles.
     *
     * @return the number of articles
     */
    public long articleCount() {
        return count("SELECT count(*) FROM articles");
    }

    /** Equality filters whose column names are constants in code and values are bound. */
    private static final class Filter {
        private final List<String> parts = new ArrayList<>();
        private final List<Object> values = new ArrayList<>();

        Filter eq(String column, Object value) {
            if (value != null) {
                parts.add(column + " = ?");
                values.add(value);
            }
            return this;
        }

        String clause() {
            return parts.isEmpty() ? null : String.join(" AND ", parts);
        }

        String where() {
            return parts.isEmpty() ? "" : " WHERE " + clause();
        }

        Object[] params() {
            return values.toArray();
        }
    }
}
