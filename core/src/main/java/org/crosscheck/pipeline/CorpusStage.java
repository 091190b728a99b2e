package org.crosscheck.pipeline;

import java.util.Set;
import org.crosscheck.model.Corpus;

/**
 * A stage that works on the whole corpus: a function from one {@link Corpus} to the next. Like a
 * CoreNLP annotator it declares what it requires and what it provides, so a {@link Pipeline} can be
 * checked before it runs.
 */
public interface CorpusStage {

    /** Returns a short name for progress and errors, e.g. "figures". */
    String name();

    /** Returns the parts this stage reads; they must be provided by an earlier stage. */
    Set<Part> requires();

    /** Returns the parts this stage fills in. */
    Set<Part> provides();

    /**
     * Runs the stage.
     *
     * @param corpus   the corpus with at least the required parts
     * @param progress where to report progress
     * @return a new corpus with the provided parts filled in
     */
    Corpus apply(Corpus corpus, Progress progress);
}
