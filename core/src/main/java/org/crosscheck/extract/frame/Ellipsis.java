package org.crosscheck.extract.frame;

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
        String text = m.action() == null || p.text().contains(m.action()) && p.action() == null
                ? p.text() : p.text().replace(" " + String.valueOf(p.action()), "") + " " + m.action();
        Measure inherited = new Measure(text, p.thing(), p.sort(), p.qualifiers(), m.action(), m.baseUnit(), m.toBase());
        return figure.withFrame(inherited, figure.scope(), figure.aliasOf());
    }
}
