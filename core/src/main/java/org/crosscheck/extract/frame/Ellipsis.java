package org.crosscheck.extract.frame;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Measure;

/**
 * Gives a figure that names no counted thing the thing of the figure just before it in the same sentence:
 * "around 30,000 Dastrian troops … up from 8,000", "killed 12 people and injured 30". The action stays the
 * figure's own.
 */
final class Ellipsis {

    private static final int NEAR = 80;

    private Ellipsis() {
    }

    /**
     * Fills in an elided counted thing.
     *
     * @param previous the figure before, in the same sentence, with its frame
     * @param figure   the figure, with its frame
     * @return the figure, with the previous one's thing when it names none and is close enough
     */
    static Figure inherit(Figure previous, Figure figure) {
        Measure p = previous.measure();
        Measure m = figure.measure();
        if (p == null || m == null || m.thing() != null || p.thing() == null || figure.start() - previous.end() > NEAR
                || !java.util.Objects.equals(p.baseUnit(), m.baseUnit())) {
            return figure;
        }
        String thingWords = p.action() == null ? p.text() : p.text().replace(" " + p.action(), "");
        String text = m.action() == null ? p.text()
                : thingWords.contains(m.action()) ? thingWords : thingWords + " " + m.action();
        // the thing is inherited, not the "another" of a count written as one more
        List<String> qualifiers = new ArrayList<>(p.qualifiers());
        qualifiers.remove(Measure.ADDITIONAL);
        if (m.isAdditional()) {
            qualifiers.add(Measure.ADDITIONAL);
        }
        Measure inherited = new Measure(text, p.thing(), p.sort(), qualifiers, m.action(), m.baseUnit(), m.toBase());
        return figure.withFrame(inherited, figure.scope(), figure.aliasOf());
    }
}
