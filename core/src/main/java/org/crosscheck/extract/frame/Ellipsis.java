package org.crosscheck.extract.frame;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Measure;
import org.crosscheck.model.Scope;

/**
 * Gives a figure that names no counted thing the thing of the figure just before it in the same sentence:
 * "around 30,000 Dastrian troops … up from 8,000", "killed 12 people and injured 30". The action stays the
 * figure's own, but the value a count moved from takes the count's. A figure given as the value of a figure
 * noun ("put the number at 11") restates the count told before it, in its sentence or the one before.
 */
final class Ellipsis {

    private static final int NEAR = 80;

    private Ellipsis() {
    }

    /**
     * Gives a figure that restates a count told before it ("Police put the number at 11") that count's thing,
     * and its action when the figure states none, so that the two claims measure one quantity.
     *
     * @param previous the count told before, with its frame
     * @param figure   the restating figure, with its frame
     * @return the figure with the previous one's thing (and its place and time when it states neither, and its
     *         kind when it has none of its own), unchanged
     *         when it names its own or the actions differ
     */
    static Figure restated(Figure previous, Figure figure) {
        Measure p = previous.measure();
        Measure m = figure.measure();
        if (p == null || m == null || m.thing() != null || p.thing() == null
                || m.action() != null && !m.action().equals(p.action())
                || !java.util.Objects.equals(p.baseUnit(), m.baseUnit())) {
            return figure;
        }
        Measure inherited = new Measure(p.text(), p.thing(), p.sort(), m.qualifiers(), p.action(), m.baseUnit(),
                m.toBase());
        // a restatement holds where and when the count it restates does, unless it says otherwise
        Scope own = figure.scope();
        boolean unstated = own == null || own.place() == null && own.time() == null;
        Figure framed = figure.withFrame(inherited, unstated && previous.scope() != null ? previous.scope() : own,
                figure.aliasOf());
        // "Police, who put the number at 11": a count of no kind of its own is of the kind it restates
        return "other".equals(figure.kind()) ? framed.withKind(previous.kind()) : framed;
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
        // the thing is inherited, not the marks of how the figure itself is told ("another", "up from")
        List<String> qualifiers = new ArrayList<>(p.qualifiers());
        qualifiers.removeAll(Measure.MARKS);
        m.qualifiers().stream().filter(Measure.MARKS::contains).forEach(qualifiers::add);
        // the value a count moved from is that count's, action and all ("risen to 23, up from nine")
        String action = m.action() == null && m.isEarlier() ? p.action() : m.action();
        Measure inherited = new Measure(text, p.thing(), p.sort(), qualifiers, action, m.baseUnit(), m.toBase());
        return figure.withFrame(inherited, figure.scope(), figure.aliasOf());
    }

    /**
     * Reads "other" and "more" that set a count beside a count of another happening in the same sentence ("killing
     * 10 persons and wounding other 70", "killing 10, injuring dozens more"): the figure is then the whole count of
     * its own happening, not one added to a count of it.
     *
     * @param previous the figure before, in the same sentence, with its frame
     * @param figure   the figure, with its frame
     * @param lexicon  tells which actions are one happening
     * @return the figure without its additional mark when the two actions are listed and differ, else unchanged
     */
    static Figure contrasted(Figure previous, Figure figure, FrameLexicon lexicon) {
        Measure p = previous.measure();
        Measure m = figure.measure();
        if (p == null || m == null || !m.isAdditional() || p.action() == null || m.action() == null
                || !lexicon.isActionClass(p.action()) || !lexicon.isActionClass(m.action())
                || lexicon.sameHappening(p.action(), m.action())) {
            return figure;
        }
        List<String> qualifiers = new ArrayList<>(m.qualifiers());
        qualifiers.remove(Measure.ADDITIONAL);
        Measure whole = new Measure(m.text(), m.thing(), m.sort(), qualifiers, m.action(), m.baseUnit(), m.toBase());
        return figure.withFrame(whole, figure.scope(), figure.aliasOf());
    }
}
