package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Token;

/**
 * Joins two quantities of a sentence into a range: "between 3% and 4%", "between 3 and 4%", "3-4%", "10 to 20",
 * "two or three". A change is not a range: after a verb of change ({@code changes-en.txt}), "fell from $1,200 to
 * $1,140" stays two figures, the old value and the new one, each its own; so does a list ("$20 million and $25
 * million") and a result ("a 9-14 record"). A range needs its ends in order (low below high, within a factor of
 * 1,000) and units that agree (the first may be left out: the second's is taken).
 */
final class RangeFinder {

    private static final Set<String> CHANGES = new HashSet<>();
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014", "to", "or");
    private static final int CHANGE_WINDOW = 6;
    /** Nouns after "9-14" that make it a score or a record, not a range. */
    private static final Set<String> RESULTS = Set.of("record", "win", "victory", "loss", "defeat", "draw", "lead",
            "start", "setback", "vote", "decision", "score", "scoreline", "margin", "finish", "run", "season");

    static {
        for (String[] r : FigureData.rows("changes-en.txt")) {
            CHANGES.add(r[0]);
        }
    }

    private RangeFinder() {
    }

    /**
     * Joins the ranges among a sentence's quantities.
     *
     * @param tokens     the sentence's tokens
     * @param quantities its quantities in order
     * @param hedgeFrom  for each quantity, the first token of its hedge (its {@code from} when it has none)
     * @return the quantities with each range one quantity
     */
    static List<Quantity> join(List<Token> tokens, List<Quantity> quantities, int[] hedgeFrom) {
        List<Quantity> out = new ArrayList<>();
        for (int k = 0; k < quantities.size(); k++) {
            Quantity a = quantities.get(k);
            Quantity b = k + 1 < quantities.size() ? quantities.get(k + 1) : null;
            if (b != null && hedgeFrom[k + 1] == b.from() && isRange(tokens, a, b, hedgeFrom[k])) {
                String unit = b.unit() != null ? b.unit() : a.unit();
                out.add(new Quantity(a.numFrom(), a.from(), b.to(), a.start(), b.end(), null, a.value(), b.value(), unit,
                        a.money() || b.money()));
                k++;
            } else if (b != null && b.unit() != null && (a.unit() == null || b.unit().startsWith(a.unit() + " per "))
                    && b.from() == a.to() + 1 && lower(tokens.get(a.to())).equals("to")) {
                // "from 90 to 45 minutes", "from £950 to £1,020 a month": the unit written once is both values'
                out.add(new Quantity(a.numFrom(), a.from(), a.to(), a.start(), a.end(), a.value(), a.low(), a.high(),
                        b.unit(), a.money() || b.money()));
            } else {
                out.add(a);
            }
        }
        return out;
    }

    private static boolean isRange(List<Token> tokens, Quantity a, Quantity b, int aHedge) {
        // a range writes its unit on the second end or on both ("3 to 4%", "3% to 4%"), never on the first alone
        if (a.value() == null || b.value() == null || !(a.value() < b.value()) || b.from() != a.to() + 1
                || a.unit() != null && !a.unit().equals(b.unit()) || a.value() > 0 && b.value() / a.value() > 1000) {
            return false;
        }
        String link = lower(tokens.get(a.to()));
        String before = aHedge > 0 ? lower(tokens.get(aHedge - 1)) : "";
        if (link.equals("and")) {
            return before.equals("between");
        }
        if (!DASHES.contains(link)) {
            return false;
        }
        String after = b.to() < tokens.size() ? lower(tokens.get(b.to())) : "";
        if (!link.equals("to") && !link.equals("or") && (RESULTS.contains(after) || before.equals("at"))) {
            // "a 9-14 record", "sitting at 9-14": a result, two figures
            return false;
        }
        // "rose by 3 to 4 per cent" is a range of the change; "fell from 82 to 79" two values
        return !(link.equals("to") && !before.equals("by") && changeBefore(tokens, aHedge));
    }

    /** A verb of change shortly before the first number ("fell from", "rose 12% to"). */
    private static boolean changeBefore(List<Token> tokens, int from) {
        for (int i = from - 1; i >= Math.max(0, from - CHANGE_WINDOW); i--) {
            Token t = tokens.get(i);
            String lemma = t.lemma() == null ? lower(t) : t.lemma().toLowerCase(Locale.ROOT);
            if (CHANGES.contains(lemma) && (t.pos().startsWith("VB") || t.pos().startsWith("RB") || t.pos().startsWith("NN")
                    || t.pos().equals("RP") || t.pos().equals("IN"))) {
                return true;
            }
            if (t.word().equals(",") || t.word().equals(";")) {
                return false;
            }
        }
        return false;
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
