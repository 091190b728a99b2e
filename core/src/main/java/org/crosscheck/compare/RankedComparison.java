package org.crosscheck.compare;

import java.io.Serializable;
import java.util.Comparator;
import org.crosscheck.model.Comparison;

/**
 * A comparison made within one story, with where it stands among the corpus's comparisons: figure
 * comparisons first, by their story's first figure, then in the order the story gave them; then statement
 * comparisons, by their first statement; then disputed claims, by the claim. Sorting the comparisons of every
 * story by this rank and numbering them {@code c1, c2, …} gives the comparisons of the whole corpus
 * ({@link CompareStage#numbered}).
 *
 * @param part       0 for a figure comparison, 1 for a statement comparison, 2 for a disputed claim
 * @param first      the place in the corpus of the story's first figure, or of the first statement
 * @param within     the comparison's place among its story's figure comparisons (0 for a statement)
 * @param comparison the comparison, with an id that holds only within its story
 */
public record RankedComparison(int part, long first, int within, Comparison comparison)
        implements Comparable<RankedComparison>, Serializable {

    private static final Comparator<RankedComparison> ORDER = Comparator.comparingInt(RankedComparison::part)
            .thenComparingLong(RankedComparison::first).thenComparingInt(RankedComparison::within);

    @Override
    public int compareTo(RankedComparison o) {
        return ORDER.compare(this, o);
    }

    /**
     * Returns the comparison under its corpus id.
     *
     * @param number its place among the corpus's comparisons, from 1
     * @return the comparison, id {@code c} and the number
     */
    public Comparison numbered(long number) {
        Comparison c = comparison;
        return new Comparison("c" + number, c.topic(), c.kind(), c.figures(), c.statements(), c.verdict(), c.note(),
                c.quantity());
    }
}
