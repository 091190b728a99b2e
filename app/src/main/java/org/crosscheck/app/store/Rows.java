package org.crosscheck.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Collects rows for one table and inserts them with multi-row {@code INSERT ... VALUES (?,..),(?,..)}
 * statements of bound parameters: DuckDB runs one statement of a few hundred rows about as fast as one
 * row, so bulk writes (a whole store's events) take milliseconds, not seconds. Call {@link #flush()} last.
 */
final class Rows {

    private static final int CHUNK = 200;

    private final Connection c;
    private final String table;
    private final int columns;
    private final List<Object> values = new ArrayList<>();

    /**
     * Makes a collector.
     *
     * @param c       the connection (inside the caller's transaction)
     * @param table   a table name of {@link Schema} (a constant, never input)
     * @param columns the table's number of columns
     */
    Rows(Connection c, String table, int columns) {
        this.c = c;
        this.table = table;
        this.columns = columns;
    }

    /**
     * Adds a row, inserting a chunk when enough are collected.
     *
     * @param row one value per column, in table order (null allowed)
     * @throws SQLException on a database error
     * @throws IllegalArgumentException when the row has the wrong number of values
     */
    void add(Object... row) throws SQLException {
        if (row.length != columns) {
            throw new IllegalArgumentException(table + " has " + columns + " columns, not " + row.length);
        }
        Collections.addAll(values, row);
        if (values.size() >= CHUNK * columns) {
            flush();
        }
    }

    /**
     * Inserts the rows collected so far.
     *
     * @throws SQLException on a database error
     */
    void flush() throws SQLException {
        int rows = values.size() / columns;
        if (rows == 0) {
            return;
        }
        String one = "(" + String.join(",", Collections.nCopies(columns, "?")) + ")";
        Sql.update(c, "INSERT INTO " + table + " VALUES " + String.join(",", Collections.nCopies(rows, one)),
                values.toArray());
        values.clear();
    }
}
