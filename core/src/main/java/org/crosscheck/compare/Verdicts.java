package org.crosscheck.compare;

import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Figure;

/**
 * Decides how figures of one measure relate. "single": one independent source. "agree": the same value
 * (or values within each other's ranges). "compatible": bounds that do not contradict ("at least 4" and
 * "at least 12"), or related measures in different units. "changed": different values reported on
 * different days (a later report revises). "differ": different values with nothing to reconcile them.
 */
final class Verdicts {

    private Verdicts() {
    }

    /**
     * Judges a group.
     *
     * @param figures     the figures, with copies of one source already left out
     * @param dates       publication date (ISO) of each figure's article, or null
     * @param sameMeasure false when the figures count different things (area and settlements), or come
     *                    from one article (an article gives different scopes, it does not contradict itself)
     * @return the verdict
     */
    static String judge(List<Figure> figures, List<String> dates, boolean sameMeasure) {
        if (figures.size() < 2) {
            return "single";
        }
        if (!sameMeasure) {
            return "compatible";
        }
        if (allAgree(figures)) {
            return "agree";
        }
        if (figures.stream().allMatch(f -> isLowerBound(f.hedge())) || figures.stream().allMatch(f -> isUpperBound(f.hedge()))) {
            return "compatible";
        }
        long days = dates.stream().filter(d -> d != null && d.length() >= 10).map(d -> d.substring(0, 10)).distinct().count();
        return days > 1 ? "changed" : "differ";
    }

    private static boolean allAgree(List<Figure> figures) {
        for (Figure a : figures) {
            for (Figure b : figures) {
                if (!overlap(a, b)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean overlap(Figure a, Figure b) {
        double[] ra = range(a);
        double[] rb = range(b);
        if (ra == null || rb == null) {
            return ra == null && rb == null && a.hedge() != null && a.hedge().equalsIgnoreCase(b.hedge());
        }
        return ra[0] <= rb[1] && rb[0] <= ra[1];
    }

    static double[] range(Figure f) {
        if (f.value() != null) {
            return new double[] {f.value(), f.value()};
        }
        if (f.low() != null && f.high() != null) {
            return new double[] {f.low(), f.high()};
        }
        return null;
    }

    static boolean isLowerBound(String hedge) {
        String h = hedge == null ? "" : hedge.toLowerCase(Locale.ROOT);
        return h.contains("at least") || h.contains("more than") || h.contains("over") || h.contains("above")
                || h.contains("no fewer") || h.contains("upwards") || h.contains("in excess");
    }

    static boolean isUpperBound(String hedge) {
        String h = hedge == null ? "" : hedge.toLowerCase(Locale.ROOT);
        return h.contains("up to") || h.contains("fewer than") || h.contains("less than") || h.contains("at most")
                || h.contains("under") || h.contains("no more");
    }
}
