package org.crosscheck.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.crosscheck.app.search.SearchIndex;
import org.crosscheck.app.store.ServingCopy;
import org.crosscheck.app.store.Store;
import org.crosscheck.app.web.ServedStore;

/**
 * What {@code serve} reads: a copy of the store ({@link ServingCopy}), taken at start and again each time the
 * store has changed and no writer holds it (checked every {@link #CHECK_MS} ms), then swapped into the server.
 * A store being written at start is served empty until the writer has finished.
 */
final class ServedCopies implements AutoCloseable {

    /** How often the store is checked for a change. */
    static final long CHECK_MS = 1000;

    private final ServingCopy copies;
    private final ServedStore served;
    private final PrintWriter err;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "serve-copies");
        t.setDaemon(true);
        return t;
    });
    private boolean failing;

    private ServedCopies(ServingCopy copies, ServedStore served, PrintWriter err) {
        this.copies = copies;
        this.served = served;
        this.err = err;
    }

    /**
     * Takes the first copy and starts following the store.
     *
     * @param db  the store file
     * @param err where to say that the store is being written, or that a copy failed
     * @return the copies, serving the first
     * @throws org.crosscheck.app.store.StoreException when the first copy cannot be opened
     */
    static ServedCopies start(Path db, PrintWriter err) {
        ServingCopy copies = new ServingCopy(db);
        Optional<Path> first = copies.take();
        if (first.isEmpty()) {
            err.printf("crosscheck: store %s is being written by another process; serving it once that finishes%n",
                    db);
            err.flush();
        }
        ServedCopies c = new ServedCopies(copies, open(first.orElseGet(copies::empty)), err);
        c.checker.scheduleWithFixedDelay(c::refresh, CHECK_MS, CHECK_MS, TimeUnit.MILLISECONDS);
        return c;
    }

    private static ServedStore open(Path copy) {
        Store store = Store.open(copy);
        try {
            return ServedStore.owning(store, SearchIndex.open(store));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Returns what the server reads. */
    ServedStore served() {
        return served;
    }

    /** Swaps in a fresh copy when the store changed; a failure is said once and tried again later. */
    private void refresh() {
        try {
            Optional<Path> copy = copies.take();
            if (copy.isPresent()) {
                Store store = Store.open(copy.get());
                SearchIndex index;
                try {
                    index = SearchIndex.open(store);
                } catch (RuntimeException e) {
                    store.close();
                    throw e;
                }
                copies.discard(served.swap(store, index));
            }
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                err.println("crosscheck: cannot refresh the served copy of the store (still serving the last one): "
                        + e.getMessage());
                err.flush();
            }
            failing = true;
        }
    }

    /** Stops following the store, closes the copy served and deletes it. */
    @Override
    public void close() {
        checker.shutdownNow();
        try {
            checker.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Path last = served.path();
        served.close();
        copies.discard(last);
    }
}
