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
     * What an article's warning says when a finder stopped here, in the units it counts.
     *
     * @param stage the stage's name, e.g. "entities"
     * @param cut   where it stopped
     * @param what  what is not found in the rest, e.g. "name"
     * @return the warning, in the user's words
     */
    public String warning(String stage, Cut<?> cut, String what) {
        return String.format(Locale.ROOT, "%s stopped at its time budget of %s after %,d of %,d %s: no %s is "
                + "found in the rest", stage, Budgets.seconds(budget), cut.done(), cut.total(), cut.units(), what);
    }

    /**
     * What a finder found before it stopped (or at its end).
     *
     * @param found what was found
     * @param done  the items looked at
     * @param total the items there were
     * @param units what the items are, plural ("sentences", "figures")
     * @param <T>   what is found
     */
    public record Cut<T>(T found, int done, int total, String units) {

        /**
         * A cut counted in sentences.
         *
         * @param found what was found
         * @param done  the sentences looked at
         * @param total the sentences there were
         */
        public Cut(T found, int done, int total) {
            this(found, done, total, "sentences");
        }

        /** Returns true when the finder stopped before the last sentence. */
        public boolean stopped() {
            return done < total;
        }
    }
}
