package org.crosscheck.app.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.duckdb.DuckDBConnection;

/**
 * A few connections for reads beside the writer's one, made on first use as duplicates of it (the same
 * database, DuckDB runs their queries in parallel). A read waits for a free connection when all are in use, so
 * many threads share a bounded number of them. Thread-safe.
 */
final class ReadConnections implements AutoCloseable {

    private final Connection main;
    private final int size;
    private final BlockingQueue<Connection> free;
    private final List<Connection> made = new ArrayList<>();

    /**
     * Makes the pool.
     *
     * @param main the store's connection, duplicated for each read connection
     * @param size the most read connections
     */
    ReadConnections(Connection main, int size) {
        this.main = main;
        this.size = size;
        this.free = new ArrayBlockingQueue<>(size);
    }

    /** A read on one connection. */
    @FunctionalInterface
    interface Read<T> {
        /**
         * Reads.
         *
         * @param c the connection to use (only during the call)
         * @return what was read
         * @throws SQLException on a database error
         */
        T read(Connection c) throws SQLException;
    }

    /**
     * Runs a read on a free connection.
     *
     * @param work the read
     * @param <T>  its result type
     * @return its result
     * @throws SQLException when a connection cannot be made or the read fails
     */
    <T> T read(Read<T> work) throws SQLException {
        Connection c = take();
        try {
            return work.read(c);
        } finally {
            free.add(c);
        }
    }

    private Connection take() throws SQLException {
        Connection c = free.poll();
        if (c != null) {
            return c;
        }
        synchronized (made) {
            if (made.size() < size) {
                Connection fresh = main.unwrap(DuckDBConnection.class).duplicate();
                made.add(fresh);
                return fresh;
            }
        }
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for a connection to read the store", e);
        }
    }

    /**
     * Closes every read connection made.
     *
     * @throws SQLException when one cannot be closed
     */
    @Override
    public void close() throws SQLException {
        synchronized (made) {
            for (Connection c : made) {
                c.close();
            }
            made.clear();
        }
    }
}
