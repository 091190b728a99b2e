package org.crosscheck.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.crosscheck.app.search.SearchIndex;
import org.crosscheck.app.store.AddReport;
import org.crosscheck.app.store.Store;
import org.crosscheck.model.Dossier;

/** Adds an analysis's dossier to a store (and its search index), and tells the user how to browse it. */
final class StoreStep {

    private StoreStep() {
    }

    /**
     * Adds the dossier.
     *
     * @param dossier the finished dossier
     * @param db      the store file
     * @param replace true to empty the store first (the demo's own store), false to add incrementally
     * @param out     where to report
     */
    static void add(Dossier dossier, Path db, boolean replace, PrintWriter out) {
        try (Store store = Store.open(db); SearchIndex index = SearchIndex.open(store)) {
            if (replace) {
                store.clear();
            }
            AddReport r = store.add(dossier);
            out.printf("Store %s: %d article(s) added, %d already stored. Browse: ./crosscheck serve --db %s%n", db,
                    r.added().size(), r.skipped().size(), db);
        }
    }
}
