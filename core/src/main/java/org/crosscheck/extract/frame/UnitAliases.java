package org.crosscheck.extract.frame;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.crosscheck.model.Figure;

/**
 * Finds figures that restate the figure just before them in another unit, inside one report: "2,600 square
 * kilometres (1,000 square miles)", "€110bn ($146bn)". The second is an alias of the first, never a second
 * source. A restatement in the same dimension must convert to within a few percent (a temperature by its scale's
 * offset: "28C (82F)"); money in another
 * currency is taken as a restatement when it follows in brackets (exchange rates are not known here).
 */
final class UnitAliases {

    private static final Pattern BETWEEN = Pattern.compile("\\s*[(\\[]\\s*|\\s*,?\\s+or\\s+|\\s*/\\s*");
    private static final double TOLERANCE = 0.05;

    private final FrameLexicon lexicon;

    UnitAliases(FrameLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * Maps each alias to the figure it restates.
     *
     * @param figures one article's figures, in text order
     * @param text    the article text
     * @return alias id to the restated figure's id
     */
    Map<String, String> find(List<Figure> figures, String text) {
        Map<String, String> out = new HashMap<>();
        for (int i = 1; i < figures.size(); i++) {
            Figure a = figures.get(i - 1);
            Figure b = figures.get(i);
            if (b.start() >= a.end() && BETWEEN.matcher(text.substring(a.end(), b.start())).matches()
                    && restates(a, b)) {
                out.put(b.id(), out.getOrDefault(a.id(), a.id()));
            }
        }
        return out;
    }

    private boolean restates(Figure a, Figure b) {
        Double va = value(a);
        Double vb = value(b);
        if (va == null || vb == null || a.unit() == null || b.unit() == null || a.unit().equals(b.unit())) {
            return false;
        }
        if ("money".equals(a.kind()) && "money".equals(b.kind())) {
            return true;
        }
        Double celsiusA = celsius(va, a.unit());
        Double celsiusB = celsius(vb, b.unit());
        if (celsiusA != null && celsiusB != null) {
            // "28 degrees Celsius (82 degrees Fahrenheit)": temperatures convert with an offset, not a factor
            return Math.abs(celsiusA - celsiusB) <= org.crosscheck.compare.Rounding.unit(vb) * 5 / 9 + 0.5;
        }
        String base = lexicon.baseUnit(a.unit());
        if (base == null || !base.equals(lexicon.baseUnit(b.unit()))) {
            return false;
        }
        double x = va * lexicon.toBase(a.unit());
        double y = vb * lexicon.toBase(b.unit());
        double rounding = org.crosscheck.compare.Rounding.unit(vb) / 2 * lexicon.toBase(b.unit());
        return Math.abs(x - y) <= Math.max(TOLERANCE * Math.max(Math.abs(x), Math.abs(y)), rounding);
    }

    /** A temperature in degrees Celsius, or null when the unit is no temperature scale. */
    private Double celsius(double value, String unit) {
        String base = lexicon.baseUnit(unit);
        if ("°C".equals(base)) {
            return value;
        }
        return "°F".equals(base) ? (value - 32) * 5 / 9 : null;
    }

    private static Double value(Figure f) {
        return f.value() != null ? f.value() : f.low() != null ? f.low() : f.high();
    }
}
