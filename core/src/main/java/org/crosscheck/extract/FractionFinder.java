package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Token;

/**
 * Finds fractions written in words, by {@code fractions-en.tsv}: "one in four" (0.25), "1 out of 5", "a third of"
 * (0.333), "two-thirds of", "three quarters of", "half of", "half the". Their unit is "fraction". A fraction word
 * must be followed by "of" (or "the" for "half"), so that "the third quarter" and "a quarter" of a year are left
 * alone.
 */
final class FractionFinder {

    /**
     * A fraction.
     *
     * @param from  its first token
     * @param to    the token after its last
     * @param value its value (0.25 for "one in four"; 500,000 for "half a million")
     * @param count true when it is a count ("half a million"), not a share
     */
    record Fraction(int from, int to, double value, boolean count) {

        Fraction(int from, int to, double value) {
            this(from, to, value, false);
        }
    }

    private static final Map<String, Double> FRACTIONS = new HashMap<>();
    private static final Map<String, Double> SCALES = Map.of("million", 1e6, "billion", 1e9, "thousand", 1e3,
            "hundred", 1e2, "dozen", 12.0, "trillion", 1e12);
    private static final Map<String, Integer> NUMERATORS = Map.of("a", 1, "an", 1, "one", 1, "two", 2, "three", 3,
            "four", 4, "five", 5, "seven", 7, "nine", 9);
    private static final Set<String> HALF_BEFORE = Set.of("of", "the", "a", "an", "its", "their", "all", "his", "her",
            "our", "those", "these", "them");

    static {
        for (String[] r : FigureData.rows("fractions-en.tsv")) {
            FRACTIONS.put(r[0], Double.valueOf(r[1]));
        }
    }

    private FractionFinder() {
    }

    /**
     * Finds the fractions of a sentence.
     *
     * @param tokens the sentence's tokens
     * @return the fractions, in order
     */
    static List<Fraction> find(List<Token> tokens) {
        List<Fraction> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Fraction f = oneIn(tokens, i);
            if (f == null) {
                f = wordFraction(tokens, i);
            }
            if (f != null) {
                out.add(f);
                i = f.to() - 1;
            }
        }
        return out;
    }

    /** "one in four", "1 in 5", "one out of ten". */
    private static Fraction oneIn(List<Token> tokens, int i) {
        Double a = count(tokens.get(i));
        if (a == null || i + 2 >= tokens.size()) {
            return null;
        }
        int k = i + 1;
        if (lower(tokens.get(k)).equals("in")) {
            k++;
        } else if (lower(tokens.get(k)).equals("out") && k + 2 < tokens.size() && lower(tokens.get(k + 1)).equals("of")) {
            k += 2;
        } else {
            return null;
        }
        Double b = count(tokens.get(k));
        return b == null || b <= a || "DATE".equals(tokens.get(k).ner()) ? null : new Fraction(i, k + 1, a / b);
    }

    /** "a third of", "two-thirds of", "three quarters of", "half of", "half the". */
    private static Fraction wordFraction(List<Token> tokens, int i) {
        int k = i;
        int numerator = 1;
        Integer n = NUMERATORS.get(lower(tokens.get(k)));
        if (n != null && k + 1 < tokens.size()) {
            numerator = n;
            k++;
            if (k + 1 < tokens.size() && tokens.get(k).word().equals("-")) {
                k++;
            }
        }
        String w = lower(tokens.get(k));
        String[] hyphen = w.split("-", 2);
        if (hyphen.length == 2 && NUMERATORS.containsKey(hyphen[0]) && k == i) {
            numerator = NUMERATORS.get(hyphen[0]);
            w = hyphen[1];
        }
        Double f = FRACTIONS.get(w);
        if (f == null || k + 1 >= tokens.size() || "ORDINAL".equals(tokens.get(k).ner()) && !lower(tokens.get(k + 1)).equals("of")) {
            return null;
        }
        String next = lower(tokens.get(k + 1));
        boolean half = w.equals("half");
        if (k + 2 < tokens.size() && (next.equals("a") || next.equals("an") || next.equals("of") && k + 3 < tokens.size()
                && lower(tokens.get(k + 2)).equals("a")) && (half || k > i)) {
            int s = next.equals("of") ? k + 3 : k + 2;
            Double scale = SCALES.get(lower(tokens.get(s)));
            if (scale != null) {
                // "half a million", "a quarter of a million"
                return new Fraction(i, s + 1, numerator * f * scale, true);
            }
        }
        if (!(next.equals("of") || half && HALF_BEFORE.contains(next))) {
            return null;
        }
        if (!half && k == i && hyphen.length == 1) {
            return null;
        }
        if (i > 0 && isOrdinal(tokens.get(i - 1))) {
            return null; // "the first half of 2019", "the last quarter of the year": a part of a period, no share
        }
        return new Fraction(i, k + 1, numerator * f);
    }

    private static boolean isOrdinal(Token t) {
        String w = lower(t);
        return "ORDINAL".equals(t.ner()) || w.equals("first") || w.equals("second") || w.equals("last")
                || w.equals("final") || w.equals("latter") || w.equals("opening") || w.equals("closing");
    }

    private static Double count(Token t) {
        String w = lower(t);
        if (w.matches("[0-9]+")) {
            return Double.valueOf(w);
        }
        Map<String, Integer> words = Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7,
                "eight", 8, "nine", 9, "ten", 10);
        return words.containsKey(w) ? Double.valueOf(words.get(w)) : null;
    }

    private static String lower(Token t) {
        return t.word().toLowerCase(Locale.ROOT);
    }
}
