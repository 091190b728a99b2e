package org.crosscheck.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.crosscheck.model.Token;
import org.crosscheck.pipeline.LanguageTags;

/**
 * Tells what kind of thing a figure counts in a language other than English, from the words around the number as
 * written ({@code kinds-LANG.tsv}: stems and phrases by kind) and its vague amounts ({@code vague-LANG.txt}:
 * "dizaines", "Dutzende", "десятки"). Made for text annotated without models, whose tokens carry no lemma or part of
 * speech: the nearest listed word after the number in its clause ("neuf morts", "15 Menschen verletzt") wins, else
 * the nearest before it ("detuvo a 14 periodistas", "загинули сім людей"); a money amount is money and an area
 * territory, as in English ({@link FigureKinds}). Immutable; one instance per language, made on first use.
 */
final class ForeignKinds {

    /** The languages with a kinds list. */
    static final List<String> LANGUAGES = List.of("fr", "de", "es", "ru", "uk");

    private static final int WINDOW = 8;
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", ".", "!", "?", "–", "—", "(", ")");
    private static final Map<String, ForeignKinds> BY_LANGUAGE = load();

    private record Entry(String[] stems, String kind) {
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> vague;

    private ForeignKinds(String language) {
        for (String[] row : FigureData.rows("kinds-" + language + ".tsv")) {
            entries.add(new Entry(row[0].strip().toLowerCase(Locale.ROOT).split(" "), row[1].strip()));
        }
        java.util.Set<String> words = new java.util.HashSet<>();
        FigureData.rows("vague-" + language + ".txt").forEach(row -> words.add(row[0].strip()));
        this.vague = Set.copyOf(words);
    }

    private static Map<String, ForeignKinds> load() {
        Map<String, ForeignKinds> out = new LinkedHashMap<>();
        LANGUAGES.forEach(l -> out.put(l, new ForeignKinds(l)));
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * Returns the kinds of a language.
     *
     * @param language an ISO 639-1 code or language tag, may be null
     * @return its kinds, or empty for English, an unknown language or none given
     */
    static Optional<ForeignKinds> of(String language) {
        return Optional.ofNullable(BY_LANGUAGE.get(LanguageTags.primary(language)));
    }

    /**
     * Tells whether a word is a vague amount of this language.
     *
     * @param word a token's word
     * @return true for "dizaines", "Dutzende", "десятки" …
     */
    boolean isVague(String word) {
        return vague.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Classifies a figure by the words around it.
     *
     * @param money  true when the number is an amount of money
     * @param unit   the unit, or null for a count
     * @param tokens the sentence's tokens
     * @param from   the figure's first token
     * @param to     the token after the figure (and its hedge after it)
     * @return the kind, "other" when nothing tells
     */
    String classify(boolean money, String unit, List<Token> tokens, int from, int to) {
        if (money || unit != null) {
            return FigureKinds.classify(money, unit, null, List.of(), List.of());
        }
        for (int j = to; j < Math.min(tokens.size(), to + WINDOW) && !endsClause(tokens.get(j)); j++) {
            String kind = kindAt(tokens, j);
            if (kind != null) {
                return kind;
            }
        }
        for (int j = from - 1; j >= Math.max(0, from - WINDOW) && !endsClause(tokens.get(j)); j--) {
            String kind = kindAt(tokens, j);
            if (kind != null) {
                return kind;
            }
        }
        return "other";
    }

    private static boolean endsClause(Token t) {
        // a word's hyphen ("по-прежнему") is no clause end, a dash is
        return CLAUSE_ENDS.contains(t.word());
    }

    /** The kind of the first entry (in the file's order) whose words start at token j. */
    private String kindAt(List<Token> tokens, int j) {
        for (Entry e : entries) {
            if (matches(tokens, j, e.stems())) {
                return e.kind();
            }
        }
        return null;
    }

    private static boolean matches(List<Token> tokens, int j, String[] stems) {
        if (j + stems.length > tokens.size()) {
            return false;
        }
        for (int k = 0; k < stems.length; k++) {
            String word = tokens.get(j + k).word().toLowerCase(Locale.ROOT);
            String stem = stems[k];
            if (stem.startsWith("=") ? !word.equals(stem.substring(1)) : !word.startsWith(stem)) {
                return false;
            }
        }
        return true;
    }
}
