package org.crosscheck.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.crosscheck.model.Article;
import org.crosscheck.model.SourceError;

/**
 * Runs one article's share of a stage so that a failure on one article is reported for that article
 * and the run goes on. Set the environment variable {@code CROSSCHECK_DEBUG} to see stack traces.
 */
public final class Guard {

    private Guard() {
    }

    /**
     * Runs work for one article.
     *
     * @param stage    the stage's name, for the message
     * @param article  the article
     * @param errors   receives an error when the work fails
     * @param work     the work
     * @param fallback the result to use when it fails
     * @param <T>      the result type
     * @return the work's result, or the fallback
     */
    public static <T> T perArticle(String stage, Article article, List<SourceError> errors, Supplier<T> work,
                                   T fallback) {
        return perArticle(stage, article, errors, work, fallback, null);
    }

    /**
     * Runs work for one article and reports it when it took longer than its budget (the result is kept).
     *
     * @param stage    the stage's name, for the message
     * @param article  the article
     * @param errors   receives an error when the work fails or is over budget
     * @param work     the work
     * @param fallback the result to use when it fails
     * @param budget   the time the work may take; null for no budget
     * @param <T>      the result type
     * @return the work's result, or the fallback
     */
    public static <T> T perArticle(String stage, Article article, List<SourceError> errors, Supplier<T> work,
                                   T fallback, Duration budget) {
        long start = System.nanoTime();
        try {
            T result = work.get();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            if (budget != null && took.compareTo(budget) > 0) {
                SourceError slow = new SourceError(article.source(), stage + " took " + Budgets.seconds(took)
                        + " on this article, over its time budget of " + Budgets.seconds(budget)
                        + "; its results were kept, and the run went on");
                synchronized (errors) {
                    errors.add(slow);
                }
            }
            return result;
        } catch (RuntimeException e) {
            SourceError error = SourceError.fault(article.source(), stage + " failed on this article", e);
            synchronized (errors) {
                errors.add(error);
            }
            return fallback;
        }
    }

    /**
     * What a finder found in one article within its time budget, and the article (with a warning when the finder
     * stopped at the budget).
     *
     * @param article the article, with the warning when there is one
     * @param found   what was found (the fallback when the finder failed)
     * @param warning the warning added to the article, or null when the finder ran to its end
     * @param <T>     what is found
     */
    public record Bounded<T>(Article article, T found, String warning) {

        /**
         * Tells the warning, if there is one, as a progress note naming the article's source.
         *
         * @param progress where to tell it
         * @return the article (with its warning)
         */
        public Article told(Progress progress) {
            if (warning != null) {
                progress.note(article.source() + ": " + warning);
            }
            return article;
        }
    }

    /**
     * Runs a finder on one article until its deadline, as {@link #perArticle} runs work: a failure is reported and
     * gives the fallback; a finder that stops at the deadline keeps what it found and the article gets a warning.
     *
     * @param stage    the stage's name, for the messages
     * @param article  the article
     * @param errors   receives an error when the finder fails
     * @param finder   the finder, given the deadline it must check between sentences
     * @param fallback the result to use when it fails
     * @param budget   the time the finder may take; null for no budget
     * @param what     what is not found after a stop, for the warning (e.g. "name")
     * @param <T>      what is found
     * @return what was found, with the article
     */
    public static <T> Bounded<T> untilDeadline(String stage, Article article, List<SourceError> errors,
                                               Function<Deadline, Deadline.Cut<T>> finder, T fallback,
                                               Duration budget, String what) {
        Deadline deadline = budget == null ? Deadline.NONE : Deadline.after(budget);
        Deadline.Cut<T> cut = perArticle(stage, article, errors, () -> finder.apply(deadline), null);
        if (cut == null) {
            return new Bounded<>(article, fallback, null);
        }
        if (!cut.stopped()) {
            return new Bounded<>(article, cut.found(), null);
        }
        String warning = deadline.warning(stage, cut, what);
        return new Bounded<>(article.withWarning(warning), cut.found(), warning);
    }
}
