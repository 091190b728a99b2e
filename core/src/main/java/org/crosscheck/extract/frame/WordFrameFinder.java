package org.crosscheck.extract.frame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.extract.Units;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Measure;
import org.crosscheck.model.Scope;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * Makes the frame of a figure in a language read without a parse ({@link WordFrames}): the counted thing is the
 * nearest listed thing next to the number, the action the nearest listed action in the figure's clause, the time
 * the nearest day or date words in its sentence (normalised against the article's date by {@link
 * TimeScope#normalise}), and a running total is told by its clause's words. No place is read (no named entities
 * outside English). Input: tokens as {@code IcuAnnotator} makes them (no lemma, dates tagged or not).
 */
final class WordFrameFinder {

    /** How far from the number a counted noun may stand ("12 000 habitants", "sieben Menschen"). */
    private static final int THING_WINDOW = 3;
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", ".", "!", "?", "–", "—", "(", ")");
    private static final java.util.regex.Pattern DAY = java.util.regex.Pattern.compile("\\d{1,2}");
    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(18|19|20)\\d\\d");

    private final WordFrames words;
    private final FrameLexicon english;

    /**
     * @param words   the language's frame words
     * @param english the English lexicon, for unit bases and the sorts of things
     */
    WordFrameFinder(WordFrames words, FrameLexicon english) {
        this.words = words;
        this.english = english;
    }

    /**
     * Frames a figure.
     *
     * @param figure   the figure
     * @param sentence the sentence that holds it
     * @param others   the article's figures (the figure itself among them or not), whose words part the clause
     * @param context  its article
     * @return the figure with measure and scope (and a casualty kind its action tells when its own words did not);
     *         unchanged when its words are not among the sentence's tokens
     */
    Figure frame(Figure figure, Sentence sentence, List<Figure> others, FrameFinder.Context context) {
        Span span = Span.of(sentence.tokens(), figure.start(), figure.end());
        if (span == null) {
            return figure;
        }
        List<String> lower = lower(sentence.tokens());
        int[] clause = narrowed(clause(lower, span), span, sentence.tokens(), others);
        boolean money = figure.unit() != null && "currency".equals(Units.of(figure.unit())
                .map(Units.Unit::dimension).orElse(null));
        // an amount of money counts no thing and is never what was killed: "2 млн евро семьям погибших", "aide de
        // 2 millions d'euros pour les familles" name whom it is for
        Found thing = money ? null : nearest(words.things(), lower, span, clause, THING_WINDOW);
        Found action = nearest(money ? withoutCasualties(words.actions()) : words.actions(), lower, span, clause,
                Integer.MAX_VALUE);
        if (thing != null && action != null && thing.at() == action.at()) {
            // "morts", "heridos": a word of what happened, not a thing counted
            thing = null;
        }
        String base = english.baseUnit(figure.unit());
        Measure measure = new Measure(text(sentence.tokens(), thing, action, figure),
                thing == null ? null : thing.entry().name(), thing == null ? null : thing.entry().sort(), List.of(),
                action == null ? null : action.entry().name(), base, base == null ? null : english.toBase(figure.unit()));
        Scope scope = scope(sentence.tokens(), lower, span, clause, context);
        Figure framed = figure.withFrame(measure, scope, null);
        boolean casualty = action != null && Figure.PEOPLE_KINDS.contains(action.entry().name());
        return casualty && "other".equals(figure.kind()) ? framed.withKind(action.entry().name()) : framed;
    }

    private static List<WordFrames.Entry> withoutCasualties(List<WordFrames.Entry> actions) {
        return actions.stream().filter(e -> !Figure.PEOPLE_KINDS.contains(e.name())).toList();
    }

    /**
     * The clause without the words past another figure: "40 buzos … buscando a dos pasajeros desaparecidos" —
     * the missing are the two passengers, not the forty divers.
     */
    private static int[] narrowed(int[] clause, Span span, List<Token> tokens, List<Figure> others) {
        int from = clause[0];
        int to = clause[1];
        for (Figure o : others) {
            for (int i = from; i < to; i++) {
                Token t = tokens.get(i);
                if (t.start() < o.end() && t.end() > o.start()) {
                    if (i >= span.to()) {
                        to = i;
                    } else if (i < span.from()) {
                        from = i + 1;
                    }
                }
            }
        }
        return new int[] {from, to};
    }

    /** A listed entry found at token {@code at}. */
    private record Found(WordFrames.Entry entry, int at) {
    }

    /**
     * The nearest entry to the figure inside its clause and {@code window} tokens of it: after the figure first
     * at one distance ("neuf morts"), then before ("загинули сім людей"); earlier entries of the file first.
     */
    private static Found nearest(List<WordFrames.Entry> entries, List<String> lower, Span span, int[] clause,
                                 int window) {
        for (int d = 0; d < lower.size() && d < window; d++) {
            int after = span.to() + d;
            int before = span.from() - 1 - d;
            if (after >= clause[1] && before < clause[0]) {
                return null;
            }
            Found f = after < clause[1] ? at(entries, lower, after) : null;
            if (f == null && before >= clause[0]) {
                f = at(entries, lower, before);
            }
            if (f != null) {
                return f;
            }
        }
        return null;
    }

