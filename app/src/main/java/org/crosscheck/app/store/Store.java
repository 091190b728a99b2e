package org.crosscheck.app.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.crosscheck.model.Article;
import org.crosscheck.model.Corpus;
import org.crosscheck.model.Dossier;
import org.crosscheck.model.Entity;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Statement;
import org.crosscheck.pipeline.Progress;

/**
 * The embedded store: one DuckDB file holding every analysed article and what was found in it
 * ({@link Schema}). {@link #add} is incremental and transactional per article: an article whose source
 * and content hash are already stored is skipped, and a crash leaves the store as it was before the
 * article being written. Not thread-safe for writes; reads may come from several threads.
 */
public final class Store implements AutoCloseable {

    /** The default store file, {@code ~/.crosscheck/crosscheck.duckdb}. */
    public static final Path DEFAULT = Path.of(System.getProperty("user.home"), ".crosscheck", "crosscheck.duckdb");

    /** Each article with one of its events, as "article TAB event". */
    private static final String EVENT_OF_ARTICLE = "SELECT article || chr(9) || event FROM event_articles";

    /** DuckDB's words for a file another program (one that takes no {@link StoreLock}) has open. */
    private static final java.util.regex.Pattern OTHER_PROGRAM =
            java.util.regex.Pattern.compile("Conflicting lock is held in (.+?) \\(PID (\\d+)\\)");

    /** The task that writes the articles, one transaction each ({@link #addArticles(Dossier, Map, Progress)}). */
    public static final String STORING_ARTICLES = "storing articles";

    /** The task that then writes the errors and lets the search index follow. */
    public static final String STORING_REST = "storing errors and index";

    private final Path path;
    private final Connection connection;
    private final StoreLock lock;
    private final List<StoreListener> listeners = new CopyOnWriteArrayList<>();
    private final ReadConnections readers;

