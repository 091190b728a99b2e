package org.crosscheck.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Small helpers for bound-parameter JDBC: every value goes through a placeholder, never into the SQL text. */
final class Sql {

    /** Maps one result row to a value. */
    @FunctionalInterface
    interface RowMapper<T> {
        /**
         * Maps the current row.
         *
         * @param rs the result set, positioned on a row
         * @return the value
         * @throws SQLException when a column cannot be read
         */
        T map(ResultSet rs) throws SQLException;
    }

    private Sql() {
    }

    /**
     * Runs an insert, update or delete.
     *
     * @param c      the connection
     * @param sql    SQL with {@code ?} placeholders
     * @param params values for the placeholders (null allowed)
     * @return rows changed
     * @throws SQLException on a database error
     */
    static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
        }
    }

    /**
     * Runs a query.
     *
     * @param c      the connection
     * @param sql    SQL with {@code ?} placeholders
     * @param mapper maps each row
     * @param params values for the placeholders
     * @param <T>    the row type
     * @return the mapped rows
     * @throws SQLException on a database error
     */
    static <T> List<T> query(Connection c, String sql, RowMapper<T> mapper, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }
    }

    /**
     * Runs a query whose first column is a key (a parent row's id) and groups the other columns' values by it,
     * each group in row order: how a record's child rows are read, one query for all parents.
     *
     * @param c      the connection
     * @param sql    SQL with {@code ?} placeholders; its first column is the key
     * @param mapper maps each row to a value (the key column may be ignored)
     * @param params values for the placeholders
     * @param <T>    the value type
     * @return the values by key
     * @throws SQLException on a database error
     */
    static <T> Map<String, List<T>> grouped(Connection c, String sql, RowMapper<T> mapper, Object... params)
            throws SQLException {
        Map<String, List<T>> out = new HashMap<>();
        query(c, sql, rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(mapper.map(rs)), params);
        return out;
    }

    /**
     * Reads one string column of a query into a set.
     *
     * @param c   the connection
     * @param sql a query whose first column is a string
     * @return the values
     * @throws SQLException on a database error
     */
    static Set<String> strings(Connection c, String sql) throws SQLException {
        return new HashSet<>(query(c, sql, rs -> rs.getString(1)));
    }

    static void bind(PreparedStatement ps, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            if (p == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else if (p instanceof Integer n) {
                ps.setInt(i + 1, n);
            } else if (p instanceof Long n) {
                ps.setLong(i + 1, n);
            } else if (p instanceof Double d) {
                ps.setDouble(i + 1, d);
            } else if (p instanceof byte[] bytes) {
                ps.setBytes(i + 1, bytes);
            } else {
                ps.setString(i + 1, p.toString());
            }
        }
    }

    /**
     * Reads a nullable double column.
     *
     * @param rs     the result set
     * @param column the column name
     * @return the value or null
     * @throws SQLException when the column cannot be read
     */
    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
