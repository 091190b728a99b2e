package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.Hedges;
import org.crosscheck.extract.frame.FrameLexicon;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Measure;

/**
 * Decides how the reports of one quantity relate, each read as the interval its words allow ("at least 4" is
 * 4 or more; "about 100" is 90 to 110; "dozens" 24 to 143, see {@link VagueAmounts}), in the unit's base.
 * "single": one article, or one independent source and one value in one article. "agree": the same exact value
 * (rounding aside) from two or more sources, or from several articles that all copy one source (the note says it is no corroboration).
 * "compatible": intervals that share a value ("at least 4" and "12"; "about 100" and "some 100"), or values within rounding
 * of each other (22 billion and 22.4 billion: half the unit of the last written digit of a number written to a scale
 * word, see {@link Rounding} and {@link WrittenPrecision}; "600" and "612" are two values).
 * "changed": different values reported on different days, even when their bounds fit (an update), unless two
 * values stand against each other on one day (a dispute, not an update), and never for a state ("home to 120,000
 * people" beside "home to 200,000": a disagreement). "differ":
 * different values with nothing to reconcile them. Copies and unit restatements are left out before judging.
 */
final class Verdicts {

    private static final double SAME = 0.005;
    private static final double APPROXIMATE = 0.1;

    private Verdicts() {
    }

    /**
     * Judges the reports of one quantity.
     *
     * @param figures the figures, copies of one source and unit restatements already left out
     * @param dates   publication date (ISO) of each figure's article, or null
     * @param sources how many independent sources the figures come from
     * @return the verdict
     */
    static String judge(List<Figure> figures, List<String> dates, long sources) {
        return judge(figures, dates, sources, figures.stream().map(Figure::article).distinct().count());
    }

    /**
     * Judges the reports of one quantity that more articles gave than the figures judged show.
     *
     * @param figures  the figures, copies of one source and unit restatements already left out
     * @param dates    publication date (ISO) of each figure's article, or null
     * @param sources  how many independent sources the figures come from
     * @param articles how many articles report the quantity, copies included
     * @return the verdict
     */
    static String judge(List<Figure> figures, List<String> dates, long sources, long articles) {
        if (figures.size() == 1 && articles > 1) {
            // several outlets give one value, all copies of one source: they agree ("agree, 2 outlets, 1
            // independent source"), and the note says that this is no corroboration
            return "agree";
        }
        List<double[]> intervals = figures.stream().map(Verdicts::interval).toList();
        if (figures.size() < 2 || intervals.contains(null)) {
            return figures.size() < 2 || sources < 2 ? "single" : "compatible";
        }
        boolean exact = figures.stream().allMatch(f -> f.hedge() == null && f.value() != null && !converted(f));
        if (exact && within(figures, SAME)) {
            return sources < 2 ? "single" : "agree";
        }
        long days = dates.stream().filter(d -> d != null && d.length() >= 10).map(d -> d.substring(0, 10)).distinct()
                .count();
        boolean sameValue = allSameValue(figures);
        if (sameValue && sources < 2 && articles == 1) {
            // one article telling one value twice, once hedged ("an estimated 1,500 houses … about 1,500 houses")
            return "single";
        }
        if (!sameValue && days > 1 && sources > 1 && !disputedOnOneDay(figures, dates) && oneWay(figures, dates)
                && !ofAState(figures)) {
            // reports of several days that move are an update even when their bounds would fit ("at least 120" → 150);
            // values that go up and down again (120,000 → 200,000 → 120,000) are no update but a disagreement
            return "changed";
        }
        return sameValue || intersect(intervals) && !boundsApart(figures) ? "compatible" : "differ";
    }

    /**
     * Counts of a state ("home to 120,000 people") or distances from a place, which do not move within a story's
     * coverage.
     */
    private static boolean ofAState(List<Figure> figures) {
        return figures.stream().anyMatch(f -> f.measure() != null
                && (FrameLexicon.english().isState(f.measure().action())
                || Measure.DISTANCE.equals(f.measure().sort())));
    }

