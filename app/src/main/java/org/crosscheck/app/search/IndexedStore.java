package org.crosscheck.app.search;

import java.nio.file.Path;
import org.crosscheck.app.store.Store;

/**
 * A store opened together with its search index, which follows every write to it; closing it closes both, the
 * index first. For the commands that write a store (analyze, import), so the index never falls behind.
 *
 * @param store the open store
 * @param index its search index
 */
public record IndexedStore(Store store, SearchIndex index) implements AutoCloseable {

    /**
     * Opens a store and its index.
     *
     * @param db the store file
     * @return both, open
     * @throws org.crosscheck.app.store.StoreException when the store cannot be opened
     * @throws java.io.UncheckedIOException when the index cannot be opened (the store is closed again)
     */
    public static IndexedStore open(Path db) {
        Store store = Store.open(db);
        try {
            return new IndexedStore(store, SearchIndex.open(store));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Closes the index, then the store. */
    @Override
    public void close() {
        try {
            index.close();
        } finally {
            store.close();
        }
    }
}
