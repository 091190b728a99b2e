package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Measure;
import org.crosscheck.model.Quantity;
import org.crosscheck.model.Scope;

/** Says in words what a quantity measures, where and when ("civilians killed — Kessel valley, 2024-08-08"). */
final class QuantityWords {

    private QuantityWords() {
    }

    /**
     * Picks the report whose frame says the most (stated thing, action, place, date).
     *
     * @param reports the reports of one quantity, not empty
     * @return the report to describe the quantity by
     */
    static Figure representative(List<Figure> reports) {
        // an amount priced in another currency says the quantity in words not its own
        return reports.stream().max(Comparator.comparing((Figure f) -> f.measure() == null || !f.measure().isConverted())
                .thenComparingInt(QuantityWords::stated)).orElseThrow();
    }

    /**
     * The quantity in words.
     *
     * @param f the representative report
     * @return the measure, then place and date when stated
     */
    static String topic(Figure f) {
        Measure m = f.measure();
        String what = m == null ? f.kind() + (f.counted() == null ? "" : " (" + f.counted() + ")") : m.text();
        if (f.unit() != null && !what.contains(f.unit())) {
            what = what + " (" + f.unit() + ")";
        }
        List<String> where = new ArrayList<>();
        Scope s = f.scope();
        if (s != null && s.place() != null) {
            where.add(s.place());
        }
        if (s != null && s.time() != null) {
            where.add(s.time());
        }
        if (s != null && s.cumulative()) {
            where.add("running total");
        }
        return where.isEmpty() ? what : what + " — " + String.join(", ", where);
    }

    /**
     * The quantity record of a comparison.
     *
     * @param f the representative report
     * @return its measure and scope, or null when it has no frame
     */
    static Quantity quantity(Figure f) {
        return f.measure() == null ? null : new Quantity(f.measure(), f.scope());
    }

    private static int stated(Figure f) {
        int n = 0;
        if (f.measure() != null) {
            n += (f.measure().thing() != null ? 2 : 0) + (f.measure().action() != null ? 2 : 0);
        }
        if (f.scope() != null) {
            n += (f.scope().place() != null ? 1 : 0) + (f.scope().time() != null ? 1 : 0);
        }
        return n;
    }
}
