package org.crosscheck.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Token;

/**
 * The speech cues of a language, read once from {@code cues-LANG.tsv}: which verbs attribute speech, their
 * cue class, and what must follow them ("called on", "dismissed … as", "found “…”"). Thread-safe and immutable.
 */
final class Cues {

    private static final Cues ENGLISH = new Cues("en");
    private static final int AS_WINDOW = 6;

    private final Map<String, Cue> byLemma = new HashMap<>();

    private Cues(String language) {
        for (String[] row : FigureData.rows("cues-" + language + ".tsv")) {
            byLemma.put(row[0], new Cue(row[0], row[1], needs(row[2]), needs(row[3]), row[4],
                    row[5].equals("short")));
        }
    }

    private static Set<String> needs(String column) {
        return column.equals("-") ? Set.of() : Set.of(column.split("\\|"));
    }

    /** Returns the English cues. */
    static Cues english() {
        return ENGLISH;
    }

    /** Returns every cue by its verb's lemma. */
    Map<String, Cue> lemmas() {
        return java.util.Collections.unmodifiableMap(byLemma);
    }

    /**
     * Returns the cue of a verb token.
     *
     * @param t a token
     * @return its cue, or null when it is no verb of the lexicon
     */
    Cue of(Token t) {
        if (t.pos() == null || !t.pos().startsWith("VB") || t.lemma() == null) {
            return null;
        }
        return byLemma.get(t.lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * Tells whether the verb at {@code i} reports speech (or, with {@code direct}, attributes a quotation); never
     * when "by" follows it (a noun or a passive: "reporting by X").
     *
     * @param tokens  the sentence's tokens
     * @param i       index of the token
     * @param direct  true to check the requirements for attributing a quotation
     * @param quoteAt tells whether a quotation opens at a token index
     * @return true when it is a cue here
     */
    boolean isCue(List<Token> tokens, int i, boolean direct, java.util.function.IntPredicate quoteAt) {
        Cue c = of(tokens.get(i));
        if (c == null) {
            return false;
        }
        // "follows reporting by X", "was denied by X": the cue is a noun or passive, its subject is not the speaker
        if (i + 1 < tokens.size() && tokens.get(i + 1).word().equalsIgnoreCase("by")) {
            return false;
        }
        Set<String> needs = direct ? c.direct() : c.reported();
        return needs.contains("any") || needs.stream().anyMatch(n -> follows(tokens, i, n, quoteAt));
    }

    private static boolean follows(List<Token> tokens, int i, String need, java.util.function.IntPredicate quoteAt) {
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
        return switch (need) {
            case "as" -> within(tokens, i, "as");
            case "quote" -> quoteWithin(tokens, i, quoteAt);
            default -> next.equals(need);
        };
    }

    private static boolean within(List<Token> tokens, int i, String word) {
        for (int j = i + 1; j < tokens.size() && j <= i + AS_WINDOW; j++) {
            if (tokens.get(j).word().equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean quoteWithin(List<Token> tokens, int i, java.util.function.IntPredicate quoteAt) {
        for (int j = i + 1; j < tokens.size() && j <= i + AS_WINDOW; j++) {
            if (quoteAt.test(j)) {
                return true;
            }
            if (tokens.get(j).pos() != null && tokens.get(j).pos().startsWith("VB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Returns the words that make the cue ("said", "called on", "dismissed … as").
     *
     * @param tokens the sentence's tokens
     * @param i      index of the cue verb
     * @return the cue as shown
     */
    String words(List<Token> tokens, int i) {
        String word = tokens.get(i).word();
        Cue c = of(tokens.get(i));
        String next = i + 1 < tokens.size() ? tokens.get(i + 1).word().toLowerCase(Locale.ROOT) : "";
        if (c != null && !c.reported().contains("any") && c.reported().contains(next)) {
            return word + " " + tokens.get(i + 1).word();
        }
        return word;
    }
}
