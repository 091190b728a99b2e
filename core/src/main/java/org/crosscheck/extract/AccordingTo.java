package org.crosscheck.extract;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.Token;
import org.crosscheck.pipeline.LanguageTags;

/**
 * The "according to" phrases of a language, read once from {@code according-LANG.txt} ("according to", "selon",
 * "laut", "según", "по словам", "за словами"): the words that attribute a sentence to the source after them.
 * English's for a language without a list. Immutable.
 */
final class AccordingTo {

    /** The languages with a list. */
    static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "ru", "uk");

    private static final Map<String, AccordingTo> BY_LANGUAGE = load();

    private final List<String[]> phrases;
    /** Lower-case words inside a source in a language that capitalises its nouns; null for other languages. */
    private final java.util.Set<String> joins;

    private AccordingTo(String language) {
        this.phrases = FigureData.rows("according-" + language + ".txt").stream()
                .map(r -> r[0].toLowerCase(Locale.ROOT).split(" "))
                .sorted(Comparator.comparingInt((String[] p) -> p.length).reversed())
                .toList();
        String joinsFile = "source-joins-" + language + ".txt";
        this.joins = AccordingTo.class.getResource(joinsFile) == null ? null : FigureData.rows(joinsFile).stream()
                .map(r -> r[0].strip().toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * In a language that capitalises its nouns ({@code source-joins-LANG.txt}), a source needs no comma to end:
     * "Laut Forstbehörde wurden …", "Nach Angaben der Bergwacht wurden …" end at the first lower-case word that is
     * not one of the joining words (articles, "von").
     *
     * @param tokens the sentence's tokens
     * @param from   the source's first token
     * @return the index after the source, or -1 when the language has no such rule or the source has no noun
     */
    int sourceEnd(List<Token> tokens, int from) {
        if (joins == null) {
            return -1;
        }
        int j = from;
        boolean noun = false;
        while (j < tokens.size()) {
            String w = tokens.get(j).word();
            boolean capital = !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
            if (!capital && !joins.contains(w.toLowerCase(Locale.ROOT))) {
                break;
            }
            noun |= capital;
            j++;
        }
        return noun ? j : -1;
    }

    private static Map<String, AccordingTo> load() {
        Map<String, AccordingTo> out = new LinkedHashMap<>();
        LANGUAGES.forEach(l -> out.put(l, new AccordingTo(l)));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Returns the phrases of a language.
     *
     * @param language an ISO 639-1 code or language tag, or null
     * @return its phrases; English's for a language without a list, or none given
     */
    static AccordingTo of(String language) {
        String primary = LanguageTags.primary(language);
        return BY_LANGUAGE.getOrDefault(primary == null ? "en" : primary, BY_LANGUAGE.get("en"));
    }

    /**
     * Tells how many tokens of an "according to" phrase start at a token.
     *
     * @param tokens the sentence's tokens
     * @param i      index of the token
     * @return the phrase's length in tokens (the longest that matches), 0 when none starts there
     */
    int at(List<Token> tokens, int i) {
        for (String[] p : phrases) {
            if (i + p.length <= tokens.size() && matches(tokens, i, p)) {
                return p.length;
            }
        }
        return 0;
    }

    /**
     * Returns the phrase as the lexicon writes it, to show as a statement's cue.
     *
     * @param tokens the sentence's tokens
     * @param i      index of the phrase's first token
     * @return the phrase in lower case, or null when none starts there
     */
    String cue(List<Token> tokens, int i) {
        for (String[] p : phrases) {
            if (i + p.length <= tokens.size() && matches(tokens, i, p)) {
                return String.join(" ", p);
            }
        }
        return null;
    }

    /**
     * Tells whether a phrase's words, lower case, are the tokens from i on (the caller checks they fit).
     *
     * @param tokens a sentence's tokens
     * @param i      the first token
     * @param phrase the words, lower case
     * @return true when every word matches its token, case aside
     */
    static boolean matches(List<Token> tokens, int i, String[] phrase) {
        for (int k = 0; k < phrase.length; k++) {
            if (!tokens.get(i + k).word().toLowerCase(Locale.ROOT).equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