    private Store(Path path, Connection connection, StoreLock lock) {
        this.path = path;
        this.connection = connection;
        this.lock = lock;
        this.readers = new ReadConnections(connection, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * Opens a store, creating the file and its tables when missing.
     *
     * @param path the DuckDB file
     * @return the open store
     * @throws StoreException when the file cannot be opened: in use by another process (the message names it,
     *                        see {@link StoreLock}), not a database ...
     */
    public static Store open(Path path) {
        StoreLock lock = null;
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            lock = StoreLock.take(path.toAbsolutePath());
            Connection c = DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath());
            Store store = new Store(path, c, lock);
            store.createTables();
            return store;
        } catch (SQLException | java.io.IOException e) {
            if (lock != null) {
                lock.close();
            }
            java.util.regex.Matcher other = OTHER_PROGRAM.matcher(String.valueOf(e.getMessage()));
            if (other.find()) {
                throw new StoreException("store " + path + " is in use by another program (PID " + other.group(2)
                        + ": " + other.group(1) + "); stop it, then try again", e);
            }
            throw new StoreException("cannot open store " + path + ": " + firstLine(e.getMessage()), e);
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private void createTables() throws SQLException {
        try (var s = connection.createStatement()) {
            for (String ddl : Schema.ddl()) {
                s.execute(ddl);
            }
        }
        Sql.update(connection, "INSERT INTO meta SELECT 'schema', ? WHERE NOT EXISTS "
                + "(SELECT 1 FROM meta WHERE key = 'schema')", String.valueOf(Schema.VERSION));
        Sql.update(connection, "INSERT INTO meta SELECT 'generation', '0' WHERE NOT EXISTS "
                + "(SELECT 1 FROM meta WHERE key = 'generation')");
        Sql.update(connection, "INSERT INTO meta SELECT 'groups_stale', '0' WHERE NOT EXISTS "
                + "(SELECT 1 FROM meta WHERE key = 'groups_stale')");
        Sql.update(connection, "UPDATE meta SET value = ? WHERE key = 'schema'", String.valueOf(Schema.VERSION));
    }

    /** Returns the store file. */
    public Path path() {
        return path;
    }

    /**
     * Registers a listener told after each committed change.
     *
     * @param listener the listener
     */
    public void listen(StoreListener listener) {
        listeners.add(listener);
    }

    /**
     * Returns the change counter: it grows with every committed write, so a search index can tell
     * whether it is in step.
     *
     * @return the generation
     */
    public long generation() {
        return call(() -> Long.parseLong(Sql.query(connection, "SELECT value FROM meta WHERE key = 'generation'",
                rs -> rs.getString(1)).get(0)));
    }

    /**
     * Looks an article up by what makes it the same input.
     *
     * @param source the input's source as in the dossier
     * @param text   its clean text (hashed with {@link ContentHash})
     * @return the stored article id, if this source with this content is stored
     */
    public Optional<String> find(String source, String text) {
        String hash = ContentHash.of(text);
        return call(() -> Sql.query(connection, "SELECT id FROM articles WHERE source = ? AND content_hash = ? "
                + "ORDER BY id LIMIT 1", rs -> rs.getString(1), source, hash).stream().findFirst());
    }

    /**
     * Looks an article up by its source and the hash of its text as the cleaner gave it (before
     * corpus-level stages such as outlet furniture removal changed it), or of its stored clean text.
     *
     * @param source    the input's source as in the dossier
     * @param inputHash {@link ContentHash} of the cleaned text
     * @return the stored article id, if stored
     */
    public Optional<String> findInput(String source, String inputHash) {
        return call(() -> Sql.query(connection, "SELECT id FROM articles WHERE source = ? AND (input_hash = ? "
                + "OR content_hash = ?) ORDER BY id LIMIT 1", rs -> rs.getString(1), source, inputHash, inputHash)
                .stream().findFirst());
    }

    /**
     * Tells whether a source is stored with any content, so a pipeline can skip reading it again.
     *
     * @param source the input's source
     * @return the content hashes stored for it (empty when none)
     */
    public Set<String> hashes(String source) {
        return call(() -> new HashSet<>(Sql.query(connection,
                "SELECT content_hash FROM articles WHERE source = ?", rs -> rs.getString(1), source)));
    }

    /**
     * Adds a dossier: each new article with its mentions, statements and figures in its own
     * transaction, then the cross-article records (copies, events, stories, comparisons, errors) in one
     * more. Ids that clash with stored ones are renamed ({@code a1} → {@code a1.2}).
     *
     * @param d the dossier
     * @return what was added and skipped
     * @throws StoreException when the store cannot be written (the article being written is rolled back)
     */
    public AddReport add(Dossier d) {
        return addAll(d, Map.of(), true, Progress.NONE);
    }

    /**
     * Adds the articles of a dossier (each with its mentions, statements and figures in its own
     * transaction) and its errors, but none of its cross-article records: the caller regroups the whole
     * store and calls {@link #replaceGroups}. Until then {@link #groupsStale()} is true, also after a crash.
     *
     * @param d           a dossier of newly analysed articles
     * @param inputHashes input hash of each article by its dossier id (see {@link #findInput}); missing ones null
     * @return what was added and skipped
     * @throws StoreException when the store cannot be written (the article being written is rolled back)
     */
    public AddReport addArticles(Dossier d, Map<String, String> inputHashes) {
        return addArticles(d, inputHashes, Progress.NONE);
    }

    /**
     * As {@link #addArticles(Dossier, Map)}, shown as two tasks: {@value #STORING_ARTICLES} (one step per article
     * of the dossier, stored or skipped) and then {@value #STORING_REST} (the errors' transaction, then the
     * listeners such as the search index following the change), so that a long write shows which part it is in.
     *
     * @param d           a dossier of newly analysed articles
     * @param inputHashes input hash of each article by its dossier id (see {@link #findInput}); missing ones null
     * @param progress    told the two tasks
     * @return what was added and skipped
     * @throws StoreException when the store cannot be written (the article being written is rolled back)
     */
    public AddReport addArticles(Dossier d, Map<String, String> inputHashes, Progress progress) {
        return addAll(d, inputHashes, false, progress);
    }

    /** Writes the articles, one transaction each, then the rest in one more, and tells the listeners. */
    private AddReport addAll(Dossier d, Map<String, String> inputHashes, boolean withGroups, Progress progress) {
        progress.begin(STORING_ARTICLES, d.articles().size());
        Written written = call(() -> writeArticles(d, inputHashes, withGroups, progress));
        progress.end();
        // a kill from here on leaves every article but not yet the errors or the index: a phase of its own
        progress.begin(STORING_REST, 2);
        AddReport report = call(() -> writeRest(d, written, withGroups));
        progress.advance(1);
        Set<String> changed = new LinkedHashSet<>(report.added());
        changed.addAll(report.regrouped());
        listeners.forEach(l -> l.changed(changed));
        progress.advance(1);
        progress.end();
        return report;
    }

    /**
     * The articles written and skipped so far, with the ids they were given.
     *
     * @param ids     dossier ids to store ids
     * @param added   store ids of the articles written
     * @param skipped sources of the articles already stored
     */
    private record Written(IdMap ids, List<String> added, List<String> skipped) {
    }

    private Written writeArticles(Dossier d, Map<String, String> inputHashes, boolean withGroups, Progress progress)
            throws SQLException {
        IdMap ids = new IdMap(connection);
        Set<String> storedEntities = Sql.strings(connection, "SELECT id FROM entities");
        mapEntities(d.entities(), ids);
        List<Article> fresh = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Article a : d.articles()) {
            Optional<String> existing = find(a.source(), a.text());
            if (existing.isPresent()) {
                ids.reuse("articles", a.id(), existing.get());
                skipped.add(a.source());
                progress.advance(1);
            } else {
                ids.allocate("articles", a.id());
                fresh.add(a);
            }
        }
        Map<String, List<Statement>> statements = byArticle(d.statements(), Statement::article);
        Map<String, List<Figure>> figures = byArticle(d.figures(), Figure::article);
        List<String> added = new ArrayList<>();
        for (Article a : fresh) {
            List<Statement> ss = statements.getOrDefault(a.id(), List.of());
            List<Figure> fs = figures.getOrDefault(a.id(), List.of());
            ss.forEach(s -> ids.allocate("statements", s.id()));
            fs.forEach(f -> ids.allocate("figures", f.id()));
            inTransaction(() -> {
                new ArticleWriter(connection, ids, storedEntities).write(a, inputHashes.get(a.id()), d.entities(), ss,
                        fs);
                if (!withGroups) {
                    Sql.update(connection, "UPDATE meta SET value = '1' WHERE key = 'groups_stale'");
                }
            });
            added.add(ids.get("articles", a.id()));
            progress.advance(1);
        }
        return new Written(ids, added, skipped);
    }

    private AddReport writeRest(Dossier d, Written written, boolean withGroups) throws SQLException {
        GroupWriter groups = new GroupWriter(connection, written.ids(), new HashSet<>(written.added()));
        inTransaction(() -> {
            if (withGroups) {
                groups.write(d);
            } else {
                groups.writeErrors(d);
            }
        });
        List<String> regrouped = groups.grouped().stream().filter(a -> !written.added().contains(a)).toList();
        return new AddReport(written.added(), written.skipped(), regrouped);
    }

    /** Entities match stored ones by type and name (case-insensitive); others get free ids. */
    private void mapEntities(List<Entity> entities, IdMap ids) throws SQLException {
        for (Entity e : entities) {
            List<String> same = Sql.query(connection, "SELECT id FROM entities WHERE type IS NOT DISTINCT FROM ? "
                    + "AND lower(name) = lower(?) ORDER BY id LIMIT 1", rs -> rs.getString(1), e.type(), e.name());
            if (same.isEmpty()) {
                ids.allocate("entities", e.id());
            } else {
                ids.reuse("entities", e.id(), same.get(0));
            }
        }
    }

    private static <T> Map<String, List<T>> byArticle(List<T> records, java.util.function.Function<T, String> key) {
        Map<String, List<T>> out = new HashMap<>();
        for (T r : records) {
            out.computeIfAbsent(key.apply(r), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    interface Work {
        /**
         * Does the work.
         *
         * @throws SQLException on a database error
         */
        void run() throws SQLException;
    }

    /**
     * Runs work in one transaction that also bumps the generation; rolls back on any failure.
     *
     * @param work the work
     * @throws SQLException when the work or the commit fails
     */
    void inTransaction(Work work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            work.run();
            Sql.update(connection, "UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) "
                    + "WHERE key = 'generation'");
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /**
     * Tells whether articles were added since the cross-article records were last replaced (also when a
     * run was killed between adding its articles and regrouping).
     *
     * @return true when the copies, events, stories and comparisons do not cover every stored article
     */
    public boolean groupsStale() {
        return call(() -> "1".equals(Sql.query(connection, "SELECT value FROM meta WHERE key = 'groups_stale'",
                rs -> rs.getString(1)).get(0)));
    }

    /**
     * Replaces every copy, event, story and comparison with those of a corpus grouped over the whole
     * store, in one transaction, and clears {@link #groupsStale()}.
     *
     * @param grouped the store's {@link #corpus()} after the grouping and comparison stages
     * @throws StoreException when the store cannot be written (the old records stay)
     */
    public void replaceGroups(Corpus grouped) {
        Set<String> changed = call(() -> {
            Set<String> before = Sql.strings(connection, EVENT_OF_ARTICLE);
            inTransaction(() -> new GroupReplacer(connection).replace(grouped));
            Set<String> after = Sql.strings(connection, EVENT_OF_ARTICLE);
            Set<String> articles = new HashSet<>();
            for (Set<String> side : List.of(difference(before, after), difference(after, before))) {
                side.forEach(pair -> articles.add(pair.substring(0, pair.indexOf('\t'))));
            }
            return articles;
        });
        // only an article whose events changed is indexed again (its event facet); "nothing" would mean a rebuild
        if (!changed.isEmpty()) {
            listeners.forEach(l -> l.changed(changed));
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.removeAll(b);
        return out;
    }

    /**
     * Reads what grouping needs: every stored article, in the order they were added, with the entities,
     * statements and figures found in them (the store's cross-article records are left out).
     *
     * @return the corpus
     */
    public Corpus corpus() {
        Corpus all = read(Tables.STORE, new Dossier.Tool("crosscheck", "store"), "ORDER BY rowid").toCorpus();
        return all.withCopies(List.of()).withEvents(List.of()).withStories(List.of()).withComparisons(List.of());
    }

    /**
     * Deletes every record (the file stays).
     *
     * @throws StoreException when the store cannot be written
     */
    public void clear() {
        call(() -> {
            inTransaction(() -> {
                for (String table : Schema.TABLES) {
                    Sql.update(connection, "DELETE FROM " + table);
                }
                Sql.update(connection, "DELETE FROM embeddings");
            });
            return null;
        });
        listeners.forEach(l -> l.changed(Set.of()));
    }

    /**
     * Reads the whole store as one dossier.
     *
     * @param tool the tool name and version to write into it
     * @return the dossier
     */
    public Dossier dossier(Dossier.Tool tool) {
        return read(Tables.STORE, tool, "ORDER BY rowid");
    }

    private Dossier read(Tables tables, Dossier.Tool tool, String articleOrder) {
        return call(() -> {
            RecordReader r = new RecordReader(connection, tables);
            return new Dossier(Dossier.FORMAT, Instant.now().toString().replaceAll("\\.\\d+Z$", "Z"), tool,
                    r.articles(null, articleOrder), r.entities(null, "ORDER BY id"),
                    r.statements(null, "ORDER BY article, start_pos"), r.figures(null, "ORDER BY article, start_pos"),
                    r.copies(), r.events(null), r.stories(), r.comparisons(null), r.errors());
        });
    }

    /**
     * Reads a Parquet export (one {@code TABLE.parquet} per table of {@link Schema#TABLES}: a file, or a folder
     * of part files) as a dossier.
     *
     * @param folder the export folder
     * @param tool   the tool name and version to write into it
     * @return the dossier
     * @throws StoreException when a file is missing or not of this schema
     */
    public Dossier readParquet(Path folder, Dossier.Tool tool) {
        return read(Tables.parquet(folder), tool, "ORDER BY id");
    }

    /** Returns a query interface over this store's records (for the API, the web pages and the index). */
    public StoreQueries queries() {
        return new StoreQueries(this);
    }

    /** Returns the connection, for the classes of this package and the exporter. */
    Connection connection() {
        return connection;
    }

    /** Work returning a value that may throw SQLException. */
    @FunctionalInterface
    interface SqlCall<T> {
        /**
         * Computes the value.
         *
         * @return the value
         * @throws SQLException on a database error
         */
        T call() throws SQLException;
    }

    /**
     * Runs a database call, turning SQL errors into {@link StoreException} naming this store.
     *
     * @param work the call
     * @param <T>  its result type
     * @return its result
     */
    <T> T call(SqlCall<T> work) {
        try {
            synchronized (connection) {
                return work.call();
            }
        } catch (SQLException e) {
            throw new StoreException("store " + path + ": " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Runs a read on a connection of its own, so that reads from several threads (the web server's) run side by
     * side instead of one after the other on the writer's connection. A read sees what was committed.
     *
     * @param work the read, given the connection to use
     * @param <T>  its result type
     * @return its result
     * @throws StoreException on a database error, naming this store
     */
    <T> T read(ReadConnections.Read<T> work) {
        try {
            return readers.read(work);
        } catch (SQLException e) {
            throw new StoreException("store " + path + ": " + firstLine(e.getMessage()), e);
        }
    }

    /** Closes the database. */
    @Override
    public void close() {
        try {
            readers.close();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close store " + path + ": " + firstLine(e.getMessage()), e);
        } finally {
            if (lock != null) {
                lock.close();
            }
        }
    }
}
