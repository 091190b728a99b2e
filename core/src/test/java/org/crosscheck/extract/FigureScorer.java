package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Figure;

/**
 * The figure dev sets' scorer: parses gold figures ({@code [bound]value[..high][ unit]}), matches predicted figures
 * to them by value (or low and high for a range) and tallies value, value+bound and unit hits. The hedge-to-bound
 * mapping is the scorer's own, independent of the extractor's data files.
 */
final class FigureScorer {

    private static final Map<String, String> BOUNDS = Map.ofEntries(Map.entry("at least", ">="),
            Map.entry("no fewer than", ">="), Map.entry("no less than", ">="), Map.entry("as low as", ">="),
            Map.entry("starting at", ">="), Map.entry("start at", ">="), Map.entry("more than", ">"),
            Map.entry("over", ">"), Map.entry("above", ">"), Map.entry("in excess of", ">"),
            Map.entry("upwards of", ">"), Map.entry("well over", ">"), Map.entry("just over", ">"),
            Map.entry("higher than", ">"), Map.entry("up to", "<="), Map.entry("at most", "<="),
            Map.entry("no more than", "<="), Map.entry("as many as", "<="), Map.entry("within", "<="),
            Map.entry("less than", "<"), Map.entry("fewer than", "<"), Map.entry("under", "<"),
            Map.entry("below", "<"), Map.entry("just under", "<"));

    private static final Pattern GOLD = Pattern.compile(
            "^(>=|<=|~|>|<)?([0-9]+(?:\\.[0-9]+)?)(?:\\.\\.([0-9]+(?:\\.[0-9]+)?))?(?: (.+))?$");

    /** One gold figure: a value (or low..high), its bound as written and its unit (null for a plain count). */
    record Gold(double value, Double low, Double high, String bound, String unit) {
    }

    /** Counts of one scored set: gold, predicted, value hits, value+bound hits, unit hits. */
    static final class Tally {
        int gold;
        int predicted;
        int value;
        int bound;
        int unit;

        /**
         * Formats the tally as one line.
         *
         * @param name the set's name
         * @return "name gold .. predicted .. | value P R F1 | value+bound P R F1 | unit right"
         */
        String line(String name) {
            return String.format(Locale.ROOT,
                    "%-3s gold %d predicted %d | value P %.3f R %.3f F1 %.3f | value+bound P %.3f R %.3f F1 %.3f"
                            + " | unit right %d/%d", name, gold, predicted, p(value), r(value), f1(value), p(bound),
                    r(bound), f1(bound), unit, value);
        }

        /**
         * The value F1.
         *
         * @return F1 of value hits
         */
        double valueF1() {
            return f1(value);
        }

        private double p(int hits) {
            return predicted == 0 ? 0 : (double) hits / predicted;
        }

        private double r(int hits) {
            return gold == 0 ? 0 : (double) hits / gold;
        }

        private double f1(int hits) {
            double p = p(hits);
            double r = r(hits);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    private FigureScorer() {
    }

    /**
     * Parses a gold column: figures separated by " | ", or "-" for none.
     *
     * @param column the column's text
     * @return the gold figures
     * @throws IllegalArgumentException if an item is not in the gold format
     */
    static List<Gold> golds(String column) {
        List<Gold> gold = new ArrayList<>();
        if (!column.equals("-")) {
            for (String item : column.split(" \\| ")) {
                gold.add(gold(item.strip()));
            }
        }
        return gold;
    }

    /**
     * Scores one sentence's predicted figures against its gold figures and adds the counts to a tally.
     *
     * @param text  the sentence (the figures' offsets index it)
     * @param gold  the gold figures
     * @param pred  the predicted figures with a value or a range
     * @param tally the tally to add to
     * @return the misses, extras and wrong bounds or units, in words (empty when all is right)
     */
    static List<String> score(String text, List<Gold> gold, List<Figure> pred, Tally tally) {
        List<Figure> left = new ArrayList<>(pred);
        List<String> misses = new ArrayList<>();
        tally.gold += gold.size();
        tally.predicted += left.size();
        for (Gold g : gold) {
            Figure hit = left.stream().filter(f -> sameValue(f, g)).findFirst().orElse(null);
            if (hit == null) {
                misses.add("miss " + g);
                continue;
            }
            left.remove(hit);
            tally.value++;
            if (bound(hit.hedge()).equals(g.bound())) {
                tally.bound++;
            } else {
                misses.add("bound " + hit.hedge() + " for " + g.bound());
            }
            if (Objects.equals(hit.unit(), g.unit())) {
                tally.unit++;
            } else {
                misses.add("unit " + hit.unit() + " for " + g.unit());
            }
        }
        left.forEach(f -> misses.add("extra " + f.value() + " " + f.low() + ".." + f.high() + " " + f.unit()
                + " '" + text.substring(f.start(), f.end()) + "'"));
        return misses;
    }

    private static Gold gold(String item) {
        Matcher m = GOLD.matcher(item);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a gold figure: " + item);
        }
        String bound = m.group(1) == null ? "=" : m.group(1);
        double v = Double.parseDouble(m.group(2));
        Double low = m.group(3) == null ? null : v;
        Double high = m.group(3) == null ? null : Double.valueOf(m.group(3));
        return new Gold(v, low, high, bound, m.group(4));
    }

    private static boolean sameValue(Figure f, Gold g) {
        if (g.low() != null) {
            return f.low() != null && close(f.low(), g.low()) && close(f.high(), g.high());
        }
        return f.value() != null && close(f.value(), g.value());
    }

    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-4 * Math.max(1, Math.abs(b));
    }

    private static String bound(String hedge) {
        if (hedge == null) {
            return "=";
        }
        return BOUNDS.getOrDefault(hedge.toLowerCase(Locale.ROOT), "~");
    }
}