    /**
     * The dated values stated exactly, in date order, never rise after falling nor fall after rising (a bound, "at
     * least 8" beside a 9, sets no direction).
     */
    private static boolean oneWay(List<Figure> figures, List<String> dates) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            Figure f = figures.get(i);
            if (dates.get(i) != null && dates.get(i).length() >= 10 && f.value() != null && f.hedge() == null) {
                order.add(i);
            }
        }
        order.sort(java.util.Comparator.comparing((Integer i) -> dates.get(i).substring(0, 10)));
        int direction = 0;
        for (int k = 1; k < order.size(); k++) {
            int step = Double.compare(point(figures.get(order.get(k))), point(figures.get(order.get(k - 1))));
            if (step != 0 && direction != 0 && step != direction) {
                return false;
            }
            direction = step != 0 ? step : direction;
        }
        return true;
    }

    /**
     * Two different values published on one day: the government's 12,000 beside an aid group's 15,000, but not a
     * bound and a value it keeps.
     */
    private static boolean disputedOnOneDay(List<Figure> figures, List<String> dates) {
        Map<String, List<Figure>> byDay = new HashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            String d = dates.get(i);
            if (d != null && d.length() >= 10) {
                byDay.computeIfAbsent(d.substring(0, 10), k -> new ArrayList<>()).add(figures.get(i));
            }
        }
        return byDay.values().stream().anyMatch(day -> !allSameValue(day) && !boundsFit(day));
    }

    /**
     * Reports of one day whose bounds fit: "at least 8" and "9" on one day are no dispute, as "12,000" and
     * "15,000" are.
     */
    private static boolean boundsFit(List<Figure> day) {
        boolean bound = day.stream().anyMatch(f -> Hedges.isLowerBound(f.hedge()) || Hedges.isUpperBound(f.hedge()));
        List<double[]> intervals = day.stream().map(Verdicts::interval).toList();
        return bound && !intervals.contains(null) && intersect(intervals) && !boundsApart(day);
    }

    /**
     * Tells whether two figures state one value, rounding aside.
     *
     * @param a a figure
     * @param b another
     * @return true when both state a number and they are within rounding of each other
     */
    static boolean sameValue(Figure a, Figure b) {
        Double x = point(a);
        Double y = point(b);
        if (x == null || y == null) {
            return false;
        }
        double rounding = Math.max(precision(a), precision(b)) / 2;
        // an amount priced at a rate read from the story is as close as outlets' rates agree
        double share = converted(a) || converted(b) ? APPROXIMATE : SAME;
        return Math.abs(x - y) <= rounding + share * Math.max(Math.abs(x), Math.abs(y));
    }

    /**
     * Tells whether one figure is a bound that the other's value keeps ("at least 5.9" and "6.1").
     *
     * @param a a figure
     * @param b another
     * @return true when exactly one of them is a lower or upper bound and their intervals meet
     */
    static boolean boundHolds(Figure a, Figure b) {
        boolean boundA = Hedges.isLowerBound(a.hedge()) || Hedges.isUpperBound(a.hedge());
        boolean boundB = Hedges.isLowerBound(b.hedge()) || Hedges.isUpperBound(b.hedge());
        double[] x = interval(a);
        double[] y = interval(b);
        return boundA != boundB && x != null && y != null && intersect(List.of(x, y));
    }

    /** The unit of a figure's last stated digit, in its base: 1 for "600", a billion for "22 billion". */
    private static double precision(Figure f) {
        double v = raw(f);
        boolean rounded = f.measure() != null && f.measure().isRounded();
        return (rounded ? Rounding.unit(v) : Rounding.exact(v)) * factor(f);
    }

    private static double raw(Figure f) {
        return f.value() != null ? f.value() : f.low() != null ? f.low() : f.high();
    }

    /** The value a figure states (value, else the low end, else the high end) in its unit's base, or null. */
    static Double point(Figure f) {
        Double v = f.value() != null ? f.value() : f.low() != null ? f.low() : f.high();
        return v == null ? null : v * factor(f);
    }

    /**
     * The interval a figure's words allow, in its unit's base ("dozens" is 24 to 143), or null when it states no
     * number and its words are no known vague amount.
     */
    static double[] interval(Figure f) {
        double k = factor(f);
        if (f.value() == null && f.low() == null && f.high() == null) {
            double[] vague = VagueAmounts.interval(f.hedge());
            return vague == null ? null : new double[] {vague[0] * k, vague[1] * k};
        }
        if (f.value() == null) {
            return f.low() != null && f.high() != null ? new double[] {f.low() * k, f.high() * k} : null;
        }
        double v = f.value() * k;
        if (Hedges.isLowerBound(f.hedge())) {
            return new double[] {v, Double.POSITIVE_INFINITY};
        }
        if (Hedges.isUpperBound(f.hedge())) {
            return new double[] {Double.NEGATIVE_INFINITY, v};
        }
        return f.hedge() == null && !converted(f) ? new double[] {v, v}
                : new double[] {v * (1 - APPROXIMATE), v * (1 + APPROXIMATE)};
    }

    private static boolean converted(Figure f) {
        return f.measure() != null && f.measure().isConverted();
    }

    private static double factor(Figure f) {
        return f.measure() == null || f.measure().toBase() == null ? 1 : f.measure().toBase();
    }

    private static boolean intersect(List<double[]> intervals) {
        double low = Double.NEGATIVE_INFINITY;
        double high = Double.POSITIVE_INFINITY;
        for (double[] r : intervals) {
            low = Math.max(low, r[0]);
            high = Math.min(high, r[1]);
        }
        return low <= high;
    }

    /**
     * Two bounds of one direction on different values ("over 12,000" and "more than 15,000") are two
     * estimates that disagree, not bounds that fit: the words mean "about that many, perhaps more".
     */
    private static boolean boundsApart(List<Figure> figures) {
        List<Figure> lower = figures.stream().filter(f -> f.value() != null && Hedges.isLowerBound(f.hedge())).toList();
        List<Figure> upper = figures.stream().filter(f -> f.value() != null && Hedges.isUpperBound(f.hedge())).toList();
        return lower.size() > 1 && !allSameValue(lower) || upper.size() > 1 && !allSameValue(upper);
    }

    private static boolean allSameValue(List<Figure> figures) {
        return figures.stream().allMatch(f -> sameValue(f, figures.get(0)));
    }

    private static boolean within(List<Figure> figures, double share) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Figure f : figures) {
            Double p = point(f);
            if (p == null) {
                return false;
            }
            min = Math.min(min, p);
            max = Math.max(max, p);
        }
        return max - min <= share * Math.max(Math.abs(min), Math.abs(max));
    }
}
