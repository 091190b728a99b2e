package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.Units;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Measure;

/**
 * Rates between currencies as a story's own reports give them: "€110bn ($141bn)" restates one amount in a second
 * currency, so across the story dollars can be priced in euros at the median of such restatements. A figure in a
 * currency the story restates its amounts into is then compared in the currency restated from, as an approximate
 * value (outlets convert on different days and round). No rate is known from outside the articles.
 */
final class ExchangeRates {

    /** Per currency: the currency it is priced in and the rate (units of it per unit of that one). */
    private final Map<String, Rate> into;

    private record Rate(String currency, double perUnit) {
    }

    private ExchangeRates(Map<String, Rate> into) {
        this.into = into;
    }

    /**
     * Reads the rates that a story's unit restatements of money give.
     *
     * @param figures the story's figures, with their aliases
     * @return the rates; none when no amount is restated in another currency
     */
    static ExchangeRates of(List<Figure> figures) {
        Map<String, Figure> byId = new HashMap<>();
        figures.forEach(f -> byId.put(f.id(), f));
        Map<String, List<Double>> ratios = new HashMap<>();
        for (Figure alias : figures) {
            Figure restated = alias.aliasOf() == null ? null : byId.get(alias.aliasOf());
            String from = restated == null ? null : currency(restated);
            String to = currency(alias);
            Double a = restated == null ? null : Verdicts.point(restated);
            Double b = Verdicts.point(alias);
            if (from != null && to != null && !from.equals(to) && a != null && b != null && a > 0 && b > 0) {
                ratios.computeIfAbsent(from + " " + to, k -> new ArrayList<>()).add(b / a);
            }
        }
        Map<String, Rate> into = new HashMap<>();
        ratios.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String[] pair = e.getKey().split(" ");
            // a currency restated from is the story's own; the first pair read for a currency wins
            if (!into.containsKey(pair[1]) && !into.containsKey(pair[0])) {
                into.put(pair[1], new Rate(pair[0], median(e.getValue())));
            }
        });
        return new ExchangeRates(into);
    }

    /**
     * Prices each figure in a currency the story restates into in the currency it restates from.
     *
     * @param figures the story's figures
     * @return the same figures, those priced in another currency with that base, the rate's factor and the
     *         {@link Measure#CONVERTED} mark
     */
    List<Figure> priced(List<Figure> figures) {
        if (into.isEmpty()) {
            return figures;
        }
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            Rate rate = currency(f) == null ? null : into.get(currency(f));
            out.add(rate == null ? f : priced(f, rate));
        }
        return out;
    }

    private static Figure priced(Figure f, Rate rate) {
        Measure m = f.measure();
        List<String> qualifiers = new ArrayList<>(m.qualifiers());
        qualifiers.add(Measure.CONVERTED);
        return f.withFrame(new Measure(m.text(), m.thing(), m.sort(), qualifiers, m.action(), rate.currency(),
                1 / rate.perUnit()), f.scope(), f.aliasOf());
    }

    /** The ISO code of a plain amount of money (no rate "per tonne"), or null. */
    private static String currency(Figure f) {
        Measure m = f.measure();
        boolean currency = m != null && Units.of(m.baseUnit()).map(Units.Unit::dimension).filter("currency"::equals)
                .isPresent();
        return "money".equals(f.kind()) && currency && Double.valueOf(1).equals(m.toBase()) ? m.baseUnit() : null;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
