package org.crosscheck.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.app.search.IndexedStore;
import org.crosscheck.app.store.EmbeddingCache;
import org.crosscheck.app.store.Store;
import org.crosscheck.group.MiniLmEmbedder;
import org.crosscheck.model.Dossier;
import org.crosscheck.model.SourceError;
import org.crosscheck.pipeline.Budgets;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Progress;

/** Runs an analysis into a store (and its search index) and says what was analysed and what was already there. */
final class StoreStep {

    private StoreStep() {
    }

    /**
     * Analyses the inputs incrementally into a store ({@link IncrementalAnalysis}).
     *
     * @param maxFileSize largest input file in bytes
     * @param inputs   files and folders
     * @param db       the store file
     * @param replace  true to empty the store first (the demo's own store), false to add incrementally
     * @param progress progress listener
     * @param out      where to report
     * @return the dossier of the whole store and this run's errors
     * @throws org.crosscheck.app.store.StoreException when the store cannot be opened or written
     */
    static Outcome analyze(long maxFileSize, List<String> inputs, Path db, boolean replace, Progress progress,
                           PrintWriter out) {
        return analyze(maxFileSize, inputs, db, replace, progress, out, null);
    }

    /**
     * Analyses inputs into a store, fetching URL inputs with a web client.
     *
     * @param maxFileSize largest input file in bytes
     * @param inputs   files, folders and URLs
     * @param db       the store file
     * @param replace  true to empty the store first
     * @param progress progress listener
     * @param out      where to report
     * @param web      fetches URL inputs and feed entries' pages; null to fetch nothing
     * @return the dossier of the whole store and this run's errors
     * @throws org.crosscheck.app.store.StoreException when the store cannot be opened or written
     */
    static Outcome analyze(long maxFileSize, List<String> inputs, Path db, boolean replace, Progress progress,
                           PrintWriter out, org.crosscheck.ingest.WebClient web) {
        return analyze(maxFileSize, inputs, db, replace, progress, out, web, Budgets.DEFAULT);
    }

    /**
     * Analyses inputs into a store with budgets per article.
     *
     * @param maxFileSize largest input file in bytes
     * @param inputs   files, folders and URLs
     * @param db       the store file
     * @param replace  true to empty the store first
     * @param progress progress listener
     * @param out      where to report
     * @param web      fetches URL inputs and feed entries' pages; null to fetch nothing
     * @param budgets  what one article may cost (text annotated, time)
     * @return the dossier of the whole store and this run's errors
     * @throws org.crosscheck.app.store.StoreException when the store cannot be opened or written
     */
    static Outcome analyze(long maxFileSize, List<String> inputs, Path db, boolean replace, Progress progress,
                           PrintWriter out, org.crosscheck.ingest.WebClient web, Budgets budgets) {
        // the index is opened with the store so that it follows every write
        try (IndexedStore opened = IndexedStore.open(db)) {
            Store store = opened.store();
            if (replace) {
                store.clear();
            }
            // sentence vectors are kept in the store, so regrouping it embeds only the new articles' sentences
            Pipeline pipeline = Crosscheck.pipeline(maxFileSize, () -> new EmbeddingCache(store, MiniLmEmbedder.shared()),
                    web, budgets);
            IncrementalAnalysis.Result r = new IncrementalAnalysis(pipeline, store).run(inputs, progress);
            Dossier all = store.dossier(new Dossier.Tool(Crosscheck.NAME, Crosscheck.version()));
            out.printf("Store %s: %d article(s) analysed, %d already stored (not analysed again); %s%n", db,
                    r.analysed(), r.stored(), r.regrouped() ? "copies, events, stories and comparisons recomputed over "
                            + all.articles().size() + " stored article(s)." : "nothing new to group.");
            return new Outcome(all, r.fresh().errors());
        }
    }

    /**
     * What an analysis produced.
     *
     * @param dossier the dossier to write
     * @param errors  the inputs of this run that failed
     */
    record Outcome(Dossier dossier, List<SourceError> errors) {

        /**
         * Wraps a dossier made without a store.
         *
         * @param dossier the dossier
         * @return its outcome, with the dossier's errors
         */
        static Outcome of(Dossier dossier) {
            return new Outcome(dossier, dossier.errors());
        }
    }
}
