package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Token;

/**
 * Finds the hedge of a number, by the longest phrase of {@code hedges-en.txt}: the words before it that bound or
 * qualify it ("at least", "more than", "up to", "about") or after it ("or more"). Each hedge has its bound: one of
 * {@code ~ > >= < <=}, for the comparison of figures ("at least 4" fits "12").
 */
final class HedgeMatcher {

    /**
     * A hedge found next to a number.
     *
     * @param from  first token of the hedge
     * @param to    end token, exclusive
     * @param bound its bound ({@code ~ > >= < <=})
     */
    record Match(int from, int to, String bound) {
    }

    private record Phrase(String[] words, String bound, boolean after) {
    }

    private static final List<Phrase> PHRASES = new ArrayList<>();

    static {
        for (String[] r : FigureData.rows("hedges-en.txt")) {
            PHRASES.add(new Phrase(r[0].toLowerCase(Locale.ROOT).split(" "), r[1], r.length > 2 && r[2].equals("after")));
        }
        PHRASES.sort(Comparator.comparingInt((Phrase p) -> p.words().length).reversed());
    }

    private HedgeMatcher() {
    }

    /**
     * The hedge ending right before token {@code from}.
     *
     * @param tokens the sentence's tokens
     * @param from   the first token of the number (or of its currency symbol)
     * @return the hedge, or null
     */
    static Match before(List<Token> tokens, int from) {
        for (Phrase p : PHRASES) {
            int start = from - p.words().length;
            if (!p.after() && start >= 0 && matches(tokens, start, p.words())) {
                return new Match(start, from, p.bound());
            }
        }
        return null;
    }

    /**
     * The hedge starting right at token {@code to} ("or more").
     *
     * @param tokens the sentence's tokens
     * @param to     the token after the number and its unit
     * @return the hedge, or null
     */
    static Match after(List<Token> tokens, int to) {
        for (Phrase p : PHRASES) {
            if (p.after() && to + p.words().length <= tokens.size() && matches(tokens, to, p.words())) {
                return new Match(to, to + p.words().length, p.bound());
            }
        }
        return null;
    }

    /**
     * The bound of a hedge as written.
     *
     * @param hedge a figure's hedge, may be null
     * @return its bound ({@code ~ > >= < <=}), "=" for none, "~" for a hedge not in the list
     */
    static String bound(String hedge) {
        if (hedge == null) {
            return "=";
        }
        String[] words = hedge.toLowerCase(Locale.ROOT).strip().split("\\s+");
        for (Phrase p : PHRASES) {
            if (java.util.Arrays.equals(p.words(), words)) {
                return p.bound();
            }
        }
        return "~";
    }

    /** True when the words of a word (lower case) are a hedge word of any phrase. */
    static boolean isHedgeWord(String word) {
        return PHRASES.stream().anyMatch(p -> p.words().length == 1 && p.words()[0].equals(word));
    }

    private static boolean matches(List<Token> tokens, int start, String[] words) {
        for (int k = 0; k < words.length; k++) {
            if (!tokens.get(start + k).word().toLowerCase(Locale.ROOT).equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
