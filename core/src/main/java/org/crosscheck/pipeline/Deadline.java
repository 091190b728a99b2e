package org.crosscheck.pipeline;

import java.time.Duration;
import java.util.Locale;

/**
 * When a piece of work on one article must stop: a finder checks it between sentences, so a slow article stops at
 * its time budget with what was found so far instead of running on.
 *
 * @param budget the time the work was given, or null for none
 * @param nanos  the {@link System#nanoTime()} at which it runs out (ignored without a budget)
 */
public record Deadline(Duration budget, long nanos) {

    /** No deadline: work runs to its end. */
    public static final Deadline NONE = new Deadline(null, 0);

    /**
     * Starts a budget now.
     *
     * @param budget the time the work may take
     * @return the deadline that far from now
     */
    public static Deadline after(Duration budget) {
        return new Deadline(budget, System.nanoTime() + budget.toNanos());
    }

    /** Returns true once the budget is spent (never without one). */
    public boolean passed() {
        return budget != null && System.nanoTime() - nanos > 0;
    }

    /**
     * What an article's warning says when a finder stopped here.
     *
     * @param stage the stage's name, e.g. "entities"
     * @param done  the sentences looked at
     * @param total the article's sentences
     * @param what  what is not found in the rest, e.g. "name"
     * @return the warning, in the user's words
     */
    public String warning(String stage, int done, int total, String what) {
        return String.format(Locale.ROOT, "%s stopped at its time budget of %s after %,d of %,d sentences: no %s is "
                + "found in the rest", stage, Budgets.seconds(budget), done, total, what);
    }

    /**
     * What a finder found before it stopped (or at its end).
     *
     * @param found what was found
     * @param done  the sentences looked at
     * @param total the sentences there were
     * @param <T>   what is found
     */
    public record Cut<T>(T found, int done, int total) {

        /** Returns true when the finder stopped before the last sentence. */
        public boolean stopped() {
            return done < total;
        }
    }
}
