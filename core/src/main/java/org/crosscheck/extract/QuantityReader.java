package org.crosscheck.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Token;

/**
 * Gives a number its unit: a currency before it ("$5", "Rs 500") or after it ("9.90 Canadian dollars"), a unit of
 * measure after it ("5 kg", "70km/h") or before it ("magnitude 6.1"), the currency CoreNLP read into a MONEY
 * number, and a rate after the unit ("€12.50 per tonne", "9.90 Canadian dollars a month", "8 hours a day"),
 * written "{unit} per {noun}".
 */
final class QuantityReader {

    private static final Set<String> RATE_WORDS = Set.of("per", "a", "an", "each");
    private static final Set<String> NOT_RATE_AFTER = Set.of("after", "before", "later", "earlier", "ago");

    private final UnitMatcher units;

    /**
     * @param units the unit matcher over the article text
     */
    QuantityReader(UnitMatcher units) {
        this.units = units;
    }

    /**
     * Reads the unit of a number.
     *
     * @param tokens the sentence's tokens
     * @param n      a number of the sentence
     * @return the quantity: the number with its unit (null for a count) and the span of both
     */
    Quantity measure(List<Token> tokens, NumberReader.Num n) {
        int start = n.start();
        int end = n.end();
        String unit = null;
        boolean money = false;
        UnitMatcher.Match before = units.currencyBefore(n.start());
        if (before != null) {
            unit = before.unit().name();
            money = true;
            start = before.start();
        } else {
            UnitMatcher.Match c = units.currencyAfter(end);
            UnitMatcher.Match m = units.measureAfter(end);
            UnitMatcher.Match mb = units.measureBefore(n.start());
            UnitMatcher.Match u = c != null && (m == null || c.end() >= m.end()) ? c : m;
            if (u != null) {
                unit = u.unit().name();
                money = u.unit().dimension().equals("currency");
                end = u.end();
            } else if (mb != null) {
                unit = mb.unit().name();
                start = mb.start();
            } else if ("MONEY".equals(tokens.get(n.from()).ner())) {
                unit = currency(tokens, n.from());
                money = unit != null;
            }
        }
        int to = tokenAfter(tokens, end, n.to());
        if (unit != null && to + 1 < tokens.size() && RATE_WORDS.contains(lower(tokens.get(to)))) {
            Token per = tokens.get(to + 1);
            Token after = to + 2 < tokens.size() ? tokens.get(to + 2) : null;
            boolean article = !lower(tokens.get(to)).equals("per");
            if (per.pos().equals("NN") && !"DATE".equals(per.ner()) && (after == null || !article
                    || !NOT_RATE_AFTER.contains(lower(after)) && !after.pos().startsWith("NN"))) {
                unit = unit + " per " + per.word().toLowerCase(Locale.ROOT);
                end = per.end();
                to = to + 2;
            }
        }
        return new Quantity(n.from(), tokenAt(tokens, start), to, start, end, n.value(), null, null, unit, money);
    }

    /** The index of the token that holds offset, or the first after it. */
    private static int tokenAt(List<Token> tokens, int offset) {
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).end() > offset) {
                return k;
            }
        }
        return tokens.size() - 1;
    }

    /** The index of the first token that starts at or after offset, never before min. */
    private static int tokenAfter(List<Token> tokens, int offset, int min) {
        int k = min;
        while (k < tokens.size() && tokens.get(k).start() < offset) {
            k++;
        }
        return k;
    }

    /** The currency of a number CoreNLP tagged MONEY, from the sign of its normalised value. */
    private static String currency(List<Token> tokens, int from) {
        String norm = tokens.get(from).normalized() == null ? "" : tokens.get(from).normalized()
                .replaceFirst("^[<>=~]+", "");
        String sign = norm.isEmpty() ? tokens.get(from).word() : norm.substring(0, 1);
        return switch (sign) {
            case "$" -> "USD";
            case "€" -> "EUR";
            case "£" -> "GBP";
            case "¥" -> "JPY";
            default -> null;
        };
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
