package org.crosscheck.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.crosscheck.extract.ScaleWords;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Measure;

/**
 * Marks the figures whose number is written to a scale word ("22.4 billion", "€3bn"), so that the verdicts take
 * them as rounded to their last written digit (22 billion and 22.4 billion are one value), while a number written
 * out in digits states every digit (600 and 612 killed are two values).
 */
final class WrittenPrecision {

    private WrittenPrecision() {
    }

    /**
     * Marks the story's figures written to a scale word.
     *
     * @param figures the story's figures
     * @param textOf  the text of each article by id
     * @return the same figures, those written to a scale word with the {@link Measure#ROUNDED} mark
     */
    static List<Figure> marked(List<Figure> figures, Function<String, String> textOf) {
        List<Figure> out = new ArrayList<>(figures.size());
        for (Figure f : figures) {
            out.add(f.measure() != null && ScaleWords.scaled(written(f, textOf.apply(f.article()))) ? rounded(f) : f);
        }
        return out;
    }

    private static String written(Figure f, String text) {
        return text == null || f.start() < 0 || f.end() > text.length() || f.start() >= f.end() ? null
                : text.substring(f.start(), f.end());
    }

    private static Figure rounded(Figure f) {
        Measure m = f.measure();
        List<String> qualifiers = new ArrayList<>(m.qualifiers());
        qualifiers.add(Measure.ROUNDED);
        return f.withFrame(new Measure(m.text(), m.thing(), m.sort(), qualifiers, m.action(), m.baseUnit(),
                m.toBase()), f.scope(), f.aliasOf());
    }
}
