package org.crosscheck.app;

import java.util.List;
import org.crosscheck.Crosscheck;
import org.crosscheck.app.store.AddReport;
import org.crosscheck.app.store.Store;
import org.crosscheck.app.store.StoredFilter;
import org.crosscheck.model.Corpus;
import org.crosscheck.pipeline.CorpusStage;
import org.crosscheck.pipeline.Pipeline;
import org.crosscheck.pipeline.Progress;

/**
 * Analyses inputs into a store: after ingest and clean, articles already stored (same source, same
 * cleaned text) are dropped; the new ones go through the per-article stages and are written one
 * transaction each; then copies, events, stories and comparisons are computed again over every stored
 * article and replace the old ones in one transaction.
 */
final class IncrementalAnalysis {

    private final Pipeline pipeline;
    private final Store store;

    /**
     * Makes an analysis.
     *
     * @param pipeline the pipeline whose stages to run
     * @param store    the open store
     */
    IncrementalAnalysis(Pipeline pipeline, Store store) {
        this.pipeline = pipeline;
        this.store = store;
    }

    /**
     * Runs it.
     *
     * @param inputs   files and folders
     * @param progress progress listener
     * @return what was analysed, skipped and failed
     */
    Result run(List<String> inputs, Progress progress) {
        Corpus read = pipeline.read(inputs, progress);
        StoredFilter.Split split = new StoredFilter(store).split(read.articles());
        Corpus fresh = apply(StageSplit.perArticle(pipeline.stages()), Corpus.of(split.fresh(), read.errors()),
                progress);
        // one transaction per article, then the errors and the index: the two tasks show which part is running
        AddReport added = store.addArticles(Crosscheck.dossier(fresh), split.inputHashes(), progress);
        boolean regroup = !added.added().isEmpty() || store.groupsStale();
        if (regroup) {
            regroup(progress);
        }
        return new Result(added.added().size(), split.stored().size(), regroup, fresh);
    }

    /**
     * Computes copies, events, stories and comparisons again over every stored article and replaces the old ones.
     *
     * @param progress progress listener
     */
    void regroup(Progress progress) {
        store.replaceGroups(apply(StageSplit.overStore(pipeline.stages()), store.corpus(), progress));
    }

    private static Corpus apply(List<CorpusStage> stages, Corpus corpus, Progress progress) {
        Corpus out = corpus;
        for (CorpusStage stage : stages) {
            out = stage.apply(out, progress);
        }
        return out;
    }

    /**
     * What one run did.
     *
     * @param analysed  how many articles were analysed and added
     * @param stored    how many were already stored and not analysed again
     * @param regrouped true when copies, events, stories and comparisons were computed again
     * @param fresh     the corpus of the new articles (with this run's errors)
     */
    record Result(int analysed, int stored, boolean regrouped, Corpus fresh) {
    }
}
