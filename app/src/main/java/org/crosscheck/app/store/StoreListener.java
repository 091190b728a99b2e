package org.crosscheck.app.store;

import java.util.Set;

/** Told after a store has committed changes, e.g. so a search index can follow. */
public interface StoreListener {

    /**
     * Called after an {@link Store#add}, {@link Store#addArticles}, {@link Store#replaceGroups} or {@link Store#clear}
     * has committed.
     *
     * @param articleIds ids of the articles whose records changed (empty after a clear)
     */
    void changed(Set<String> articleIds);
}
