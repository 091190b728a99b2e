package org.crosscheck.app.store;

import java.util.List;

/**
 * The store's relational schema (DuckDB). Every dossier record has a table; lists inside records get
 * their own tables keyed by the owner's id and a position ({@code seq}). Offsets are Java string
 * indices into {@code articles.text}, as in the dossier contract. The full description is in docs/API.md.
 */
public final class Schema {

    /** Tables in the order they are created and exported (parents before children). */
    public static final List<String> TABLES = List.of("articles", "removals", "warnings", "credits", "entities",
            "aliases", "mentions", "statements", "figures", "copies", "events", "event_articles", "summaries",
            "stories", "story_events", "comparisons", "comparison_items", "errors");

    /**
     * Bumped when a table changes shape (2: {@code articles.input_hash}, {@code meta.groups_stale};
     * 3: {@code articles.retrieved}; 4: the figures' frames {@code figures.measure}, {@code scope},
     * {@code alias_of} and {@code comparisons.quantity}, JSON in the contract's shapes;
     * 5: {@code statements.parts} and {@code cue_class}; 6: {@code statements.continues}).
     */
    public static final int VERSION = 6;

    private Schema() {
    }

    /** Returns the DDL statements that create every table if it is missing. */
    static List<String> ddl() {
        return List.of(
            "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)",
            // content_hash: SHA-256 of the clean text; (source, content_hash) says "already analysed"
            "CREATE TABLE IF NOT EXISTS articles (id VARCHAR PRIMARY KEY, source VARCHAR, content_hash VARCHAR, "
                + "outlet VARCHAR, url VARCHAR, title VARCHAR, published VARCHAR, author VARCHAR, "
                + "language VARCHAR, text VARCHAR, dateline VARCHAR, added TIMESTAMP)",
            // input_hash: SHA-256 of the text as the cleaner gave it, before corpus-level stages changed it;
            // (source, input_hash) is what a new run can compare before analysing (added in version 2)
            "ALTER TABLE articles ADD COLUMN IF NOT EXISTS input_hash VARCHAR",
            // retrieved: when the page was fetched or archived (ISO-8601), not its publication date (version 3)
            "ALTER TABLE articles ADD COLUMN IF NOT EXISTS retrieved VARCHAR",
            "CREATE TABLE IF NOT EXISTS removals (article VARCHAR, seq INTEGER, text VARCHAR, reason VARCHAR)",
            "CREATE TABLE IF NOT EXISTS warnings (article VARCHAR, seq INTEGER, text VARCHAR)",
            "CREATE TABLE IF NOT EXISTS credits (article VARCHAR, seq INTEGER, text VARCHAR)",
            "CREATE TABLE IF NOT EXISTS entities (id VARCHAR PRIMARY KEY, type VARCHAR, name VARCHAR)",
            "CREATE TABLE IF NOT EXISTS aliases (entity VARCHAR, alias VARCHAR)",
            "CREATE TABLE IF NOT EXISTS mentions (entity VARCHAR, article VARCHAR, start_pos INTEGER, "
                + "end_pos INTEGER, text VARCHAR)",
            "CREATE TABLE IF NOT EXISTS statements (id VARCHAR PRIMARY KEY, article VARCHAR, start_pos INTEGER, "
                + "end_pos INTEGER, mode VARCHAR, speaker_entity VARCHAR, speaker_text VARCHAR, cue VARCHAR, "
                + "content VARCHAR)",
            // a statement's quoted or reported pieces as the contract's JSON list [{start, end}] and its cue class
            // (version 5)
            "ALTER TABLE statements ADD COLUMN IF NOT EXISTS parts VARCHAR",
            "ALTER TABLE statements ADD COLUMN IF NOT EXISTS cue_class VARCHAR",
            // the id of the statement a quotation goes on from, or null (version 6)
            "ALTER TABLE statements ADD COLUMN IF NOT EXISTS continues VARCHAR",
            "CREATE TABLE IF NOT EXISTS figures (id VARCHAR PRIMARY KEY, article VARCHAR, start_pos INTEGER, "
                + "end_pos INTEGER, kind VARCHAR, value DOUBLE, low DOUBLE, high DOUBLE, hedge VARCHAR, "
                + "unit VARCHAR, counted VARCHAR, place VARCHAR, time VARCHAR, claimant_entity VARCHAR, "
                + "claimant_text VARCHAR, statement VARCHAR)",
            // the figure's frame (version 4): measure and scope as JSON objects of the contract, alias_of a figure id
            "ALTER TABLE figures ADD COLUMN IF NOT EXISTS measure VARCHAR",
            "ALTER TABLE figures ADD COLUMN IF NOT EXISTS scope VARCHAR",
            "ALTER TABLE figures ADD COLUMN IF NOT EXISTS alias_of VARCHAR",
            "CREATE TABLE IF NOT EXISTS copies (article VARCHAR, of VARCHAR, relation VARCHAR, score DOUBLE)",
            "CREATE TABLE IF NOT EXISTS events (id VARCHAR PRIMARY KEY, title VARCHAR)",
            "CREATE TABLE IF NOT EXISTS event_articles (event VARCHAR, seq INTEGER, article VARCHAR)",
            "CREATE TABLE IF NOT EXISTS summaries (event VARCHAR, seq INTEGER, text VARCHAR, article VARCHAR, "
                + "start_pos INTEGER, end_pos INTEGER)",
            "CREATE TABLE IF NOT EXISTS stories (id VARCHAR PRIMARY KEY, title VARCHAR)",
            "CREATE TABLE IF NOT EXISTS story_events (story VARCHAR, seq INTEGER, event VARCHAR)",
            "CREATE TABLE IF NOT EXISTS comparisons (id VARCHAR PRIMARY KEY, topic VARCHAR, kind VARCHAR, "
                + "verdict VARCHAR, note VARCHAR)",
            // quantity (version 4): what the compared figures measure, where and when, as the contract's JSON
            "ALTER TABLE comparisons ADD COLUMN IF NOT EXISTS quantity VARCHAR",
            // item_type: 'figure' or 'statement'
            "CREATE TABLE IF NOT EXISTS comparison_items (comparison VARCHAR, item_type VARCHAR, seq INTEGER, "
                + "item VARCHAR)",
            "CREATE TABLE IF NOT EXISTS errors (source VARCHAR, message VARCHAR)",
            // a cache, not a record: sentence vectors for regrouping (EmbeddingCache); not exported
            "CREATE TABLE IF NOT EXISTS embeddings (hash VARCHAR PRIMARY KEY, vector BLOB)",
            "CREATE INDEX IF NOT EXISTS articles_source ON articles (source, content_hash)",
            "CREATE INDEX IF NOT EXISTS articles_by_source ON articles (source)",
            "CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article)",
            "CREATE INDEX IF NOT EXISTS statements_article ON statements (article)",
            "CREATE INDEX IF NOT EXISTS figures_article ON figures (article)");
    }
}
