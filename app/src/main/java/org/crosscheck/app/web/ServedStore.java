package org.crosscheck.app.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.crosscheck.app.search.SearchIndex;
import org.crosscheck.app.store.Store;
import org.crosscheck.app.store.StoreQueries;

/**
 * What the web server reads: one open store with its search index, which {@link #swap} replaces whole
 * (when {@code serve} has taken a fresh copy of the store). Each request reads one store throughout; a
 * replaced store is closed once the requests reading it have finished. Thread-safe.
 */
public final class ServedStore implements AutoCloseable {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final boolean owns;
    private View current;

    private ServedStore(Store store, SearchIndex index, boolean owns) {
        this.current = new View(store, index);
        this.owns = owns;
    }

    /**
     * Serves a store that this holder closes when it is replaced or closed.
     *
     * @param store the open store
     * @param index its search index
     * @return the holder
     */
    public static ServedStore owning(Store store, SearchIndex index) {
        return new ServedStore(store, index, true);
    }

    /** Serves a store the caller keeps and closes (it is never replaced). */
    static ServedStore borrowing(Store store, SearchIndex index) {
        return new ServedStore(store, index, false);
    }

    /**
     * Serves another store from now on and closes the one served so far, once no request reads it.
     *
     * @param store the open store
     * @param index its search index
     * @return the store file of the one replaced (closed by now)
     */
    public java.nio.file.Path swap(Store store, SearchIndex index) {
        View fresh = new View(store, index);
        View old;
        lock.writeLock().lock();
        try {
            old = current;
            current = fresh;
        } finally {
            lock.writeLock().unlock();
        }
        close(old);
        return old.store.path();
    }

    /** Returns the store file served now. */
    public java.nio.file.Path path() {
        return read().store.path();
    }

    private View read() {
        lock.readLock().lock();
        try {
            return current;
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A route's work on the store served when its request came. */
    @FunctionalInterface
    interface Route {
        /**
         * Answers a request.
         *
         * @param v   the pages and queries of the served store
         * @param ctx the request
         * @throws Exception when it cannot be answered
         */
        void handle(View v, Context ctx) throws Exception;
    }

    /** Returns a handler that runs a route on the store served now, which stays open until it returns. */
    Handler reading(Route route) {
        return ctx -> {
            lock.readLock().lock();
            try {
                route.handle(current, ctx);
            } finally {
                lock.readLock().unlock();
            }
        };
    }

    private void close(View v) {
        if (owns) {
            v.index.close();
            v.store.close();
        }
    }

    /** Closes the store served now (when owned). */
    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            close(current);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** One served store with the pages over it. */
    static final class View {
        final Store store;
        final SearchIndex index;
        final StoreQueries q;
        final HomePage home;
        final EventPage event;
        final ArticlePage article;
        final EntityPage entity;
        final SearchPage search;

        View(Store store, SearchIndex index) {
            this.store = store;
            this.index = index;
            this.q = store.queries();
            this.home = new HomePage(q);
            this.event = new EventPage(q);
            this.article = new ArticlePage(q);
            this.entity = new EntityPage(q);
            this.search = new SearchPage(index);
        }
    }
}
