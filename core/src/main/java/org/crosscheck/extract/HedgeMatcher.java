package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.Token;
import org.crosscheck.pipeline.LanguageTags;

/**
 * Finds the hedge of a number, by the longest phrase of the hedge list of the text's language ({@code
 * hedges-LANG.txt}, English for a language without one): the words before it that bound or qualify it ("at least",
 * "au moins", "не менее", "more than", "up to", "about") or after it ("or more", "ou plus"). Each hedge has its
 * bound: one of {@code ~ > >= < <=}, for the comparison of figures ("at least 4" fits "12"). Phrases are matched
 * token by token, lower-cased, so a phrase lists its tokens as the annotator splits them ("d'au moins").
 */
final class HedgeMatcher {

    /** The languages with a hedge list. */
    static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "ru", "uk");

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

    private static final Map<String, HedgeMatcher> BY_LANGUAGE = load();
    private static final HedgeMatcher ENGLISH = BY_LANGUAGE.get("en");

    private final List<Phrase> phrases = new ArrayList<>();

    private HedgeMatcher(String language) {
        for (String[] r : FigureData.rows("hedges-" + language + ".txt")) {
            phrases.add(new Phrase(r[0].toLowerCase(Locale.ROOT).split(" "), r[1],
                    r.length > 2 && r[2].equals("after")));
        }
        phrases.sort(Comparator.comparingInt((Phrase p) -> p.words().length).reversed());
    }

    private static Map<String, HedgeMatcher> load() {
        Map<String, HedgeMatcher> out = new LinkedHashMap<>();
        LANGUAGES.forEach(l -> out.put(l, new HedgeMatcher(l)));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Returns the hedges of a language.
     *
     * @param language an ISO 639-1 code or language tag, or null
     * @return its hedges; English's for a language without a list, or none given
     */
    static HedgeMatcher of(String language) {
        String primary = LanguageTags.primary(language);
        return primary == null ? ENGLISH : BY_LANGUAGE.getOrDefault(primary, ENGLISH);
    }

    /**
     * The hedge ending right before token {@code from}.
     *
     * @param tokens the sentence's tokens
     * @param from   the first token of the number (or of its currency symbol)
     * @return the hedge, or null
     */
    Match before(List<Token> tokens, int from) {
        for (Phrase p : phrases) {
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
    Match after(List<Token> tokens, int to) {
        for (Phrase p : phrases) {
            if (p.after() && to + p.words().length <= tokens.size() && matches(tokens, to, p.words())) {
                return new Match(to, to + p.words().length, p.bound());
            }
        }
        return null;
    }

    /**
     * The bound of a hedge as written, in any language with a list (English first).
     *
     * @param hedge a figure's hedge, may be null
     * @return its bound ({@code ~ > >= < <=}), "=" for none, "~" for a hedge in no list
     */
    static String bound(String hedge) {
        if (hedge == null) {
            return "=";
        }
        String[] words = hedge.toLowerCase(Locale.ROOT).strip().split("\\s+");
        for (HedgeMatcher m : BY_LANGUAGE.values()) {
            for (Phrase p : m.phrases) {
                if (java.util.Arrays.equals(p.words(), words)) {
                    return p.bound();
                }
            }
        }
        return "~";
    }

    /** True when a word (lower case) is an English hedge phrase of one word. */
    static boolean isHedgeWord(String word) {
        return ENGLISH.phrases.stream().anyMatch(p -> p.words().length == 1 && p.words()[0].equals(word));
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
