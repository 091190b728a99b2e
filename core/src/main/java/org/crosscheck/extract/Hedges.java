package org.crosscheck.extract;

/**
 * What a figure's hedge says of its value, read from the hedge lists the figure finder uses ({@code
 * hedges-LANG.txt}, every language's), so that comparison and extraction share one list of words.
 */
public final class Hedges {

    private Hedges() {
    }

    /**
     * Tells whether a hedge makes the value a lower bound ("at least 4", "more than 200", "100 or more", "au moins 4").
     *
     * @param hedge a figure's hedge as written, may be null
     * @return true for a lower bound
     */
    public static boolean isLowerBound(String hedge) {
        String b = HedgeMatcher.bound(hedge);
        return b.equals(">") || b.equals(">=");
    }

    /**
     * Tells whether a hedge makes the value an upper bound ("up to 50", "fewer than 10", "as many as 30").
     *
     * @param hedge a figure's hedge as written, may be null
     * @return true for an upper bound
     */
    public static boolean isUpperBound(String hedge) {
        String b = HedgeMatcher.bound(hedge);
        return b.equals("<") || b.equals("<=");
    }
}
