package org.crosscheck.pipeline;

import java.time.Duration;
import java.util.List;
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
}