    private static Found at(List<WordFrames.Entry> entries, List<String> lower, int j) {
        for (WordFrames.Entry e : entries) {
            if (WordFrames.matches(lower, j, e)) {
                return new Found(e, j);
            }
        }
        return null;
    }

    /** The figure's clause: tokens from the punctuation before it to the punctuation after it, [from, to). */
    private static int[] clause(List<String> lower, Span span) {
        int from = span.from();
        while (from > 0 && !CLAUSE_ENDS.contains(lower.get(from - 1))) {
            from--;
        }
        int to = span.to();
        while (to < lower.size() && !CLAUSE_ENDS.contains(lower.get(to))) {
            to++;
        }
        return new int[] {from, to};
    }

    /** When the figure holds: its sentence's nearest day or date words, else the article's year. */
    private Scope scope(List<Token> tokens, List<String> lower, Span span, int[] clause,
                        FrameFinder.Context context) {
        int[] date = nearestDate(lower, span);
        String written = null;
        String normal = null;
        if (date != null) {
            written = context.text().substring(tokens.get(date[0]).start(), tokens.get(date[1] - 1).end());
            normal = TimeScope.normalise(dateValue(lower, date), context.published());
        }
        boolean cumulative = false;
        for (int j = clause[0]; j < clause[1] && !cumulative; j++) {
            cumulative = at(words.cumulative(), lower, j) != null;
        }
        return new Scope(null, null, written, normal == null ? context.year() : normal, cumulative);
    }

    /** The day or date words nearest the figure in its sentence, as [from, to), or null. */
    private int[] nearestDate(List<String> lower, Span span) {
        for (int d = 0; d < lower.size(); d++) {
            for (int j : new int[] {span.from() - 1 - d, span.to() + d}) {
                int[] found = j >= 0 && j < lower.size() ? dateAt(lower, j) : null;
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A day word at j, or a month at j with its day before or after it and a year after them. */
    private int[] dateAt(List<String> lower, int j) {
        if (at(words.days(), lower, j) != null) {
            return new int[] {j, j + 1};
        }
        if (words.month(lower.get(j)) == null) {
            return null;
        }
        int from = j > 0 && DAY.matcher(lower.get(j - 1)).matches() ? j - 1
                : j > 1 && lower.get(j - 1).equals(".") && DAY.matcher(lower.get(j - 2)).matches() ? j - 2 : j;
        int to = j + 1 < lower.size() && from == j && DAY.matcher(lower.get(j + 1)).matches() ? j + 2 : j + 1;
        if (to < lower.size() && YEAR.matcher(lower.get(to)).matches()) {
            to++;
        }
        return new int[] {from, to};
    }

    /** The value {@link TimeScope#normalise} reads: "XXXX-WXX-2", "OFFSET-1", "XXXX-11-03", "2026-11-20", "XXXX-11". */
    private String dateValue(List<String> lower, int[] date) {
        WordFrames.Entry day = date[1] - date[0] == 1 ? dayAt(lower, date[0]) : null;
        if (day != null) {
            return day.name().startsWith("W") ? "XXXX-WXX-" + day.name().substring(1) : day.name();
        }
        String dayOfMonth = null;
        String year = "XXXX";
        Integer month = null;
        for (int k = date[0]; k < date[1]; k++) {
            String w = lower.get(k);
            if (words.month(w) != null) {
                month = words.month(w);
            } else if (YEAR.matcher(w).matches()) {
                year = w;
            } else if (DAY.matcher(w).matches()) {
                dayOfMonth = w;
            }
        }
        if (month == null) {
            return null;
        }
        String m = String.format(Locale.ROOT, "%02d", month);
        return dayOfMonth == null ? year + "-" + m
                : year + "-" + m + "-" + String.format(Locale.ROOT, "%02d", Integer.parseInt(dayOfMonth));
    }

    private WordFrames.Entry dayAt(List<String> lower, int j) {
        for (WordFrames.Entry e : words.days()) {
            if (WordFrames.matches(lower, j, e)) {
                return e;
            }
        }
        return null;
    }

    /** The measure in words: the counted word and the action word as written, or the figure's unit or kind. */
    private static String text(List<Token> tokens, Found thing, Found action, Figure figure) {
        List<String> out = new ArrayList<>();
        if (thing != null) {
            out.add(tokens.get(thing.at()).word());
        }
        if (action != null) {
            out.add(tokens.get(action.at()).word());
        }
        if (out.isEmpty()) {
            out.add(figure.unit() != null ? figure.unit() : figure.kind());
        }
        return String.join(" ", out);
    }

    private static List<String> lower(List<Token> tokens) {
        return tokens.stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList();
    }
}
